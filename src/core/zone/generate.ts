/**
 * BIND's `$GENERATE start-stop[/step] lhs [ttl] [class] type rhs`: the range and the `$`, `${offset,width,base}`
 * substitutions. Bounded, so that a directive cannot make the parser run away.
 */

/** At most this many records from one directive (BIND has no such limit; an editor needs one). */
export const MAX_GENERATED_RECORDS = 65536;
/** At most this many records from all the directives of one parse, so that many directives cannot exhaust memory either. */
export const MAX_GENERATED_TOTAL = 4 * MAX_GENERATED_RECORDS;
const MAX_TEMPLATE_WIDTH = 255;
const INT_MAX = 2147483647;
const INT_MIN = -2147483648;

export interface GenerateRange {
  start: number;
  stop: number;
  step: number;
}

/** Reads `start-stop[/step]`, or says why it is not one. */
export function parseGenerateRange(text: string): GenerateRange | { error: string } {
  const match = /^(\d+)-(\d+)(?:\/(\d+))?$/.exec(text);
  if (!match) return { error: `invalid $GENERATE range "${text}": expected start-stop or start-stop/step` };
  const start = Number(match[1]);
  const stop = Number(match[2]);
  const step = match[3] === undefined ? 1 : Number(match[3]);
  if (start > INT_MAX || stop > INT_MAX || step > INT_MAX) return { error: `invalid $GENERATE range "${text}": numbers must be at most ${INT_MAX}` };
  if (start > stop) return { error: `invalid $GENERATE range "${text}": start is after stop` };
  if (step === 0) return { error: `invalid $GENERATE range "${text}": the step must be at least 1` };
  const count = Math.floor((stop - start) / step) + 1;
  if (count > MAX_GENERATED_RECORDS) {
    return { error: `$GENERATE range "${text}" makes ${count} records; at most ${MAX_GENERATED_RECORDS} are allowed per directive` };
  }
  return { start, stop, step };
}

/** One piece of a template: literal text, or a substitution of the iterator. */
type Piece = string | { offset: number; width: number; base: string };

/** Splits a lhs/rhs template once, so that each iteration only formats numbers. */
export function compileTemplate(template: string): Piece[] | { error: string } {
  const pieces: Piece[] = [];
  let literal = '';
  for (let i = 0; i < template.length; i++) {
    const c = template[i];
    if (c === '\\' && i + 1 < template.length) {
      // An escape is passed through untouched: `\$` stays a literal dollar for the name or rdata parser.
      literal += c + template[++i];
      continue;
    }
    if (c !== '$') {
      literal += c;
      continue;
    }
    if (literal) pieces.push(literal);
    literal = '';
    if (template[i + 1] !== '{') {
      pieces.push({ offset: 0, width: 0, base: 'd' });
      continue;
    }
    const close = template.indexOf('}', i + 2);
    if (close < 0) return { error: `unterminated "\${" in $GENERATE template "${template}"` };
    const spec = template.slice(i + 2, close);
    const match = /^(-?\d+)(?:,(\d+)(?:,([doxXnN]))?)?$/.exec(spec);
    if (!match) return { error: `bad modifier "\${${spec}}" in $GENERATE template: expected \${offset[,width[,base]]} with base d, o, x, X, n or N` };
    const offset = Number(match[1]);
    if (offset > INT_MAX || offset < INT_MIN) return { error: `offset ${match[1]} in $GENERATE template is out of range` };
    const width = match[2] === undefined ? 0 : Number(match[2]);
    // Nothing wider than a whole name (255 bytes) can be valid; an unbounded width would exhaust memory.
    if (width > MAX_TEMPLATE_WIDTH) return { error: `width ${match[2]} in $GENERATE template "\${${spec}}" is above ${MAX_TEMPLATE_WIDTH}` };
    pieces.push({ offset, width, base: match[3] ?? 'd' });
    i = close;
  }
  if (literal) pieces.push(literal);
  return pieces;
}

/** The template's text for one value of the iterator, or an error when a value overflows a 32-bit int (as in BIND). */
export function expandTemplate(pieces: Piece[], iterator: number): string | { error: string } {
  let text = '';
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      text += piece;
      continue;
    }
    const value = iterator + piece.offset;
    if (value > INT_MAX || value < INT_MIN) return { error: `$GENERATE value ${iterator} + ${piece.offset} is out of range` };
    text += formatValue(value, piece.width, piece.base);
  }
  return text;
}

function formatValue(value: number, width: number, base: string): string {
  switch (base) {
    case 'o':
      return (value >>> 0).toString(8).padStart(width, '0');
    case 'x':
      return (value >>> 0).toString(16).padStart(width, '0');
    case 'X':
      return (value >>> 0).toString(16).toUpperCase().padStart(width, '0');
    case 'n':
    case 'N':
      return nibbles(value >>> 0, width, base === 'N');
    default:
      return value < 0 ? '-' + String(-value).padStart(Math.max(0, width - 1), '0') : String(value).padStart(width, '0');
  }
}

/** Reverse-nibble form for ip6.arpa (`0.0.4`); the width counts characters, dots included, as in BIND. */
function nibbles(value: number, width: number, upper: boolean): string {
  const digits = upper ? '0123456789ABCDEF' : '0123456789abcdef';
  let text = '';
  let remaining = width;
  do {
    text += digits[value & 0x0f];
    value = value >>> 4;
    if (remaining > 0) remaining--;
    if (remaining > 0 || value !== 0) {
      text += '.';
      if (remaining > 0) remaining--;
    }
  } while (value !== 0 || remaining > 0);
  return text;
}

/** Splits a generated rhs into fields (whitespace-separated, quoted strings kept whole). */
export function splitFields(text: string): string[] {
  const fields: string[] = [];
  const pattern = /"(?:[^"\\]|\\.)*"?|(?:[^\s"\\]|\\.)+/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) fields.push(match[0]);
  return fields;
}
