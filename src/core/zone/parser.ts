/**
 * The RFC 1035 master-file parser, reading what BIND reads. It never throws: every problem becomes a
 * `Problem` with its range, and parsing resumes at the next entry. Records go to a sink as they are
 * made, so that a streaming caller need not keep them.
 */
import type { Range } from '../types';
import { CH_DOT } from './chars';
import { compileTemplate, expandTemplate, MAX_GENERATED_TOTAL, parseGenerateRange, splitFields } from './generate';
import type {
  Comment,
  Directive,
  IncludeReader,
  LabelledOwner,
  ParseOptions,
  ParsedZone,
  Problem,
  RecordFilter,
  Rdata,
  Token,
  ZoneRecord,
} from './model';
import { isSubdomain, MAX_LABEL, MAX_NAME_WIRE, nameKey, nameWireLength, normalizeOrigin, parseName, RecentNames } from './names';
import { parseRdata } from './rdata';
import { lookupClass, lookupType } from './rrtypes';
import { Scanner, type ScanProblem } from './scanner';
import { SimpleLine } from './simpleLine';
import { asciiCodes } from './asciiCodes';
import { looksLikeTtl, parseTtl } from './ttl';

/** `$INCLUDE` may nest this deep (BIND has no fixed limit; a cycle or runaway nesting must stop somewhere). */
export const MAX_INCLUDE_DEPTH = 16;
/** Files and characters all `$INCLUDE`s of one parse may read: depth alone lets ten includes per file make 10^16 reads. */
export const MAX_INCLUDED_FILES = 1000;
export const MAX_INCLUDED_CHARS = 64 * 1024 * 1024;

/** What one file being read carries: its own origin, so that an `$INCLUDE` cannot change the includer's. */
interface FileContext {
  origin: string;
  /** The name given to records and problems from this file; undefined for the parsed document itself. */
  file: string | undefined;
  /** The path used to resolve `$INCLUDE` relative to this file. */
  path: string | undefined;
  depth: number;
  /** Files being read, outermost first, to refuse cycles. */
  chain: string[];
  /** The text's `asciiCodes`, when the caller has them; made when simple lines are read otherwise. */
  codes?: Uint8Array;
}

/**
 * Parses a whole zone. With `previous`, the parse of an earlier text of the same document with the
 * same options, only the entries around an edit are read again when the edit keeps the number of
 * lines (typing within a line): the records before and after it are the previous ones, unchanged in
 * text and position. The result is the same as a full parse (a property test checks this).
 */
export function parseZone(text: string, options: ParseOptions, previous?: ParsedZone): ParsedZone {
  const zone = emptyZone(options);
  const parser = new ZoneParser(zone, options.include, (record) => zone.records.push(record), undefined);
  const memo: ParseMemo = { text, origin: zone.origin, fileName: options.fileName, checkpoints: [] };
  parser.checkpoints = memo.checkpoints;
  const context = documentContext(zone, options);
  const reuse = previous && reusableParse(previous, memo);
  if (previous && reuse) {
    const { old, at, edit } = reuse;
    const from = old.checkpoints[at];
    zone.records = previous.records.slice(0, from.records);
    zone.directives = previous.directives.slice(0, from.directives);
    zone.comments = previous.comments.slice(0, from.comments);
    zone.problems = previous.problems.slice(0, from.problems);
    memo.checkpoints.push(...old.checkpoints.slice(0, at));
    parser.restore(from.state, context);
    parser.rejoin = { after: edit.newEnd, delta: text.length - old.text.length, old, oldZone: previous, next: at + 1 };
    parser.parseFile(text, context, from);
  } else {
    parser.parseFile(text, context);
  }
  memos.set(zone, memo);
  return zone;
}

/**
 * When `previous` can serve the parse that `memo` describes: its memo, the edit, and the checkpoint to
 * resume at (the last one at a line start up to the edit; the first stands after a BOM, and the last
 * may stand at the end of a last line, which an edit there extends). Undefined otherwise.
 */
function reusableParse(previous: ParsedZone, memo: ParseMemo): { old: ParseMemo; at: number; edit: { start: number; newEnd: number } } | undefined {
  const old = memos.get(previous);
  // A zone with `$INCLUDE` is parsed in full (an included file may have changed on disk). The include
  // reader need not be the same: an edit that adds an `$INCLUDE` reads it in the re-read part.
  if (!old || old.origin !== memo.origin || old.fileName !== memo.fileName || previous.directives.some((d) => d.name === '$INCLUDE'))
    return undefined;
  const edit = editWithinLines(old.text, memo.text);
  if (!edit) return undefined;
  let at = -1;
  for (let i = 0; i < old.checkpoints.length && old.checkpoints[i].offset <= edit.start; i++) {
    if (startsLine(old.text, old.checkpoints[i].offset)) at = i;
  }
  return at < 0 ? undefined : { old, at, edit };
}

function emptyZone(options: ParseOptions): ParsedZone {
  return { origin: normalizeOrigin(options.origin), records: [], directives: [], comments: [], problems: [] };
}

/** The context of the parsed document itself (not an included file). */
function documentContext(zone: ParsedZone, options: ParseOptions): FileContext {
  return { origin: zone.origin, file: undefined, path: options.fileName, depth: 0, chain: options.fileName === undefined ? [] : [options.fileName] };
}

/** The parser's state between two entries of the parsed document: all that the next entry's reading depends on. */
interface ParserState {
  origin: string;
  lastOwner: string | undefined;
  lastOwnerKeyChecked: string | undefined;
  defaultTtl: number;
  lastTtl: number;
  zoneClass: string | undefined;
  generatedTotal: number;
  includedFiles: number;
  includedChars: number;
}

