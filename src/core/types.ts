/** Shared shapes used by every part of the core. Positions are 0-based, columns in UTF-16 code units (as VS Code counts them). */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface TextEdit {
  range: Range;
  newText: string;
}

/** One way to repair a finding: a title for the menu and the edits it makes. */
export interface Fix {
  title: string;
  edits: TextEdit[];
  /** A fix that adds a record (a policy is a person's decision): offered in the menu, left out of "fix all". */
  manual?: boolean;
}

/** What a rule (or the parser, as rule `syntax`) reports. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  range: Range;
  /** Set when the finding is in a file other than the linted document ($INCLUDE). */
  file?: string;
  fixes?: Fix[];
}
