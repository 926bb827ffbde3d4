/** Findings and fixes on the text of TXT records, shared by the mail authentication rules. */
import type { Finding, Fix, Severity } from '../types';
import type { ZoneRecord } from '../zone/model';
import type { TxtText } from '../mail/txtText';
import { replaceFix } from './fixes';
import { report, type RuleMeta } from './rule';

export interface MailReportExtra {
  fixes?: (Fix | undefined)[];
  /** For a rule whose severity depends on the case. */
  severity?: Severity;
}

/** A finding on `start`…`end` of a TXT record's joined text (the whole record when the span cannot be placed). */
export function textFinding(
  meta: RuleMeta,
  messageId: string,
  data: Record<string, string | number>,
  txt: TxtText,
  start: number,
  end: number,
  extra: MailReportExtra = {},
): Finding {
  return recordFinding(meta, messageId, data, txt.record, extra, txt.rangeOf(start, end));
}

/** A finding on a record (or on `range` within it). */
export function recordFinding(
  meta: RuleMeta,
  messageId: string,
  data: Record<string, string | number>,
  record: ZoneRecord,
  extra: MailReportExtra = {},
  range = record.range,
): Finding {
  const fixes = record.file === undefined ? extra.fixes?.filter((fix): fix is Fix => fix !== undefined) : undefined;
  const finding = report(meta, messageId, data, range, { file: record.file, fixes });
  if (extra.severity !== undefined) finding.severity = extra.severity;
  return finding;
}

/** The string of `txt` that holds all of `start`…`end`, when one does and its written place is known. */
function stringHolding(txt: TxtText, start: number, end: number) {
  return txt.strings.find((s) => s.token !== undefined && s.start <= start && end <= s.end);
}

/** Replaces `start`…`end` of the joined text, when it lies within one written string. */
export function replaceTextFix(txt: TxtText, start: number, end: number, newText: string, title: string): Fix | undefined {
  if (stringHolding(txt, start, end) === undefined) return undefined;
  const range = txt.rangeOf(start, end);
  return range === txt.record.range ? undefined : replaceFix(title, range, newText);
}

/** The labels of an absolute name key, left to right (`_dmarc.example.com.` → `_dmarc`, `example`, `com`). */
export function labelsOf(key: string): string[] {
  return key.replace(/\.$/, '').split('.');
}