/** Where the parse stood before an entry of the document: offset and line, what it had made so far, and its state. */
interface Checkpoint {
  offset: number;
  line: number;
  records: number;
  directives: number;
  comments: number;
  problems: number;
  state: ParserState;
}

/** Kept with each parsed zone, so that the next parse of the same document can reuse it. */
interface ParseMemo {
  text: string;
  origin: string;
  fileName: string | undefined;
  checkpoints: Checkpoint[];
}

const memos = new WeakMap<ParsedZone, ParseMemo>();

/** A checkpoint every `checkpointEvery` entries: an edit re-reads at most about twice as many. Tests set it low, to rejoin often. */
export const parseTuning = { checkpointEvery: 32 };

/**
 * The changed span of `after` against `before` when no line break was added, removed or touched
 * (`start` and `newEnd` are offsets in `after`); undefined otherwise.
 */
function editWithinLines(before: string, after: string): { start: number; newEnd: number } | undefined {
  const shorter = Math.min(before.length, after.length);
  const start = commonLength(shorter, (length) => before.slice(0, length) === after.slice(0, length));
  const most = shorter - start;
  const common = commonLength(most, (length) => before.slice(before.length - length) === after.slice(after.length - length));
  const oldEnd = before.length - common;
  const newEnd = after.length - common;
  if (hasLineBreak(before, start, oldEnd) || hasLineBreak(after, start, newEnd)) return undefined;
  // An edit just after a CR may split or join a CRLF pair.
  if (start > 0 && after.charCodeAt(start - 1) === 0x0d) return undefined;
  return { start, newEnd };
}

/**
 * The largest length up to `most` for which `equal(length)` holds (it holds for every shorter length
 * too), by bisection: string equality compares natively, far faster than a loop over characters.
 */
function commonLength(most: number, equal: (length: number) => boolean): number {
  let low = 0;
  let high = most;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (equal(middle)) low = middle;
    else high = middle - 1;
  }
  return low;
}

function startsLine(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  return offset === 0 || before === 0x0a || before === 0x0d;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) return true;
  }
  return false;
}

function sameState(a: ParserState, b: ParserState): boolean {
  return (
    a.origin === b.origin &&
    a.lastOwner === b.lastOwner &&
    a.lastOwnerKeyChecked === b.lastOwnerKeyChecked &&
    a.defaultTtl === b.defaultTtl &&
    a.lastTtl === b.lastTtl &&
    a.zoneClass === b.zoneClass &&
    a.generatedTotal === b.generatedTotal &&
    a.includedFiles === b.includedFiles &&
    a.includedChars === b.includedChars
  );
}

/** Receives each record as it is read; `labelled` where its owner stands, when it is one plain label. */
type RecordSink = (record: ZoneRecord, labelled?: LabelledOwner) => void;

/**
 * Parses like `parseZone` but hands each record to `onRecord` as soon as it is read and keeps none
 * (the result's `records` stays empty), so that a huge file costs memory for its text only. With a
 * `filter`, only the records it keeps are built; the others reach it by owner and type.
 */
export function streamZone(text: string, options: ParseOptions, onRecord: RecordSink, filter?: RecordFilter): ParsedZone {
  const zone = emptyZone(options);
  const context = documentContext(zone, options);
  context.codes = options.textCodes;
  new ZoneParser(zone, options.include, onRecord, filter).parseFile(text, context);
  return zone;
}

class ZoneParser {
  private writtenOwner: string | undefined;
  /**
   * The owner of the last simple line, as the label `pendingText` from `pendingStart` to `pendingEnd`
   * under `pendingOrigin`: made into a name only when the next line inherits it.
   */
  private pendingText: string | undefined;
  private pendingStart = 0;
  private pendingEnd = 0;
  private pendingOrigin = '';
  private lastOwnerKeyChecked: string | undefined;
  /** The last owner written in column 0, the origin it was read under, and the name it gave. */
  private lastWrittenOwner = '';
  private lastWrittenOrigin = '';
  private lastWrittenOwnerName = '';
  /** `$TTL`, or -1 before one is seen. */
  private defaultTtl = -1;
  /** The previous record's TTL, used when there is no `$TTL` (RFC 1035), or -1. */
  private lastTtl = -1;
  /** Records made by `$GENERATE` so far, bounded by MAX_GENERATED_TOTAL. */
  private generatedTotal = 0;
  /** Files and characters read through `$INCLUDE` so far, bounded by MAX_INCLUDED_FILES and MAX_INCLUDED_CHARS. */
  private includedFiles = 0;
  private includedChars = 0;
  private zoneClass: string | undefined;
  private readonly originKey: string;

  /** What `check` settled for the record it passed. */
  private checkedRdata: Rdata = { type: 'generic' };
  private checkedTtl = 0;
  private checkedClass = 'IN';
  private readonly entryPlace = new EntryPlace();
  /** Set by `parseZone`: checkpoints of the document are recorded here. */
  checkpoints: Checkpoint[] | undefined;
  /** While re-reading after an edit: the previous parse, to rejoin once past `after` (an offset in the new text). */
  rejoin: { after: number; delta: number; old: ParseMemo; oldZone: ParsedZone; next: number } | undefined;
  /** The rdata tokens of a record that is checked but not built (reused record to record). */
  private readonly transientRdata: Token[] = [];
  /** Set when the filter takes simple lines without their owner's name: they are then read by `simpleLine`. */
  private readonly simpleLines: boolean;
  private readonly simpleLine = new SimpleLine();
  private readonly simpleTargets = new RecentNames();
  private readonly labelledOwner: LabelledOwner = { text: '', start: 0, end: 0, origin: '', code: -1 };
  /** The origin simple lines were last read under, and the longest owner label that keeps a name under it within 255 bytes (0: none, the origin being outside the zone). */
  private simpleOrigin = '';
  private simpleOriginWire = 1;
  private simpleLabelMax = 0;

