/** A foldable block of lines, independent of VS Code (0-based, inclusive). */
export interface LineFold {
  startLine: number;
  endLine: number;
  kind: 'parentheses' | 'comment';
}

/**
 * Folding for zone files: every `( … )` group that spans lines (an SOA, a long TXT or a DKIM key),
 * and every run of two or more whole-line comments. It reads the text directly, so that folding works
 * even on a file the parser rejects, and it skips parentheses inside quotes, comments and `\(` escapes.
 */
export function zoneFoldingRanges(text: string): LineFold[] {
  const folds: LineFold[] = [];
  let line = 0;
  let openLine = -1;
  let inQuotes = false;
  let commentRunStart = -1;
  let commentRunEnd = -1;
  let lineStart = true;
  let onlyBlanksSoFar = true;

  const closeCommentRun = () => {
    if (commentRunStart >= 0 && commentRunEnd > commentRunStart) {
      folds.push({ startLine: commentRunStart, endLine: commentRunEnd, kind: 'comment' });
    }
    commentRunStart = -1;
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (lineStart) {
      onlyBlanksSoFar = true;
      lineStart = false;
    }
    if (ch === '\n') {
      if (onlyBlanksSoFar && !inQuotes) closeCommentRun();
      inQuotes = false; // BIND ends an unterminated quoted string at the end of its line
      line++;
      lineStart = true;
      continue;
    }
    if (ch === '\\') {
      i++; // an escaped character is never syntax (`\(`, `\"`, `\;`)
      onlyBlanksSoFar = false;
      continue;
    }
    if (inQuotes) {
      if (ch === '"') inQuotes = false;
      continue;
    }
    if (ch === ';') {
      if (onlyBlanksSoFar && openLine < 0) {
        if (commentRunStart < 0 || commentRunEnd !== line - 1) {
          closeCommentRun();
          commentRunStart = line;
        }
        commentRunEnd = line;
      } else if (onlyBlanksSoFar) {
        closeCommentRun();
      }
      const newline = text.indexOf('\n', i);
      if (newline < 0) break;
      i = newline - 1; // the rest of the line is comment
      onlyBlanksSoFar = false;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\uFEFF') continue;
    if (onlyBlanksSoFar) closeCommentRun();
    onlyBlanksSoFar = false;
    if (ch === '"') inQuotes = true;
    else if (ch === '(' && openLine < 0) openLine = line;
    else if (ch === ')' && openLine >= 0) {
      if (line > openLine) folds.push({ startLine: openLine, endLine: line, kind: 'parentheses' });
      openLine = -1;
    }
  }
  closeCommentRun();
  return folds.sort((a, b) => a.startLine - b.startLine);
}
