/**
 * The `tag=value; tag=value` lists that DKIM (RFC 6376 §3.2), DMARC (RFC 7489 §6.4), MTA-STS (RFC 8461
 * §3.1), TLS-RPT (RFC 8460 §3) and BIMI records share: each tag with where its name and value stand in
 * the record's text, and the list's own faults (a part without `=`, a tag given twice).
 */

export interface Tag {
  /** As written (tag names are case-sensitive in DKIM; the callers decide). */
  name: string;
  value: string;
  /** The whole `name=value`, and the value alone, as offsets into the text. */
  start: number;
  end: number;
  valueStart: number;
  valueEnd: number;
}

export interface TextProblem {
  message: string;
  start: number;
  end: number;
}

export interface TagList {
  tags: Tag[];
  errors: TextProblem[];
}

const WHITESPACE = /[ \t\r\n]/;
const TAG_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/** Splits `text` at `;` into tags; a `;` may end the list. */
export function parseTagList(text: string): TagList {
  const tags: Tag[] = [];
  const errors: TextProblem[] = [];
  let at = 0;
  const parts = text.split(';');
  parts.forEach((part, i) => {
    const partStart = at;
    at += part.length + 1;
    let start = partStart;
    let end = partStart + part.length;
    while (start < end && WHITESPACE.test(text[start])) start++;
    while (end > start && WHITESPACE.test(text[end - 1])) end--;
    if (start === end) {
      if (i < parts.length - 1) {
        errors.push({ message: 'an empty tag (";;"): remove the extra ";"', start: Math.max(partStart - 1, 0), end: partStart + part.length + 1 });
      }
      return;
    }
    const equals = text.indexOf('=', start);
    if (equals < 0 || equals >= end) {
      errors.push({ message: `"${text.slice(start, end)}" is not a tag=value pair`, start, end });
      return;
    }
    let nameEnd = equals;
    while (nameEnd > start && WHITESPACE.test(text[nameEnd - 1])) nameEnd--;
    let valueStart = equals + 1;
    while (valueStart < end && WHITESPACE.test(text[valueStart])) valueStart++;
    const name = text.slice(start, nameEnd);
    if (!TAG_NAME.test(name)) {
      errors.push({ message: `"${name}" is not a tag name (a letter, then letters, digits or _)`, start, end: nameEnd });
      return;
    }
    if (tags.some((tag) => tag.name === name)) {
      errors.push({ message: `tag "${name}" is given twice`, start, end });
      return;
    }
    tags.push({ name, value: text.slice(valueStart, end), start, end, valueStart, valueEnd: end });
  });
  return { tags, errors };
}

/** The tag named `name`, if given. */
export function tagNamed(list: TagList, name: string): Tag | undefined {
  return list.tags.find((tag) => tag.name === name);
}

/** A URI as the mail records use them (`mailto:…`, `https://…`): its scheme and the host it names, or why it is not one. */
export function parseMailUri(uri: string, schemes: readonly string[]): { scheme: string; host: string } | { error: string } {
  const match = /^([A-Za-z][A-Za-z0-9+.-]*):(.+)$/.exec(uri);
  if (!match) return { error: `"${uri}" is not a URI (expected ${schemes.map((s) => s + ':').join(' or ')}…)` };
  const scheme = match[1].toLowerCase();
  if (!schemes.includes(scheme)) return { error: `"${uri}": the scheme must be ${schemes.join(' or ')}` };
  const rest = match[2];
  if (scheme === 'mailto') {
    const address = /^([^@\s,;!]+)@([A-Za-z0-9.-]+\.[A-Za-z0-9-]+)\.?(\?.*)?$/.exec(decodeURIComponentSafe(rest));
    if (!address) return { error: `"${uri}" is not a mailto: URI with an address (mailto:reports@example.com)` };
    return { scheme, host: address[2].toLowerCase() };
  }
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return { error: `"${uri}" is not a valid URL` };
  }
  if (!url.hostname.includes('.')) return { error: `"${uri}" has no host name` };
  return { scheme, host: url.hostname.toLowerCase() };
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