  constructor(
    private readonly zone: ParsedZone,
    private readonly include: IncludeReader | undefined,
    private readonly emit: RecordSink,
    private readonly filter: RecordFilter | undefined,
  ) {
    this.originKey = nameKey(zone.origin);
    this.simpleLines = filter?.skippedLabelled !== undefined;
  }

  /** The owner of the last record, inherited by a line that starts with a blank. */
  private get lastOwner(): string | undefined {
    if (this.pendingText !== undefined) {
      this.writtenOwner = relativeName(this.pendingText.slice(this.pendingStart, this.pendingEnd), this.pendingOrigin);
      this.pendingText = undefined;
    }
    return this.writtenOwner;
  }

  private set lastOwner(owner: string | undefined) {
    this.writtenOwner = owner;
    this.pendingText = undefined;
  }

  /** Reads a file (or, from `resume`, the rest of the document). */
  parseFile(text: string, context: FileContext, resume?: Checkpoint): void {
    const file = context.file;
    const scanner = new Scanner(text, {
      comment: (commentText, range) => this.zone.comments.push(withFile<Comment>({ text: commentText, range }, file)),
      problem: (problem: ScanProblem) => this.problem(problem.message, problem.range, file),
    });
    if (resume) scanner.resumeAt(resume.offset, resume.line);
    const checkpoints = context.depth === 0 ? this.checkpoints : undefined;
    const codes = this.simpleLines ? (context.codes?.length === text.length ? context.codes : asciiCodes(text)) : undefined;
    for (let entries = 0; ; entries++) {
      if (checkpoints !== undefined) {
        if (this.rejoin !== undefined && scanner.offset >= this.rejoin.after && this.rejoined(scanner, context)) return;
        if (entries % parseTuning.checkpointEvery === 0) checkpoints.push(this.checkpoint(scanner, context));
      }
      if (codes !== undefined && this.simpleRecord(scanner, text, codes, context)) continue;
      if (!scanner.nextEntry()) break;
      if (scanner.entryBroken) continue;
      if (scanner.startsAtColumnZero && scanner.fieldCharCode(0) === 0x24 /* $ */) {
        this.directive(scanner, context);
      } else {
        this.record(scanner, context);
      }
    }
  }

  private state(context: FileContext): ParserState {
    return {
      origin: context.origin,
      lastOwner: this.lastOwner,
      lastOwnerKeyChecked: this.lastOwnerKeyChecked,
      defaultTtl: this.defaultTtl,
      lastTtl: this.lastTtl,
      zoneClass: this.zoneClass,
      generatedTotal: this.generatedTotal,
      includedFiles: this.includedFiles,
      includedChars: this.includedChars,
    };
  }

  restore(state: ParserState, context: FileContext): void {
    context.origin = state.origin;
    this.lastOwner = state.lastOwner;
    this.lastOwnerKeyChecked = state.lastOwnerKeyChecked;
    this.defaultTtl = state.defaultTtl;
    this.lastTtl = state.lastTtl;
    this.zoneClass = state.zoneClass;
    this.generatedTotal = state.generatedTotal;
    this.includedFiles = state.includedFiles;
    this.includedChars = state.includedChars;
  }

  private checkpoint(scanner: Scanner, context: FileContext): Checkpoint {
    const zone = this.zone;
    return {
      offset: scanner.offset,
      line: scanner.lineNumber,
      records: zone.records.length,
      directives: zone.directives.length,
      comments: zone.comments.length,
      problems: zone.problems.length,
      state: this.state(context),
    };
  }

  /**
   * Past the edit, at the start of an entry: when the previous parse had a checkpoint at the same
   * place with the same state, everything it read from there on is what this parse would read. Its
   * results and checkpoints are taken over, and true is returned.
   */
  private rejoined(scanner: Scanner, context: FileContext): boolean {
    const rejoin = this.rejoin!;
    const oldOffset = scanner.offset - rejoin.delta;
    const old = rejoin.old.checkpoints;
    while (rejoin.next < old.length && old[rejoin.next].offset < oldOffset) rejoin.next++;
    const at = old[rejoin.next];
    if (at === undefined || at.offset !== oldOffset || at.line !== scanner.lineNumber || !sameState(at.state, this.state(context))) return false;
    const zone = this.zone;
    const from = rejoin.oldZone;
    for (let i = at.records; i < from.records.length; i++) zone.records.push(from.records[i]);
    for (let i = at.directives; i < from.directives.length; i++) zone.directives.push(from.directives[i]);
    for (let i = at.comments; i < from.comments.length; i++) zone.comments.push(from.comments[i]);
    for (let i = at.problems; i < from.problems.length; i++) zone.problems.push(from.problems[i]);
    // What the previous parse had made by each later checkpoint, counted in this parse.
    const records = zone.records.length - from.records.length;
    const directives = zone.directives.length - from.directives.length;
    const comments = zone.comments.length - from.comments.length;
    const problems = zone.problems.length - from.problems.length;
    const shift = (checkpoint: Checkpoint): Checkpoint => ({
      offset: checkpoint.offset + rejoin.delta,
      line: checkpoint.line,
      records: checkpoint.records + records,
      directives: checkpoint.directives + directives,
      comments: checkpoint.comments + comments,
      problems: checkpoint.problems + problems,
      state: checkpoint.state,
    });
    for (let i = rejoin.next; i < old.length; i++) this.checkpoints!.push(shift(old[i]));
    this.rejoin = undefined;
    return true;
  }

