/**
 * The DNS lookups an SPF record costs (RFC 7208 §4.6.4: at most 10 terms that query DNS), followed
 * through the includes and redirects that the zone itself answers, or that a live check looked up.
 * A target known to neither counts as one lookup: at least what it costs. Shared by the lookup-count
 * and void-lookup rules and the hover's include tree.
 */
import { isSubdomain, nameKey } from '../zone/names';
import type { MailZone } from './mailZone';
import type { LiveMailData } from './options';
import { hasMacro, isLookupTerm, isSpfText, parseSpf, type SpfRecord, type SpfTerm } from './spf';

export const SPF_LOOKUP_LIMIT = 10;
export const SPF_VOID_LIMIT = 2;

/** Where the record at a node came from. */
export type SpfSource = 'zone' | 'live' | 'outside' | 'missing' | 'macro' | 'loop' | 'not-followed';

export interface SpfNode {
  /** The name as written in the include or redirect (the record's owner at the root). */
  name: string;
  source: SpfSource;
  record?: SpfRecord;
  terms: SpfTermNode[];
}

export interface SpfTermNode {
  term: SpfTerm;
  /** 1 for a term that queries DNS, else 0. */
  cost: number;
  /** The lookups counted so far across the whole tree, this term and its include included. */
  running: number;
  /** True when a live lookup for this term answered nothing. */
  void: boolean;
  child?: SpfNode;
}

export interface SpfLookups {
  root: SpfNode;
  total: number;
  voids: number;
  /** True when some target was counted as one lookup without being followed. */
  atLeast: boolean;
  /** The names from the root to the term where the count passed the limit, and that term. */
  overflow?: { chain: string[]; term: SpfTerm };
  /** The chain of names that leads back to one of its own. */
  loop?: string[];
  /** The keys of the includes and redirects followed or looked for: the walk from another owner is the same unless it is one of them. */
  followed: string[];
}

/** Nodes followed at most: a hostile chain of includes stops here, long after the limit is passed. */
const MAX_NODES = 64;

interface Walk {
  mail: MailZone;
  live?: LiveMailData;
  count: number;
  voids: number;
  nodes: number;
  atLeast: boolean;
  overflow?: SpfLookups['overflow'];
  loop?: string[];
  followed: string[];
}

/**
 * The lookups of the SPF record `record` at `owner` (an absolute name). Without an owner, the walk
 * stands for that of any owner whose key is not among its `followed` (its chains then start with '').
 */
export function spfLookups(owner: string | undefined, record: SpfRecord, mail: MailZone, live?: LiveMailData): SpfLookups {
  const walk: Walk = { mail, live, count: 0, voids: 0, nodes: 0, atLeast: false, followed: [] };
  const root =
    owner === undefined
      ? visit('', 'zone', record, [], [''], walk)
      : visit(owner, 'zone', record, [nameKey(owner)], [owner.replace(/\.$/, '')], walk);
  return { root, total: walk.count, voids: walk.voids, atLeast: walk.atLeast, overflow: walk.overflow, loop: walk.loop, followed: walk.followed };
}

function visit(name: string, source: SpfSource, record: SpfRecord, stack: string[], chain: string[], walk: Walk): SpfNode {
  walk.nodes++;
  const node: SpfNode = { name, source, record, terms: [] };
  const hasAll = record.terms.some((t) => t.kind === 'mechanism' && t.name === 'all' && t.error === undefined);
  for (const term of record.terms) {
    // A redirect is ignored when the record has "all" (RFC 7208 §6.1).
    if (!isLookupTerm(term) || (term.name === 'redirect' && hasAll)) {
      node.terms.push({ term, cost: 0, running: walk.count, void: false });
      // Terms after "all" are never reached (RFC 7208 §5.1).
      if (term.kind === 'mechanism' && term.name === 'all') break;
      continue;
    }
    walk.count++;
    const termNode: SpfTermNode = { term, cost: 1, running: walk.count, void: false };
    node.terms.push(termNode);
    if (walk.count === SPF_LOOKUP_LIMIT + 1 && walk.overflow === undefined) walk.overflow = { chain: [...chain, term.text], term };
    const target = term.value;
    if (walk.live && target !== undefined && !hasMacro(target) && walk.live.voidLookups.includes(`${term.name}:${nameKey(absolute(target))}`)) {
      termNode.void = true;
      walk.voids++;
    }
    if ((term.name === 'include' || term.name === 'redirect') && target !== undefined) {
      termNode.child = follow(target, stack, [...chain, term.text], walk);
      termNode.running = walk.count;
    } else if (term.name === 'include' || term.name === 'redirect') {
      walk.atLeast = true;
    }
  }
  return node;
}

function absolute(name: string): string {
  return name.endsWith('.') ? name : name + '.';
}

function follow(target: string, stack: string[], chain: string[], walk: Walk): SpfNode {
  if (hasMacro(target)) {
    walk.atLeast = true;
    return { name: target, source: 'macro', terms: [] };
  }
  const key = nameKey(absolute(target));
  walk.followed.push(key);
  if (stack.includes(key)) {
    walk.loop ??= chain;
    return { name: target, source: 'loop', terms: [] };
  }
  if (walk.nodes >= MAX_NODES) {
    walk.atLeast = true;
    return { name: target, source: 'not-followed', terms: [] };
  }
  const inZone = walk.mail.spfByOwner.get(key);
  if (inZone !== undefined && inZone.length === 1) return visit(target, 'zone', inZone[0].spf, [...stack, key], chain, walk);
  const live = walk.live?.txt[key]?.filter(isSpfText);
  if (live !== undefined && live.length === 1) return visit(target, 'live', parseSpf(live[0]), [...stack, key], chain, walk);
  if (live !== undefined || (key !== walk.mail.origin && isSubdomain(key, walk.mail.origin) && inZone === undefined && walk.live === undefined)) {
    return { name: target, source: 'missing', terms: [] };
  }
  walk.atLeast = true;
  return { name: target, source: 'outside', terms: [] };
}
