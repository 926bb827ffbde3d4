/**
 * Finds SMTP reply codes (550) and enhanced status codes (5.1.1) in free text — mail logs, bounces,
 * SMTP transcripts — by the context around each number, so that PIDs, ports, dates, sizes, IP
 * addresses and version strings are left alone. One pass over each line plus a bounded look-behind
 * of at most `lookBehind` characters per candidate: linear in the input, no backtracking regex.
 */
import type { Range } from '../types';
import { basicCodes } from './basicCodes';

/** Why a number was taken for a reply: the evidence, shown in tests and useful when tuning. */
export type ReplyContext =
  | 'pair' // a basic code followed by an enhanced code of the same class: "550 5.1.1", "550-5.1.1", "550: 5.2.2"
  | 'marker' // after "said:", "reject=", "dsn=", "Status:", "Diagnostic-Code: smtp;", "returned '", "->"; "#" for an enhanced code
  | 'transcript' // at the start of a line, as an SMTP server writes it ("<<< 550 …", "250-SIZE")
  | 'after-colon'; // a known code after ": ", ", " or "... " and before a capitalised word ("…]: 535 Incorrect …")

export interface FoundReply {
  /** The basic code, "550", when present. */
  code?: string;
  codeRange?: Range;
  /** The enhanced status code, "5.1.1", when present. */
  enhanced?: string;
  enhancedRange?: Range;
  /** Covers both parts. */
  range: Range;
  context: ReplyContext;
}

/**
 * A basic code candidate: 2-5 and two digits; not glued to a word, a dotted number (IP, version), a
 * port (":465") or a host name ("206-54…"). An enhanced candidate: class 2/4/5, subject 0-7 (the
 * registry's subjects), detail of 1-3 digits, not part of a longer dotted number.
 */
const candidatePattern = /(?<![\w.@/:+$%-])([2-5]\d\d)(?=[\s\-;:,)'"\]>]|$|\.(?!\d))|(?<![\w.@/+$%])([245]\.[0-7]\.\d{1,3})(?![\w]|\.\d)/g;

const lookBehind = 80;

/** Text right before a code that marks it as a reply. Each pattern is anchored at the end. */
const markerBefore = [
  /\bsaid:?\s*$/i, // Postfix "host … said: 550 …", qmail "Remote host said: 553 …"
  /\b(?:reply|response|replied|answered|reason|was)\s*:\s*$/i, // Sendmail "(reason: 551 …)", Gmail "returned was: 450 …"
  /\b(?:reply|response)\s+was\s*$/i,
  /\breject=\s*$/i, // Sendmail "reject=550 5.7.1 …"
  /\bdsn=\s*$/i, // Postfix "dsn=5.1.1"
  /^\s*(?:[\w-]*-)?Status:\s*$/i, // RFC 3464 "Status: 5.1.1"
  /\bDiagnostic-Code:\s*[\w-]*\s*;\s*$/i, // "Diagnostic-Code: smtp; 550 …"
  /\bsmtp\s*;\s*$/i, // Exchange "#< #5.1.1 smtp;550 …>"
  /\breturned\s*['"]\s*$/i, // Exchange "Remote Server returned '550 5.1.1 …'"
  /(?:->|-&gt;)\s*$/, // Office 365 "… returned unknown recipient or mailbox unavailable -> 550 Unknown user"
  /\bstatus\\?["']?\s*[:=]\s*\\?["']?$/i, // JSON and key=value reports: "status":"5.1.1", status=5.1.1
  /\bSMTP error\b[^:]*:\s*$/i,
];

/** Marks only an enhanced code: qmail "(#5.7.1)". A basic code after "#" is a CSS colour or a URL fragment ("#555", "…#554"). */
const enhancedMarkerBefore = /#\s*$/;

/** Where a line starts with an SMTP server's words: optional transcript arrows or prefixes. */
const transcriptStart = /^\s*(?:<<<|>>>|<-|->|S:|Out:|RECV:)?\s*$/;

/** Text before a dotted number that shows it is a version, not a status ("version 5.1.1", "Exim 4.1.2"). */
const versionBefore = /(?:\bversion|\bver\.?|\bv|\brelease|\bExim|\bPostfix|\bSendmail|\bqmail)\s*$/i;

function range(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

interface Candidate {
  text: string;
  index: number;
  enhanced: boolean;
}

function candidatesOf(line: string): Candidate[] {
  const found: Candidate[] = [];
  candidatePattern.lastIndex = 0;
  for (let m = candidatePattern.exec(line); m !== null; m = candidatePattern.exec(line)) {
    found.push({ text: m[0], index: m.index, enhanced: m[2] !== undefined });
  }
  return found;
}

function hasMarkerBefore(before: string): boolean {
  return markerBefore.some((pattern) => pattern.test(before));
}

/** The context that makes a lone candidate a reply, or undefined if it is just a number. */
function loneContext(line: string, candidate: Candidate): ReplyContext | undefined {
  const before = line.slice(Math.max(0, candidate.index - lookBehind), candidate.index);
  if (candidate.enhanced && versionBefore.test(before)) return undefined;
  if (hasMarkerBefore(before) || (candidate.enhanced && enhancedMarkerBefore.test(before))) return 'marker';
  const after = line.slice(candidate.index + candidate.text.length);
  const known = candidate.enhanced || basicCodes.has(candidate.text);
  // A lone enhanced code opens a line only when indented, as where a bounce wraps "said: 450" onto
  // "    4.1.1 <…>"; flush left, "2.4.1 Fixes" is a version or a section number.
  const startsLine = transcriptStart.test(before) && (!candidate.enhanced || before !== '');
  if (known && candidate.index <= lookBehind && startsLine && /^(?:[ \t-]|$)/.test(after)) {
    return 'transcript';
  }
  // Exim "…]: 535 Incorrect …", Sendmail "<host>... 550 Host unknown", SurfControl "[192.0.2.2], 554 Service …":
  // only a known code before a capitalised word.
  if (!candidate.enhanced && known && /(?::|,|\.\.\.)\s+$/.test(before) && /^ [A-Z<#[]/.test(after)) return 'after-colon';
  return undefined;
}

/** Every reply found in the text, in document order. */
export function findReplies(text: string): FoundReply[] {
  const replies: FoundReply[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  for (let lineNo = 0; lineNo < lines.length; lineNo++) {
    const line = lines[lineNo];
    const candidates = candidatesOf(line);
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i];
      const next = candidates[i + 1];
      const gap = next ? line.slice(c.index + c.text.length, next.index) : '';
      if (!c.enhanced && next?.enhanced && next.text[0] === c.text[0] && /^:?[ \t]?-?#?$|^[ \t]+$/.test(gap)) {
        const codeRange = range(lineNo, c.index, c.index + c.text.length);
        const enhancedRange = range(lineNo, next.index, next.index + next.text.length);
        replies.push({
          code: c.text,
          codeRange,
          enhanced: next.text,
          enhancedRange,
          range: range(lineNo, c.index, next.index + next.text.length),
          context: 'pair',
        });
        i++;
        continue;
      }
      const context = loneContext(line, c);
      if (context === undefined) continue;
      const r = range(lineNo, c.index, c.index + c.text.length);
      replies.push(c.enhanced ? { enhanced: c.text, enhancedRange: r, range: r, context } : { code: c.text, codeRange: r, range: r, context });
    }
  }
  return replies;
}

/** The reply whose range holds the position (for hovers). */
export function replyAt(replies: readonly FoundReply[], line: number, character: number): FoundReply | undefined {
  return replies.find((r) => r.range.start.line === line && r.range.start.character <= character && character <= r.range.end.character);
}