  private problem(message: string, range: Range, file: string | undefined, severity: Problem['severity'] = 'error'): void {
    this.zone.problems.push(withFile<Problem>({ code: 'syntax', severity, message: shortenQuoted(message), range }, file));
  }

  private record(scanner: Scanner, context: FileContext): void {
    const file = context.file;
    let index = 0;
    let owner: string;
    if (scanner.startsAtColumnZero) {
      // Names usually own several records in a row, each written out: the same text gives the same name, parsed once.
      if (context.origin === this.lastWrittenOrigin && scanner.fieldIs(0, this.lastWrittenOwner)) {
        owner = this.lastWrittenOwnerName;
      } else {
        const ownerText = scanner.fieldText(0);
        const result = parseName(ownerText, context.origin);
        if ('error' in result) {
          this.problem(`bad owner name: ${result.error}`, scanner.fieldRange(0), file);
          return;
        }
        owner = result.name;
        this.lastWrittenOwner = ownerText;
        this.lastWrittenOrigin = context.origin;
        this.lastWrittenOwnerName = owner;
      }
      this.lastOwner = owner;
      index = 1;
    } else if (this.lastOwner === undefined) {
      this.problem('no owner name: the first record must start with its name in the first column', scanner.fieldRange(0), file);
      return;
    } else {
      owner = this.lastOwner;
    }

    let ttl = -1;
    let rrclass: string | undefined;
    for (let k = 0; k < 2 && index < scanner.count; k++) {
      // Most records say IN, and most fields here are the type: those are told apart in place, without a copy.
      if (rrclass === undefined && scanner.fieldIs(index, 'IN')) {
        rrclass = 'IN';
        index++;
        continue;
      }
      if (!mayBeClassOrTtl(scanner.fieldCharCode(index))) break;
      const field = scanner.fieldText(index);
      const asClass = lookupClass(field);
      if (asClass !== undefined && rrclass === undefined) {
        rrclass = asClass;
        index++;
      } else if (looksLikeTtl(field) && ttl < 0) {
        ttl = parseTtl(field);
        if (ttl < 0) {
          this.problem(badTtlMessage(field, ttl), scanner.fieldRange(index), file);
          return;
        }
        index++;
      } else {
        break;
      }
    }
    if (index >= scanner.count) {
      this.problem('record has no type (expected a type such as A, MX or TXT after the owner, TTL and class)', scanner.entryRange(), file);
      return;
    }
    const typeInfo = commonType(scanner, index) ?? lookupType(scanner.fieldText(index));
    if (typeInfo === undefined || 'error' in typeInfo) {
      this.badType(scanner, index, typeInfo, file);
      return;
    }
    const type = typeInfo.type;
    const place = this.entryPlace.reset(scanner, scanner.startsAtColumnZero ? 0 : -1, index);
    const rdataCount = scanner.count - index - 1;
    if (this.filter !== undefined && !this.filter.keeps(owner, type, scanner.spansLines())) {
      const tokens = this.transientRdata;
      tokens.length = rdataCount;
      for (let j = 0; j < rdataCount; j++) tokens[j] = scanner.transientToken(index + 1 + j);
      if (this.check(context, owner, place, ttl, rrclass, type, tokens, true)) this.filter.skipped(owner, type);
      return;
    }
    // Sized up front: an array grown by push keeps room for 17 elements, and a zone keeps one per record.
    const rdataTokens: Token[] = new Array<Token>(rdataCount);
    for (let j = 0; j < rdataCount; j++) rdataTokens[j] = { text: scanner.fieldText(index + 1 + j), range: scanner.fieldRange(index + 1 + j) };
    if (this.check(context, owner, place, ttl, rrclass, type, rdataTokens)) this.emitRecord(context, owner, place, type, rdataTokens);
  }

  /**
   * Reads the line at the scanner's offset when it is a simple one (see `SimpleLine`) that the full
   * reading would take without a problem, with the same effect; false leaves the line to `record`.
   * Most lines of a large zone take this way: no token, range or owner name is made for them.
   */
  private simpleRecord(scanner: Scanner, text: string, codes: Uint8Array, context: FileContext): boolean {
    const line = this.simpleLine;
    if (!line.read(text, codes, scanner.offset)) return false;
    const ttl = line.ttl >= 0 ? line.ttl : this.defaultTtl >= 0 ? this.defaultTtl : this.lastTtl;
    if (ttl < 0 || this.zoneClass !== 'IN') return false;
    const origin = context.origin;
    if (origin !== this.simpleOrigin) {
      this.simpleOrigin = origin;
      this.simpleOriginWire = nameWireLength(origin);
      this.simpleLabelMax =
        this.originKey === '.' || isSubdomain(origin, this.zone.origin) ? Math.min(MAX_LABEL, MAX_NAME_WIRE - 1 - this.simpleOriginWire) : 0;
    }
    const start = line.start;
    if (line.ownerEnd - start > this.simpleLabelMax) return false;
    const filter = this.filter!;
    const type = line.type;
    const labelled = this.labelledOwner;
    labelled.text = text;
    labelled.start = start;
    labelled.end = line.ownerEnd;
    labelled.origin = origin;
    labelled.code = line.ownerCode;
    if (type === 'TXT' && filter.slimRecords) {
      this.emitSimple(scanner.lineNumber, ttl, context, text, origin);
      this.setPendingOwner(text, start, line.ownerEnd, origin);
    } else if (type === 'MX' || type === 'CNAME') {
      // An MX target is read now (most repeat, and the rules read every one); a CNAME target only checked.
      if (
        type === 'MX' ? !this.simpleTargets.read(text, codes, line.nameStart, line.nameEnd, origin, line.nameHash) : !this.plainNameFits(line, text)
      )
        return false;
      if (filter.slimRecords) {
        // Such a filter keeps every MX and CNAME: the record makes its owner's name only if a rule asks.
        this.emitSimple(scanner.lineNumber, ttl, context, text, origin);
        this.setPendingOwner(text, start, line.ownerEnd, origin);
      } else {
        const owner = relativeName(text.slice(start, line.ownerEnd), origin);
        if (filter.keeps(owner, type, false)) return false;
        filter.skipped(owner, type);
        this.lastOwner = owner;
        this.lastOwnerKeyChecked = owner;
      }
    } else {
      if (!filter.skippedLabelled!(labelled, type)) return false;
      this.setPendingOwner(text, start, line.ownerEnd, origin);
    }
    if (line.ttl >= 0) this.lastTtl = line.ttl;
    scanner.resumeAt(line.next, scanner.lineNumber + 1);
    return true;
  }

