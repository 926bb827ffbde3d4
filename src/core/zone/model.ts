import type { Fix, Range, Severity } from '../types';

/**
 * The parsed form of a zone file. The parser fills it, the rules read it, and the live DNS
 * checks build the same shape from answers, so that one set of rules serves both.
 */

/** One whitespace-separated field of a record as written, with where it stands. */
export interface Token {
  text: string;
  range: Range;
}

/** Typed rdata for the types the rules and the dump need; every other type keeps only its tokens. */
export type Rdata =
  | { type: 'MX'; preference: number; exchange: string; exchangeWritten: string; exchangeRange: Range }
  | { type: 'NS' | 'CNAME' | 'DNAME' | 'PTR'; target: string; targetWritten: string; targetRange: Range }
  | { type: 'A' | 'AAAA'; address: string }
  | { type: 'TXT'; strings: string[] }
  | {
      type: 'SOA';
      mname: string;
      rname: string;
      serial: number;
      refresh: number;
      retry: number;
      expire: number;
      minimum: number;
    }
  | { type: 'SRV'; priority: number; weight: number; port: number; target: string }
  | { type: 'CAA'; flags: number; tag: string; value: string }
  /** Any other type; `text` is its data as `named-checkzone -D` prints it (absent when the record was only checked). */
  | { type: 'generic'; text?: string };

export interface ZoneRecord {
  /** Absolute owner name with a trailing dot, presentation form, case as written. */
  owner: string;
  /** Where the owner was written; absent when inherited from the previous record. */
  ownerRange?: Range;
  ttl: number;
  rrclass: string;
  /** Upper-case mnemonic (`MX`), or `TYPEnnn` for a type without one. */
  type: string;
  typeRange: Range;
  rdata: Rdata;
  /** The rdata fields as written (after the type), quotes and escapes kept. */
  rdataTokens: Token[];
  /** From the owner (or first field) to the last rdata token, across `( … )` lines. */
  range: Range;
  /** The file the record came from when it is not the parsed document itself ($INCLUDE). */
  file?: string;
}

export interface Directive {
  name: '$ORIGIN' | '$TTL' | '$INCLUDE' | '$GENERATE';
  args: Token[];
  range: Range;
  file?: string;
}

/** A parse problem. `code` is always `syntax` for the parser's own errors. */
export interface Problem {
  code: string;
  severity: Severity;
  message: string;
  range: Range;
  file?: string;
  /** A repair the parser can offer (splitting an over-long TXT string). */
  fixes?: Fix[];
}

/** A comment as written, so that rules can honour suppression comments. */
export interface Comment {
  text: string;
  range: Range;
  file?: string;
}

export interface ParsedZone {
  /** The origin the parse started with, absolute with a trailing dot. */
  origin: string;
  records: ZoneRecord[];
  directives: Directive[];
  comments: Comment[];
  problems: Problem[];
}

/** Reads a file named by `$INCLUDE`; returns its text or a message saying why not. */
export type IncludeReader = (path: string, fromFile: string | undefined) => { text: string; fileName: string } | { error: string };

/**
 * Where a record's owner stands in the text when it is one plain label (`text` from `start` to `end`)
 * under the absolute name `origin`, with the label's `labelCode`. Given for the length of a call only:
 * the object is reused.
 */
export interface LabelledOwner {
  text: string;
  start: number;
  end: number;
  origin: string;
  code: number;
}

/**
 * For a caller that needs most records by owner and type only (the CLI's lint): a record it does not
 * keep is still checked in full, but is never built, which spares a large zone most of its objects.
 */
export interface RecordFilter {
  /** True to receive the record in full; `multiLine` when it spans lines with `( … )`. */
  keeps(owner: string, type: string, multiLine: boolean): boolean;
  /** A record read without problems that `keeps` declined. */
  skipped(owner: string, type: string): void;
  /**
   * Optional, for speed on large zones: a record of type A, AAAA or TXT read without problems, whose
   * owner is one label under the origin, offered before its name is made. True when it was noted as
   * `skipped` would note it; false to have it go the usual way.
   */
  skippedLabelled?(owner: LabelledOwner, type: string): boolean;
  /**
   * True when kept records may come without rdata tokens, owner range and type range (the record's
   * range standing for the type's). Such a filter keeps every MX, CNAME and TXT record of a simple line,
   * whatever its owner: `keeps` is not asked, and the owner comes labelled. (TXT records keep their tokens.)
   */
  slimRecords?: boolean;
}

export interface ParseOptions {
  /** The zone's origin; a missing trailing dot is added. */
  origin: string;
  fileName?: string;
  /** Without a reader, `$INCLUDE` is reported as not followed. */
  include?: IncludeReader;
  /** The text as `asciiCodes` gives it, when the caller has that already (a file of ASCII bytes is its own); read by `streamZone`. */
  textCodes?: Uint8Array;
}
