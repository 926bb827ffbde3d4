/**
 * Shared pieces of the hardening property tests: how many cases to run, the seed, the invariants every
 * result must keep (ranges inside the document), and the texts mutations start from: the project's own
 * fixtures always, the shared corpus when it is there. Linear time is measured by `npm run bench`
 * (test/bench/linear.mjs), not here: no test asserts a wall-clock figure.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { TestContext } from 'node:test';
import fc from 'fast-check';
import type { Range } from '../../../src/core/types';
import { corpusDir, corpusSkip, fixturesDir, repoRoot } from '../../paths';

/** Cases per property: a CI-sized default, `MXG_FUZZ_RUNS=100000` for the nightly run. */
export const fuzzRuns = positiveInt(process.env.MXG_FUZZ_RUNS, 2000);
/** A fixed seed reproduces a run (`MXG_FUZZ_SEED=…`); by default each run explores new cases. */
export const fuzzSeed = positiveInt(process.env.MXG_FUZZ_SEED, Date.now() % 2 ** 31);

function positiveInt(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`expected a whole number, got "${value}"`);
  return n;
}

/** Runs a property with the shared case count and seed, and prints both so that a failure can be replayed. */
export function checkProperty<T>(t: TestContext, name: string, arbitrary: fc.Arbitrary<T>, predicate: (value: T) => void, runs = fuzzRuns): void {
  t.diagnostic(`${name}: ${runs} cases, seed ${fuzzSeed} (replay with MXG_FUZZ_SEED=${fuzzSeed} MXG_FUZZ_RUNS=${runs})`);
  fc.assert(fc.property(arbitrary, predicate), { numRuns: runs, seed: fuzzSeed, includeErrorInReport: true });
}

/** The same for an async predicate. */
export async function checkAsyncProperty<T>(
  t: TestContext,
  name: string,
  arbitrary: fc.Arbitrary<T>,
  predicate: (value: T) => Promise<void>,
  runs = fuzzRuns,
): Promise<void> {
  t.diagnostic(`${name}: ${runs} cases, seed ${fuzzSeed} (replay with MXG_FUZZ_SEED=${fuzzSeed} MXG_FUZZ_RUNS=${runs})`);
  await fc.assert(fc.asyncProperty(arbitrary, predicate), { numRuns: runs, seed: fuzzSeed, includeErrorInReport: true });
}

/** The length of every line as VS Code splits a document: at CRLF, LF and a lone CR. */
export function lineLengths(text: string): number[] {
  const lengths: number[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) {
      lengths.push(i - start);
      if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
      start = i + 1;
    }
  }
  lengths.push(text.length - start);
  return lengths;
}

/** Throws unless `range` is well-formed (start ≤ end) and lies inside a document of these line lengths. */
export function assertRangeInside(range: Range, lengths: number[], what: string): void {
  const { start, end } = range;
  const ok =
    [start.line, start.character, end.line, end.character].every((n) => Number.isInteger(n) && n >= 0) &&
    end.line < lengths.length &&
    start.character <= lengths[start.line] &&
    end.character <= lengths[end.line] &&
    (start.line < end.line || (start.line === end.line && start.character <= end.character));
  if (!ok) throw new Error(`${what}: range ${JSON.stringify(range)} is outside the document (${lengths.length} lines)`);
}

export interface SeedFile {
  name: string;
  bytes: Buffer;
}

/** Every file below `folder` of `root` (recursively), as raw bytes, named by its path inside `root`. */
function filesBelow(root: string, folder: string): SeedFile[] {
  const found: SeedFile[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else found.push({ name: path.relative(root, full), bytes: fs.readFileSync(full) });
    }
  };
  walk(path.join(root, folder));
  return found.sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** Every file of one corpus folder: call it only inside a test guarded by `corpusSkip`. */
export const corpusFiles = (folder: string): SeedFile[] => filesBelow(corpusDir, folder);

/** Every file of one folder of the project's own fixtures (test/fixtures). */
export const fixtureFiles = (folder: string): SeedFile[] => filesBelow(fixturesDir, folder);

/** The sample workspace's files whose name ends with one of `endings` (examples/: zones, a mail log, a bounce). */
export const exampleFiles = (...endings: string[]): SeedFile[] =>
  filesBelow(repoRoot, 'examples').filter((file) => endings.some((ending) => file.name.endsWith(ending)));

/**
 * A set of files that mutations start from: the project's own in every clone, the corpus's (real files,
 * many more) when it is there, skipped with `skip` as the reason otherwise. `minimum` catches a folder
 * that went missing.
 */