  /**
   * True when the simple line's target, a name of plain labels, is within the limits `parseName`
   * checks (63-byte labels, 255-byte names) under the origin simple lines are read under.
   */
  private plainNameFits(line: SimpleLine, text: string): boolean {
    const length = line.nameEnd - line.nameStart;
    const absolute = text.charCodeAt(line.nameEnd - 1) === CH_DOT;
    return line.nameLongestLabel <= MAX_LABEL && length + 1 + (absolute ? 0 : this.simpleOriginWire) <= MAX_NAME_WIRE;
  }

  /** Emits the MX, CNAME or TXT record of the simple line just read, as a slim record. */
  private emitSimple(lineNumber: number, ttl: number, context: FileContext, text: string, origin: string): void {
    const line = this.simpleLine;
    const start = line.start;
    const end = line.end - start;
    const targetStart = line.nameStart - start;
    const record =
      line.type === 'TXT'
        ? new SlimTxt(text, start, line.ownerEnd, origin, ttl, lineNumber, targetStart, end)
        : line.type === 'MX'
          ? new SlimMx(
              text,
              start,
              line.ownerEnd,
              origin,
              ttl,
              lineNumber,
              targetStart,
              end,
              line.preference,
              this.simpleTargets.name,
              this.simpleTargets.written,
            )
          : new SlimCname(text, start, line.ownerEnd, origin, ttl, lineNumber, targetStart, end);
    if (context.file !== undefined) record.file = context.file;
    this.emit(record, this.labelledOwner);
  }

  /** The owner of a simple line, inherited by the next line if it starts with a blank, is made into a name only then. */
  private setPendingOwner(text: string, start: number, end: number, origin: string): void {
    this.pendingText = text;
    this.pendingStart = start;
    this.pendingEnd = end;
    this.pendingOrigin = origin;
    // Inside the zone, as `check` would have found: the next owner is checked again, whatever it is.
    this.lastOwnerKeyChecked = undefined;
  }

  private badType(scanner: Scanner, index: number, typeInfo: { error: string } | undefined, file: string | undefined): void {
    const typeField = scanner.fieldText(index);
    const message =
      typeInfo !== undefined
        ? typeInfo.error
        : looksLikeTtl(typeField)
          ? badTtlMessage(typeField, parseTtl(typeField))
          : `unknown record type "${typeField}"`;
    this.problem(message, scanner.fieldRange(index), file);
  }

  /**
   * Checks a record's rdata and settles its TTL and class (into `checkedRdata`, `checkedTtl` and
   * `checkedClass`); false after a problem that drops the record. Shared by plain records and `$GENERATE`.
   * `notBuilt`: the record will not be built, so address and text rdata need only be checked.
   */
  private check(
    context: FileContext,
    owner: string,
    place: RecordPlace,
    explicitTtl: number,
    explicitClass: string | undefined,
    type: string,
    rdataTokens: Token[],
    notBuilt = false,
  ): boolean {
    const file = context.file;
    const parsed = parseRdata(type, rdataTokens, context.origin, place, notBuilt);
    if ('error' in parsed) {
      this.problem(parsed.error, parsed.range, file);
      // A fix is offered only for the linted document's own text.
      if (parsed.fixes !== undefined && file === undefined) this.zone.problems[this.zone.problems.length - 1].fixes = parsed.fixes;
      return false;
    }
    const rdata = parsed.rdata;
    let ttl: number;
    if (explicitTtl >= 0) {
      ttl = explicitTtl;
      this.lastTtl = explicitTtl;
    } else if (this.defaultTtl >= 0) {
      ttl = this.defaultTtl;
    } else if (this.lastTtl >= 0) {
      ttl = this.lastTtl;
    } else if (rdata.type === 'SOA') {
      // BIND's rule: with no $TTL and no TTL yet, the SOA's minimum becomes the default.
      ttl = rdata.minimum;
      this.defaultTtl = ttl;
      this.problem(`no TTL given and no $TTL before it: the SOA minimum (${ttl}) is used as the default TTL`, place.typeRange(), file, 'warning');
    } else {
      this.problem(
        'no TTL given and no $TTL before it: BIND rejects the zone (add "$TTL 3600" at the top)',
        place.ownerRange() ?? place.typeRange(),
        file,
      );
      ttl = 0;
    }
    const rrclass = explicitClass ?? this.zoneClass ?? 'IN';
    if (this.zoneClass === undefined) {
      this.zoneClass = rrclass;
    } else if (rrclass !== this.zoneClass) {
      this.problem(`class ${rrclass} differs from the zone's class ${this.zoneClass}`, place.entryRange(), file);
      return false;
    }
    if (owner !== this.lastOwnerKeyChecked) {
      this.lastOwnerKeyChecked = owner;
      if (!isSubdomain(owner, this.zone.origin) && this.originKey !== '.') {
        this.problem(
          `${owner} is outside the zone ${this.zone.origin}: BIND ignores this record`,
          place.ownerRange() ?? place.entryRange(),
          file,
          'warning',
        );
      }
    }
    this.checkedRdata = rdata;
    this.checkedTtl = ttl;
    this.checkedClass = rrclass;
    return true;
  }

