/**
 * A plain label (letters, digits, `-` and `_`) of up to ten characters as one number, in base 39:
 * how the rules' owner table stores most names, and what the simple-line reader works out in the same
 * pass that finds where an owner label ends.
 */

/**
 * Digits of the label alphabet: 1..38, so that labels of different lengths never share a code; -1 for
 * any other character. Upper case letters read as lower case: names compare without regard to ASCII
 * case (RFC 4343).
 */
export const LABEL_DIGIT = new Int8Array(128).fill(-1);
'abcdefghijklmnopqrstuvwxyz0123456789-_'.split('').forEach((c, i) => {
  LABEL_DIGIT[c.charCodeAt(0)] = i + 1;
  LABEL_DIGIT[c.toUpperCase().charCodeAt(0)] = i + 1;
});
export const LABEL_BASE = 39;
/** 39^10 < 2^53: ten characters fit a double exactly. */
export const MAX_CODED_LABEL = 10;

/** The code of the label `text` from `start` to `end`, or -1 when it has none (empty, too long, or another character). */
export function labelCode(text: string, start: number, end: number): number {
  let code = end > start && end - start <= MAX_CODED_LABEL ? 0 : -1;
  for (let i = start; i < end && code >= 0; i++) {
    const c = text.charCodeAt(i);
    const digit = c < 128 ? LABEL_DIGIT[c] : -1;
    code = digit < 0 ? -1 : code * LABEL_BASE + digit;
  }
  return code;
}