interface SeedSet {
  name: string;
  skip: string | false;
  minimum: number;
}

export const zoneSeedSets: Array<SeedSet & { zones: () => SeedFile[] }> = [
  {
    name: 'fixture',
    skip: false,
    minimum: 25,
    zones: () => [
      ...fixtureFiles('zones'),
      ...fixtureFiles('rules').filter((file) => file.name.endsWith('.zone')),
      ...exampleFiles('.zone', 'db.example.com'),
    ],
  },
  { name: 'corpus', skip: corpusSkip, minimum: 30, zones: () => corpusFiles('zones') },
];

export const smtpSeedSets: Array<SeedSet & { logs: () => SeedFile[]; bounces: () => SeedFile[] }> = [
  {
    name: 'fixture',
    skip: false,
    minimum: 10,
    logs: () => [...fixtureFiles('smtp/logs'), ...exampleFiles('.log')],
    bounces: () => [...fixtureFiles('smtp/bounces'), ...exampleFiles('.eml')],
  },
  { name: 'corpus', skip: corpusSkip, minimum: 100, logs: () => corpusFiles('logs'), bounces: () => corpusFiles('bounces') },
];

/** Bytes that make a text parser take another path: delimiters, escapes, line ends, NUL, invalid UTF-8. */
const interestingBytes = [0x00, 0x09, 0x0a, 0x0d, 0x20, 0x22, 0x24, 0x28, 0x29, 0x2e, 0x3b, 0x40, 0x5c, 0x7f, 0x80, 0xc3, 0xff];
/** Fragments that start the parser's less common branches. */
const interestingFragments = [
  '(',
  ')',
  '"',
  '\\',
  '\\0',
  '\\255',
  '\\999',
  '\r',
  '\r\n',
  ';',
  '$INCLUDE',
  '$ORIGIN .',
  '$TTL 1W2D3h',
  '$GENERATE 1-3 host$ A 10.0.0.$',
  '${0,3,n}',
  ' MX 65536 .',
  ' TYPE65534 \\# 2 0a0b',
  '\ufeff',
  '\u2028',
  '\ud800',
  'x'.repeat(64),
];

type Mutation =
  | { kind: 'flip'; at: number; value: number }
  | { kind: 'insert'; at: number; bytes: number[] }
  | { kind: 'fragment'; at: number; fragment: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number; to: number };

const position = fc.nat({ max: 1_000_000 });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: position, value: fc.oneof(fc.constantFrom(...interestingBytes), fc.nat({ max: 255 })) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: position,
    bytes: fc.array(fc.oneof(fc.constantFrom(...interestingBytes), fc.nat({ max: 255 })), { minLength: 1, maxLength: 4 }),
  }),
  fc.record({ kind: fc.constant('fragment' as const), at: position, fragment: fc.constantFrom(...interestingFragments) }),
  fc.record({ kind: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: position, length: fc.integer({ min: 1, max: 80 }), to: position }),
);

function applyMutation(bytes: Buffer, m: Mutation): Buffer {
  const at = bytes.length === 0 ? 0 : m.at % (bytes.length + 1);
  switch (m.kind) {
    case 'flip': {
      if (bytes.length === 0) return bytes;
      const copy = Buffer.from(bytes);
      copy[at % bytes.length] = m.value;
      return copy;
    }
    case 'insert':
      return Buffer.concat([bytes.subarray(0, at), Buffer.from(m.bytes), bytes.subarray(at)]);
    case 'fragment':
      return Buffer.concat([bytes.subarray(0, at), Buffer.from(m.fragment, 'utf8'), bytes.subarray(at)]);
    case 'delete':
      return Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + m.length)]);
    case 'duplicate': {
      const piece = bytes.subarray(at, at + m.length);
      const to = m.to % (bytes.length + 1);
      return Buffer.concat([bytes.subarray(0, to), piece, bytes.subarray(to)]);
    }
  }
}

/** A seed file with 1 to 8 byte-level mutations, decoded as the editor would (invalid UTF-8 becomes U+FFFD). */
export function mutatedText(files: readonly SeedFile[]): fc.Arbitrary<{ name: string; text: string }> {
  return fc
    .record({ file: fc.constantFrom(...files), mutations: fc.array(mutation, { minLength: 1, maxLength: 8 }), latin1: fc.boolean() })
    .map(({ file, mutations, latin1 }) => {
      const bytes = mutations.reduce(applyMutation, file.bytes);
      // latin1 keeps every byte as one character (NUL, C1 controls), utf8 brings U+FFFD and astral characters.
      return { name: file.name, text: bytes.toString(latin1 ? 'latin1' : 'utf8') };
    });
}