  /** Builds the record that `check` passed and hands it on. */
  private emitRecord(context: FileContext, owner: string, place: RecordPlace, type: string, rdataTokens: Token[]): void {
    const typeRange = place.typeRange();
    const range = place.entryRange();
    const ownerRange = place.ownerRange();
    const ttl = this.checkedTtl;
    const rrclass = this.checkedClass;
    const rdata = this.checkedRdata;
    // The owner's range in the literal (after `range`, where it was always added) keeps it in the object, not in a separate property store.
    const record: ZoneRecord = ownerRange
      ? { owner, ttl, rrclass, type, typeRange, rdata, rdataTokens, range, ownerRange }
      : { owner, ttl, rrclass, type, typeRange, rdata, rdataTokens, range };
    if (context.file !== undefined) record.file = context.file;
    this.emit(record);
  }

  private directive(scanner: Scanner, context: FileContext): void {
    const file = context.file;
    const nameField = scanner.fieldText(0);
    const name = nameField.toUpperCase();
    const args: Token[] = [];
    for (let j = 1; j < scanner.count; j++) args.push({ text: scanner.fieldText(j), range: scanner.fieldRange(j) });
    // A directive starts in column 0, so its range starts where its first field does.
    const range = scanner.entryRange();
    if (name !== '$ORIGIN' && name !== '$TTL' && name !== '$INCLUDE' && name !== '$GENERATE') {
      this.problem(`unknown directive "${nameField}" (expected $ORIGIN, $TTL, $INCLUDE or $GENERATE)`, scanner.fieldRange(0), file);
      return;
    }
    this.zone.directives.push(withFile<Directive>({ name, args, range }, file));
    const directiveRange = scanner.fieldRange(0);
    switch (name) {
      case '$ORIGIN': {
        if (!this.expectArgs(name, args, 1, 1, directiveRange, file)) return;
        const origin = parseName(args[0].text, context.origin);
        if ('error' in origin) this.problem(`bad $ORIGIN: ${origin.error}`, args[0].range, file);
        else context.origin = origin.name;
        return;
      }
      case '$TTL': {
        if (!this.expectArgs(name, args, 1, 1, directiveRange, file)) return;
        const ttl = parseTtl(args[0].text);
        if (ttl < 0) this.problem(badTtlMessage(args[0].text, ttl), args[0].range, file);
        else this.defaultTtl = ttl;
        return;
      }
      case '$INCLUDE':
        if (this.expectArgs(name, args, 1, 2, directiveRange, file)) this.includeFile(args, context);
        return;
      default:
        this.generate(args, range, directiveRange, context);
    }
  }

  private expectArgs(name: string, args: Token[], min: number, max: number, directiveRange: Range, file: string | undefined): boolean {
    if (args.length < min) {
      this.problem(`${name} needs ${min === max ? min : `${min} to ${max}`} argument${max > 1 ? 's' : ''}`, directiveRange, file);
      return false;
    }
    if (args.length > max) {
      this.problem(`extra text "${args[max].text}" after ${name}`, args[max].range, file);
      return false;
    }
    return true;
  }

  private includeFile(args: Token[], context: FileContext): void {
    const file = context.file;
    const pathToken = args[0];
    const path = unquote(pathToken.text);
    let origin = context.origin;
    if (args.length > 1) {
      const result = parseName(args[1].text, context.origin);
      if ('error' in result) {
        this.problem(`bad $INCLUDE origin: ${result.error}`, args[1].range, file);
        return;
      }
      origin = result.name;
    }
    if (!this.include) {
      this.problem(`$INCLUDE "${path}" was not followed: including files is not available here`, pathToken.range, file, 'warning');
      return;
    }
    if (context.depth + 1 > MAX_INCLUDE_DEPTH) {
      this.problem(`$INCLUDE "${path}" nests deeper than ${MAX_INCLUDE_DEPTH} files`, pathToken.range, file);
      return;
    }
    if (this.includedFiles >= MAX_INCLUDED_FILES) {
      this.problem(`$INCLUDE "${path}" was not read: this zone already includes ${MAX_INCLUDED_FILES} files`, pathToken.range, file);
      return;
    }
    const result = this.include(path, context.path);
    if ('error' in result) {
      this.problem(`$INCLUDE "${path}": ${result.error}`, pathToken.range, file);
      return;
    }
    this.includedFiles++;
    this.includedChars += result.text.length;
    if (this.includedChars > MAX_INCLUDED_CHARS) {
      this.problem(
        `$INCLUDE "${path}" was not read: the included files would hold more than ${MAX_INCLUDED_CHARS} characters`,
        pathToken.range,
        file,
      );
      return;
    }
    if (context.chain.includes(result.fileName)) {
      this.problem(`$INCLUDE "${path}" includes itself (cycle: ${[...context.chain, result.fileName].join(' -> ')})`, pathToken.range, file);
      return;
    }
    // The included file starts with the includer's owner, and (as in BIND) the includer goes on with it afterwards.
    const ownerBefore = this.lastOwner;
    this.parseFile(result.text, {
      origin,
      file: result.fileName,
      path: result.fileName,
      depth: context.depth + 1,
      chain: [...context.chain, result.fileName],
    });
    this.lastOwner = ownerBefore;
  }

