/**
 * MTA-STS (RFC 8461): the `_mta-sts` TXT record (§3.1) and the policy file served at
 * `https://mta-sts.<domain>/.well-known/mta-sts.txt` (§3.2), and which MX hosts a policy covers (§4.1).
 */
import type { RecordProblem } from './dmarc';
import { parseTagList, tagNamed, type TagList } from './tagList';

export interface MtaStsRecord {
  tags: TagList;
  problems: RecordProblem[];
  id?: string;
}

export function looksLikeMtaSts(text: string): boolean {
  return /^\s*v\s*=\s*STSv1\s*(;|$)/i.test(text);
}

export function parseMtaStsRecord(text: string): MtaStsRecord {
  const tags = parseTagList(text);
  const problems: RecordProblem[] = [...tags.errors];
  const first = tags.tags[0];
  if (first === undefined || first.name !== 'v' || first.value !== 'STSv1') {
    problems.push({
      message: 'an MTA-STS record must start with "v=STSv1;" (RFC 8461 §3.1)',
      start: first?.start ?? 0,
      end: first?.end ?? text.length,
    });
  }
  const id = tagNamed(tags, 'id');
  if (id === undefined) problems.push({ message: 'no "id=" tag: senders need it to tell when the policy changed', start: 0, end: text.length });
  else if (!/^[A-Za-z0-9]{1,32}$/.test(id.value)) {
    problems.push({ message: `id=${id.value}: 1 to 32 letters and digits`, start: id.valueStart, end: id.valueEnd });
  }
  for (const tag of tags.tags.slice(1)) {
    if (tag.name === 'v') problems.push({ message: '"v=" must be the first tag, and only once', start: tag.start, end: tag.end });
    else if (!/^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$/.test(tag.name) || !/^[\x21-\x3a\x3c\x3e-\x7e]+$/.test(tag.value)) {
      problems.push({ message: `"${tag.name}=${tag.value}" is not a valid extension field`, start: tag.start, end: tag.end });
    }
  }
  return { tags, problems, id: id?.value };
}

export type MtaStsMode = 'enforce' | 'testing' | 'none';

export interface MtaStsPolicy {
  mode?: MtaStsMode;
  maxAge?: number;
  /** The `mx:` patterns, in order. */
  mx: string[];
  /** Problems with their 1-based line in the policy file. */
  problems: { message: string; line: number }[];
}

/** The longest max_age the RFC allows: one year (RFC 8461 §3.2). */
const MAX_AGE_LIMIT = 31557600;

export function parseMtaStsPolicy(text: string): MtaStsPolicy {
  const policy: MtaStsPolicy = { mx: [], problems: [] };
  const seen = new Set<string>();
  let version: string | undefined;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    const match = /^([A-Za-z0-9_.-]+):[ \t]*(.*?)[ \t]*$/.exec(raw);
    if (!match) {
      policy.problems.push({ message: `line ${line} is not "key: value"`, line });
      return;
    }
    const [, key, value] = match;
    if (key !== 'mx' && seen.has(key)) policy.problems.push({ message: `"${key}" is given twice`, line });
    seen.add(key);
    switch (key) {
      case 'version':
        version = value;
        if (value !== 'STSv1') policy.problems.push({ message: `version: ${value}: must be STSv1`, line });
        break;
      case 'mode':
        if (value === 'enforce' || value === 'testing' || value === 'none') policy.mode = value;
        else policy.problems.push({ message: `mode: ${value}: must be enforce, testing or none`, line });
        break;
      case 'max_age':
        if (/^\d{1,10}$/.test(value) && Number(value) <= MAX_AGE_LIMIT) policy.maxAge = Number(value);
        else policy.problems.push({ message: `max_age: ${value}: seconds, at most ${MAX_AGE_LIMIT} (one year)`, line });
        break;
      case 'mx':
        if (/^(\*\.)?[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)+\.?$/.test(value)) policy.mx.push(value.toLowerCase().replace(/\.$/, ''));
        else policy.problems.push({ message: `mx: ${value}: a host name, or *. and a domain`, line });
        break;
    }
  });
  if (version === undefined) policy.problems.push({ message: 'no "version: STSv1" line', line: 1 });
  if (policy.mode === undefined && !policy.problems.some((p) => p.message.startsWith('mode:'))) {
    policy.problems.push({ message: 'no "mode:" line (enforce, testing or none)', line: 1 });
  }
  if (policy.maxAge === undefined && !policy.problems.some((p) => p.message.startsWith('max_age:'))) {
    policy.problems.push({ message: 'no "max_age:" line', line: 1 });
  }
  if (policy.mx.length === 0 && policy.mode !== 'none') policy.problems.push({ message: 'no "mx:" line: the policy covers no MX host', line: 1 });
  return policy;
}

/**
 * True when `host` (no trailing dot needed) matches an `mx:` pattern: the name itself, or `*.domain`,
 * whose wildcard stands for exactly one left-most label (RFC 8461 §4.1).
 */
export function mxPatternMatches(pattern: string, host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  if (!pattern.startsWith('*.')) return name === pattern;
  const dot = name.indexOf('.');
  return dot > 0 && name.slice(dot + 1) === pattern.slice(2);
}
