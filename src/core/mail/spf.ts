/**
 * SPF records (RFC 7208 §4.5, §4.6, §5, §6, §7): which TXT texts are SPF records, and each term read
 * into its qualifier, name, target and CIDR lengths, with the RFC's reason when a term does not parse.
 * Offsets are into the record's joined text.
 */
import { isIPv4, readIPv6 } from '../zone/addresses';

export type SpfQualifier = '+' | '-' | '~' | '?';

export const SPF_MECHANISMS = ['all', 'include', 'a', 'mx', 'ptr', 'ip4', 'ip6', 'exists'] as const;
export type SpfMechanism = (typeof SPF_MECHANISMS)[number];

/** The terms that cost a DNS lookup against the limit of 10 (RFC 7208 §4.6.4). */
const LOOKUP_TERMS: ReadonlySet<string> = new Set(['include', 'a', 'mx', 'ptr', 'exists', 'redirect']);

export interface SpfTerm {
  /** The term as written, its start and end in the record's text. */
  text: string;
  start: number;
  end: number;
  kind: 'mechanism' | 'modifier';
  /** Lower case: a mechanism's or a modifier's name. */
  name: string;
  /** Mechanisms only; `+` when none was written. */
  qualifier?: SpfQualifier;
  qualifierWritten: boolean;
  /** The domain-spec, network or modifier value, as written. */
  value?: string;
  /** Why the term does not parse; undefined when it does. */
  error?: string;
}

export interface SpfRecord {
  text: string;
  /** After `v=spf1`, in order. */
  terms: SpfTerm[];
  /** Problems of the record as a whole (a repeated `redirect`), with where they are. */
  errors: { message: string; start: number; end: number }[];
}

const VERSION = /^v=spf1(?= |$)/i;

/** True for the text of an SPF record: it starts with `v=spf1`, then a space or its end (RFC 7208 §4.5). */
export function isSpfText(text: string): boolean {
  return VERSION.test(text);
}

/** True for a text that holds `v=spf1` as a term but not at its start: receivers discard it, so the domain has no SPF. */
export function hasMisplacedSpfVersion(text: string): boolean {
  return !isSpfText(text) && /(^|\s)v=spf1(\s|$)/i.test(text);
}

/** True for a term that costs a DNS lookup. */
export function isLookupTerm(term: SpfTerm): boolean {
  return term.error === undefined && LOOKUP_TERMS.has(term.name);
}

/** Reads an SPF record's text (which must start with `v=spf1`). */
export function parseSpf(text: string): SpfRecord {
  const terms: SpfTerm[] = [];
  const errors: SpfRecord['errors'] = [];
  const versionEnd = 'v=spf1'.length;
  const pattern = /[^ ]+/g;
  pattern.lastIndex = versionEnd;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    terms.push(parseTerm(match[0], match.index));
  }
  for (const name of ['redirect', 'exp']) {
    const repeated = terms.filter((t) => t.kind === 'modifier' && t.name === name && t.error === undefined);
    for (const term of repeated.slice(1)) {
      errors.push({ message: `"${name}=" may appear only once in a record (RFC 7208 §6)`, start: term.start, end: term.end });
    }
  }
  return { text, terms, errors };
}

/** Reads one term; `start` is where it stands in the record. */
export function parseTerm(text: string, start: number): SpfTerm {
  const term: SpfTerm = { text, start, end: start + text.length, kind: 'mechanism', name: '', qualifierWritten: false };
  const fail = (error: string) => ({ ...term, error });
  const modifier = /^([A-Za-z][A-Za-z0-9\-_.]*)=(.*)$/s.exec(text);
  if (modifier) {
    const name = modifier[1].toLowerCase();
    const value = modifier[2];
    const result: SpfTerm = { ...term, kind: 'modifier', name, value };
    if (name === 'redirect' || name === 'exp') {
      const problem = domainSpecProblem(value);
      return problem ? { ...result, error: `${name}=${value}: ${problem}` } : result;
    }
    const problem = macroStringProblem(value);
    return problem ? { ...result, error: `${text}: ${problem}` } : result;
  }
  let rest = text;
  if ('+-~?'.includes(rest[0])) {
    term.qualifier = rest[0] as SpfQualifier;
    term.qualifierWritten = true;
    rest = rest.slice(1);
  } else {
    term.qualifier = '+';
  }
  const head = /^[A-Za-z0-9]*/.exec(rest)?.[0] ?? '';
  term.name = head.toLowerCase();
  const after = rest.slice(head.length);
  if (!(SPF_MECHANISMS as readonly string[]).includes(term.name)) {
    if (/^[+\-~?]?[A-Za-z][A-Za-z0-9\-_.]*=/.test(text)) return fail(`"${text}": a modifier takes no qualifier`);
    return fail(`unknown mechanism "${head || rest}" (RFC 7208 §5: all, include, a, mx, ptr, ip4, ip6, exists)`);
  }
  const mechanism = term.name as SpfMechanism;
  switch (mechanism) {
    case 'all':
      return after === '' ? term : fail(`"all" takes no argument ("${text}")`);
    case 'include':
    case 'exists': {
      if (!after.startsWith(':') || after.length === 1) return fail(`"${mechanism}" needs a domain: ${mechanism}:example.com`);
      const value = after.slice(1);
      const problem = domainSpecProblem(value);
      return problem ? fail(`${text}: ${problem}`) : { ...term, value };
    }
    case 'a':
    case 'mx': {
      const cidr = /((?:\/\d*)?(?:\/\/\d*)?)$/.exec(after)?.[1] ?? '';
      const body = after.slice(0, after.length - cidr.length);
      const cidrProblem = dualCidrProblem(cidr);
      if (cidrProblem) return fail(`${text}: ${cidrProblem}`);
      if (body === '') return term;
      if (!body.startsWith(':') || body.length === 1) return fail(`"${text}": expected ${mechanism}, ${mechanism}:domain or a CIDR length`);
      const value = body.slice(1);
      const problem = domainSpecProblem(value);
      return problem ? fail(`${text}: ${problem}`) : { ...term, value };
    }
    case 'ptr': {
      if (after === '') return term;
      if (!after.startsWith(':') || after.length === 1) return fail(`"${text}": expected ptr or ptr:domain`);
      const value = after.slice(1);
      const problem = domainSpecProblem(value);
      return problem ? fail(`${text}: ${problem}`) : { ...term, value };
    }
    case 'ip4':
    case 'ip6': {
      if (!after.startsWith(':')) return fail(`"${mechanism}" needs a network: ${mechanism === 'ip4' ? 'ip4:192.0.2.0/24' : 'ip6:2001:db8::/32'}`);
      const network = after.slice(1);
      const slash = network.indexOf('/');
      const address = slash < 0 ? network : network.slice(0, slash);
      const max = mechanism === 'ip4' ? 32 : 128;
      const valid = mechanism === 'ip4' ? isIPv4(address) : readIPv6(address, new Uint16Array(8));
      if (!valid) return fail(`${text}: "${address}" is not an ${mechanism === 'ip4' ? 'IPv4' : 'IPv6'} address`);
      if (slash >= 0 && !cidrLengthValid(network.slice(slash + 1), max)) return fail(`${text}: bad CIDR length (0 to ${max}, no leading zero)`);
      return { ...term, value: network };
    }
  }
}