  private generate(args: Token[], range: Range, directiveRange: Range, context: FileContext): void {
    const file = context.file;
    if (args.length < 4) {
      this.problem('$GENERATE needs a range, a owner template, a type and an rdata template', directiveRange, file);
      return;
    }
    const iteration = parseGenerateRange(args[0].text);
    if ('error' in iteration) {
      this.problem(iteration.error, args[0].range, file);
      return;
    }
    const count = Math.floor((iteration.stop - iteration.start) / iteration.step) + 1;
    if (this.generatedTotal + count > MAX_GENERATED_TOTAL) {
      this.problem(
        `$GENERATE range "${args[0].text}" would bring the records made by $GENERATE to ${this.generatedTotal + count}; at most ${MAX_GENERATED_TOTAL} are allowed per zone`,
        args[0].range,
        file,
      );
      return;
    }
    this.generatedTotal += count;
    const lhsToken = args[1];
    let index = 2;
    let ttl = -1;
    let rrclass: string | undefined;
    for (let k = 0; k < 2 && index < args.length; k++) {
      const field = args[index].text;
      const asClass = lookupClass(field);
      if (asClass !== undefined && rrclass === undefined) {
        rrclass = asClass;
      } else if (looksLikeTtl(field) && ttl < 0) {
        ttl = parseTtl(field);
        if (ttl < 0) {
          this.problem(badTtlMessage(field, ttl), args[index].range, file);
          return;
        }
      } else {
        break;
      }
      index++;
    }
    const typeToken = args[index];
    const rhsToken = args[index + 1];
    if (typeToken === undefined || rhsToken === undefined) {
      this.problem('$GENERATE needs a type and an rdata template after the owner template', directiveRange, file);
      return;
    }
    if (args.length > index + 2) {
      this.problem(
        `extra text "${args[index + 2].text}" after the $GENERATE rdata template (quote it if it holds spaces)`,
        args[index + 2].range,
        file,
      );
      return;
    }
    const typeInfo = lookupType(typeToken.text);
    if (typeInfo === undefined || 'error' in typeInfo) {
      this.problem(typeInfo ? typeInfo.error : `unknown record type "${typeToken.text}"`, typeToken.range, file);
      return;
    }
    const lhs = compileTemplate(lhsToken.text);
    if ('error' in lhs) {
      this.problem(lhs.error, lhsToken.range, file);
      return;
    }
    const rhs = compileTemplate(unquote(rhsToken.text));
    if ('error' in rhs) {
      this.problem(rhs.error, rhsToken.range, file);
      return;
    }
    const place: RecordPlace = { ownerRange: () => lhsToken.range, typeRange: () => typeToken.range, entryRange: () => range };
    for (let i = iteration.start; i <= iteration.stop; i += iteration.step) {
      const ownerText = expandTemplate(lhs, i);
      const rdataText = expandTemplate(rhs, i);
      if (typeof ownerText !== 'string' || typeof rdataText !== 'string') {
        const error = typeof ownerText !== 'string' ? ownerText : (rdataText as { error: string });
        this.problem(error.error, typeof ownerText !== 'string' ? lhsToken.range : rhsToken.range, file);
        return;
      }
      const owner = parseName(ownerText, context.origin);
      if ('error' in owner) {
        this.problem(`$GENERATE owner "${ownerText}": ${owner.error}`, lhsToken.range, file);
        return;
      }
      const tokens = splitFields(rdataText).map((text) => ({ text, range: rhsToken.range }));
      const before = this.zone.problems.length;
      if (this.check(context, owner.name, place, ttl, rrclass, typeInfo.type, tokens))
        this.emitRecord(context, owner.name, place, typeInfo.type, tokens);
      // One bad rdata stands for them all: stop rather than repeat the same error per iteration.
      if (this.zone.problems.length > before && this.zone.problems[this.zone.problems.length - 1].severity === 'error') return;
    }
  }
}

/** A class starts with I, C or H, a TTL with a digit: no other field can be either. */
function mayBeClassOrTtl(c: number): boolean {
  const lower = c | 0x20;
  return (c >= 0x30 && c <= 0x39) || lower === 0x69 || lower === 0x63 || lower === 0x68;
}

/** The types most zones are made of, by length, matched in place against the type field (as written in upper case). */
const COMMON_TYPES: { type: string; number: number }[][] = [];
for (const type of ['A', 'AAAA', 'MX', 'TXT', 'CNAME', 'NS', 'SOA', 'SRV', 'PTR', 'CAA']) {
  (COMMON_TYPES[type.length] ??= []).push(lookupType(type) as { type: string; number: number });
}

function commonType(scanner: Scanner, index: number): { type: string; number: number } | undefined {
  const candidates = COMMON_TYPES[scanner.fieldLength(index)];
  if (candidates !== undefined) for (const known of candidates) if (scanner.fieldIs(index, known.type)) return known;
  return undefined;
}

/** Where the parts of a record stand, worked out only when a problem or a built record needs them. */
interface RecordPlace {
  /** Undefined when the owner was not written (inherited from the record before). */
  ownerRange(): Range | undefined;
  typeRange(): Range;
  entryRange(): Range;
}

/** The place of the record in the scanner's current entry: one object, reset record by record. */
class EntryPlace implements RecordPlace {
  private scanner: Scanner | undefined;
  private ownerField = -1;
  private typeField = 0;

  reset(scanner: Scanner, ownerField: number, typeField: number): this {
    this.scanner = scanner;
    this.ownerField = ownerField;
    this.typeField = typeField;
    return this;
  }

