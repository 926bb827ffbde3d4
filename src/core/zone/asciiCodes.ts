/**
 * A text's characters as bytes, one per UTF-16 code unit, for the reader of simple lines: V8 reads a
 * typed array by index faster than a string by `charCodeAt`, which must first tell how the string is
 * stored (docs/decisions/simple-lines.md).
 */

/** What every code unit above 0x7f becomes: no zone syntax that the byte readers accept holds one. */
export const NON_ASCII = 0x80;

const encoder = new TextEncoder();

/** The code units of `text` as bytes, each above 0x7f made NON_ASCII. */
export function asciiCodes(text: string): Uint8Array {
  const codes = new Uint8Array(text.length);
  // UTF-8 takes one byte per character only when every character is ASCII: then the array is filled
  // natively, and any other character leaves part of the text unread.
  if (encoder.encodeInto(text, codes).read === text.length) return codes;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    codes[i] = c < NON_ASCII ? c : NON_ASCII;
  }
  return codes;
}
