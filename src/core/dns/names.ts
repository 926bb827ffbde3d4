import { domainToASCII } from 'node:url';

/**
 * Names as they come off the wire are untrusted bytes (dns2 hands each label over as one char per octet).
 * Everything shown to a user goes through `presentName`, which writes the zone-file presentation form
 * with a stricter escape set than BIND's: besides the zone-file specials it escapes every octet that
 * is not a plain printable, so that no control character, markdown or terminal sequence survives.
 */

/** RFC 2181 §8: a TTL above 2^31 - 1 is treated as 0 by some and misread by others; we clamp it for display. */
export const MAX_TTL = 0x7fffffff;

const PLAIN = /[A-Za-z0-9\-_*/+=]/;
const BACKSLASHED = new Set(['.', '\\', '"', '(', ')', ';', '@', '$']);

function presentLabel(label: string): string {
  let out = '';
  for (const ch of label) {
    const code = ch.charCodeAt(0);
    if (code < 0x80 && PLAIN.test(ch)) out += ch;
    else if (BACKSLASHED.has(ch)) out += '\\' + ch;
    else out += '\\' + String(code & 0xff).padStart(3, '0');
  }
  return out;
}

/**
 * The absolute presentation form of a wire name, with the trailing dot (`mx1.vqnow.com.`); the root is `.`.
 * dns2 joins labels with dots, so a dot inside a label cannot be told apart from a separator here.
 */
export function presentName(wireName: string): string {
  if (wireName === '' || wireName === '.') return '.';
  const labels = wireName.replace(/\.$/, '').split('.');
  return labels.map(presentLabel).join('.') + '.';
}

/** A TXT character-string in quotes, with `"`, `\\` and every octet outside printable ASCII escaped. */
export function presentText(text: string): string {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    if (byte === 0x22 || byte === 0x5c) out += '\\' + String.fromCharCode(byte);
    else if (byte >= 0x20 && byte < 0x7f) out += String.fromCharCode(byte);
    else out += '\\' + String(byte).padStart(3, '0');
  }
  return `"${out}"`;
}

/** A presentation name without its trailing dot, as people write host names (`mx1.vqnow.com`); the root stays `.`. */
export function hostName(presented: string): string {
  return presented === '.' ? '.' : presented.replace(/\.$/, '');
}

export function clampTtl(ttl: number): number {
  return Number.isFinite(ttl) && ttl > 0 ? Math.min(Math.floor(ttl), MAX_TTL) : 0;
}

export type DomainInput = { domain: string } | { error: string };

/**
 * Reads what a user typed as the domain to check: `example.com`, `Example.COM.`, `postmaster@example.com`
 * or an internationalised name (`bücher.example`, sent as its `xn--` form). Returns the lower-case
 * ASCII name without a trailing dot, or why it cannot be a domain.
 */
export function normalizeDomain(input: string): DomainInput {
  let text = input.trim();
  const at = text.lastIndexOf('@');
  if (at >= 0) text = text.slice(at + 1);
  text = text.replace(/\.$/, '');
  if (text === '') return { error: 'Enter a domain name, for example example.com.' };
  if (/\s/.test(text)) return { error: 'A domain name has no spaces.' };
  const ascii = /^[\x21-\x7e]+$/.test(text) ? text.toLowerCase() : domainToASCII(text);
  if (ascii === '') return { error: `"${text}" is not a valid internationalised domain name.` };
  const labels = ascii.split('.');
  if (labels.some((label) => label === '')) return { error: 'A domain name has no empty labels (no ".." and no leading dot).' };
  const longLabel = labels.find((label) => label.length > 63);
  if (longLabel) return { error: `The label "${longLabel.slice(0, 20)}…" is ${longLabel.length} characters long; DNS allows 63.` };
  if (ascii.length > 253) return { error: `The name is ${ascii.length} characters long; DNS allows 253.` };
  const bad = labels.find((label) => !/^[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?$/.test(label));
  if (bad !== undefined) return { error: `"${bad}" is not a host-name label: use letters, digits and inner hyphens.` };
  return { domain: ascii };
}