  ownerRange(): Range | undefined {
    return this.ownerField < 0 ? undefined : this.scanner!.fieldRange(this.ownerField);
  }

  typeRange(): Range {
    return this.scanner!.fieldRange(this.typeField);
  }

  entryRange(): Range {
    return this.scanner!.entryRange();
  }
}

const NO_TOKENS: Token[] = [];

/** A range on one line. */
function lineRange(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

/**
 * A record of a simple line, as a filter's slim records go: one object that is both the record and its
 * rdata, which keeps the offsets of its parts in the text and makes the owner name and the ranges only
 * when read (a rule reads them to report on the record). Kept by the hundred thousand, records then
 * take far less memory, and the garbage collector copies far less.
 */
abstract class SlimRecord {
  file?: string;
  private ownerName: string | undefined = undefined;

  constructor(
    private readonly text: string,
    /** Where the line starts and its owner label ends. */
    private readonly lineStart: number,
    private readonly ownerEnd: number,
    protected readonly origin: string,
    readonly ttl: number,
    protected readonly line: number,
    /** Where the target starts and the record ends, counted from the line's start. */
    protected readonly targetStart: number,
    private readonly end: number,
  ) {}

  get owner(): string {
    return (this.ownerName ??= relativeName(this.text.slice(this.lineStart, this.ownerEnd), this.origin));
  }

  get rrclass(): string {
    return 'IN';
  }

  get rdataTokens(): Token[] {
    return NO_TOKENS;
  }

  get range(): Range {
    return lineRange(this.line, 0, this.end);
  }

  /** The record's range, as slim records have it. */
  get typeRange(): Range {
    return this.range;
  }

  protected get targetRange(): Range {
    return lineRange(this.line, this.targetStart, this.end);
  }

  protected get targetText(): string {
    return this.text.slice(this.lineStart + this.targetStart, this.lineStart + this.end);
  }
}

/** An MX record of a simple line; its target was read with the line (most targets repeat). */
class SlimMx extends SlimRecord implements ZoneRecord {
  constructor(
    text: string,
    lineStart: number,
    ownerEnd: number,
    origin: string,
    ttl: number,
    line: number,
    targetStart: number,
    end: number,
    readonly preference: number,
    readonly exchange: string,
    readonly exchangeWritten: string,
  ) {
    super(text, lineStart, ownerEnd, origin, ttl, line, targetStart, end);
  }

  get type(): 'MX' {
    return 'MX';
  }

  get rdata(): Rdata {
    return this;
  }

  get exchangeRange(): Range {
    return this.targetRange;
  }
}

/** A CNAME record of a simple line; its target is made when read: a rule reads it only to report on the alias. */
class SlimCname extends SlimRecord implements ZoneRecord {
  get type(): 'CNAME' {
    return 'CNAME';
  }

  get rdata(): Rdata {
    return this;
  }

  get targetWritten(): string {
    return this.targetText;
  }

  get target(): string {
    const written = this.targetWritten;
    return written.endsWith('.') ? written : relativeName(written, this.origin);
  }

  /** Public here: a CNAME's rdata has it. */
  override get targetRange(): Range {
    return super.targetRange;
  }
}

/**
 * A TXT record of a simple line: its strings are quoted, without escapes, on the line. Its strings and
 * their tokens are made when read (the mail rules read them once, through `txtText`).
 */
class SlimTxt extends SlimRecord implements ZoneRecord {
  get type(): 'TXT' {
    return 'TXT';
  }

  get rdata(): Rdata {
    return this;
  }

  get strings(): string[] {
    const strings: string[] = [];
    this.eachString((written, open, close) => strings.push(written.slice(open + 1, close)));
    return strings;
  }

  override get rdataTokens(): Token[] {
    const tokens: Token[] = [];
    this.eachString((written, open, close) => {
      const column = this.targetStart + open;
      tokens.push({ text: written.slice(open, close + 1), range: lineRange(this.line, column, column + close + 1 - open) });
    });
    return tokens;
  }

  /** Calls `visit` with the rdata as written and where each string's quotes stand in it (no escapes on a simple line: a string runs to the next quote). */
  private eachString(visit: (written: string, open: number, close: number) => void): void {
    const written = this.targetText;
    for (let open = written.indexOf('"'); open >= 0;) {
      const close = written.indexOf('"', open + 1);
      visit(written, open, close);
      open = written.indexOf('"', close + 1);
    }
  }
}

/** The absolute name of a relative name (plain labels, no trailing dot) that parses without a problem under `origin`. */
function relativeName(label: string, origin: string): string {
  return origin === '.' ? label + '.' : label + '.' + origin;
}

function badTtlMessage(field: string, value: number): string {
  return value === -2
    ? `TTL "${field}" is above the maximum of 4294967295 seconds`
    : `bad TTL "${field}": expected seconds or numbers with units w, d, h, m, s (e.g. 3600 or 1h30m)`;
}

/** Cuts quoted input longer than 100 characters in a message (a 1 MB name would otherwise become a 1 MB message); the range still shows all of it. */
function shortenQuoted(message: string): string {
  return message.length <= 200
    ? message
    : message.replace(/"([^"]{100,})"/g, (_, quoted: string) => `"${quoted.slice(0, 60)}…" (${quoted.length} characters)`);
}

function unquote(text: string): string {
  return text.length >= 2 && text.startsWith('"') && text.endsWith('"') ? text.slice(1, -1) : text;
}

function withFile<T extends { file?: string }>(value: T, file: string | undefined): T {
  if (file !== undefined) value.file = file;
  return value;
}