function cidrLengthValid(digits: string, max: number): boolean {
  return /^(0|[1-9]\d{0,2})$/.test(digits) && Number(digits) <= max;
}

/** `/24`, `//64` or `/24//64` after `a` or `mx` (RFC 7208 §5.6). */
function dualCidrProblem(cidr: string): string | undefined {
  if (cidr === '') return undefined;
  const match = /^(?:\/(\d*))?(?:\/\/(\d*))?$/.exec(cidr);
  if (!match) return 'bad CIDR length';
  if (match[1] !== undefined && !cidrLengthValid(match[1], 32)) return `bad IPv4 CIDR length "/${match[1]}" (0 to 32, no leading zero)`;
  if (match[2] !== undefined && !cidrLengthValid(match[2], 128)) return `bad IPv6 CIDR length "//${match[2]}" (0 to 128, no leading zero)`;
  return undefined;
}

/** Macro letters allowed in a record; c, r and t are for explanation texts only (RFC 7208 §7.2). */
const MACRO_LETTERS = /^[slodiphv]$/i;
const EXPLANATION_ONLY = /^[crt]$/i;

/** Why a macro-string (RFC 7208 §7.1) is not one; undefined when it is. */
export function macroStringProblem(value: string): string | undefined {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x21 || c > 0x7e) return `character ${JSON.stringify(value[i])} is not allowed`;
    if (value[i] !== '%') continue;
    const next = value[i + 1];
    if (next === '%' || next === '_' || next === '-') {
      i++;
      continue;
    }
    if (next !== '{') return `bad macro "%${next ?? ''}": write %{letter}, %%, %_ or %-`;
    const close = value.indexOf('}', i);
    if (close < 0) return 'macro "%{" is not closed';
    const body = value.slice(i + 2, close);
    const macro = /^([A-Za-z])(\d*)(r?)([.\-+,/_=]*)$/i.exec(body);
    if (!macro) return `bad macro "%{${body}}"`;
    if (EXPLANATION_ONLY.test(macro[1])) return `macro letter "${macro[1]}" is allowed only in explanation texts (RFC 7208 §7.2)`;
    if (!MACRO_LETTERS.test(macro[1])) return `unknown macro letter "${macro[1]}"`;
    if (macro[2] !== '' && Number(macro[2]) === 0) return `macro "%{${body}}": the number of parts must be at least 1`;
    i = close;
  }
  return undefined;
}

/** True when a domain-spec holds macros: its name is only known when a message is checked. */
export function hasMacro(value: string): boolean {
  return /%\{/.test(value);
}

/** Why a domain-spec (RFC 7208 §7.1: a macro-string ending in `.toplabel` or a macro) is not one. */
export function domainSpecProblem(value: string): string | undefined {
  const macroProblem = macroStringProblem(value);
  if (macroProblem) return macroProblem;
  if (/%\{[^}]*\}$/.test(value)) return undefined;
  const name = value.endsWith('.') ? value.slice(0, -1) : value;
  const labels = name.split('.');
  const top = labels[labels.length - 1];
  if (labels.length < 2) return `"${value}" is not a domain name (it needs a dot and a top label)`;
  if (labels.some((label) => label === '' && !hasMacro(name))) return `"${value}" has an empty label`;
  if (!/^(?=.*[A-Za-z])[A-Za-z0-9]+$|^[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9]$/.test(top) || /^\d+$/.test(top)) {
    return `"${value}" does not end in a valid top label`;
  }
  if (labels.some((label) => label.length > 63)) return `"${value}" has a label longer than 63 characters`;
  return undefined;
}
