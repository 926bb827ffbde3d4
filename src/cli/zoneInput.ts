/** Reading a zone file for the CLI: clear messages that name the file, and the origin to parse it with. */
import { isAscii } from 'node:buffer';
import * as fs from 'node:fs';
import * as v8 from 'node:v8';
import { describeFsError } from '../core/zone/fileInclude';
import { guessOrigin } from '../core/zone/origin';

export interface ZoneInput {
  text: string;
  origin: string;
  /** The file's bytes when they are all ASCII: then they are the text's `asciiCodes` too. */
  asciiBytes?: Uint8Array;
}

/**
 * Decodes a file's bytes as `readFileSync(file, 'utf8')` does (a byte-order mark kept, bad bytes as
 * U+FFFD), in some 50 ms for the bench's 32 MB zone against 90 ms (docs/decisions/simple-lines.md).
 */
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** An I/O or input problem with one file: reported on stderr, exit code 2. */
class InputError extends Error {}

/** Reads FILE and settles its origin (`--origin`, else the file name, else the SOA), or throws an InputError. */
function readZoneInput(fileName: string, explicitOrigin: string | undefined): ZoneInput {
  let text: string;
  let bytes: Buffer;
  try {
    const stat = fs.statSync(fileName);
    if (stat.isDirectory()) throw new InputError(`${fileName} is a directory, not a zone file`);
    checkMemoryBudget(fileName, stat.size);
    bytes = fs.readFileSync(fileName);
    text = utf8.decode(bytes);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(describeFsError(error, fileName));
  }
  const origin = guessOrigin(fileName, text, explicitOrigin);
  if (origin === undefined) {
    throw new InputError(
      `${fileName}: cannot tell the zone's origin; pass --origin NAME (or name the file db.NAME or NAME.zone, or write the SOA owner as an absolute name)`,
    );
  }
  return { text, origin, asciiBytes: isAscii(bytes) ? bytes : undefined };
}

/**
 * Heap that linting costs, measured on a 20 MB zone of A records: about 1 KB per record (its ranges,
 * tokens and the rules' index) plus a few bytes per byte of text. Used to refuse a zone too large for
 * this process with a message, instead of letting Node die with "heap out of memory".
 */
const HEAP_BYTES_PER_LINE = 1100;
const HEAP_BYTES_PER_BYTE = 3;
/** Below this size no zone can come near the heap limit, so the lines are not counted. */
const BUDGET_CHECK_FROM_BYTES = 8 * 1024 * 1024;

function checkMemoryBudget(fileName: string, size: number): void {
  if (size < BUDGET_CHECK_FROM_BYTES) return;
  const needed = countLines(fileName) * HEAP_BYTES_PER_LINE + size * HEAP_BYTES_PER_BYTE;
  const heap = v8.getHeapStatistics();
  const available = heap.heap_size_limit - heap.used_heap_size;
  if (needed <= available) return;
  const mb = (bytes: number) => Math.ceil(bytes / (1024 * 1024));
  throw new InputError(
    `${fileName} is ${mb(size)} MB; linting it needs about ${mb(needed)} MB of memory, more than the ${mb(available)} MB this Node.js process may use. ` +
      `Raise the limit with NODE_OPTIONS=--max-old-space-size=${mb(needed + heap.used_heap_size) + 256}, or lint the zone in parts.`,
  );
}

/** Counts line breaks in 1 MB chunks, so that a huge file is never held in memory just to size it. */
function countLines(fileName: string): number {
  const buffer = Buffer.alloc(1024 * 1024);
  const fd = fs.openSync(fileName, 'r');
  let lf = 0;
  let cr = 0;
  try {
    for (let read = fs.readSync(fd, buffer); read > 0; read = fs.readSync(fd, buffer)) {
      // Buffer.indexOf searches natively, far faster than a loop over the bytes.
      const chunk = read === buffer.length ? buffer : buffer.subarray(0, read);
      for (let at = chunk.indexOf(0x0a); at >= 0; at = chunk.indexOf(0x0a, at + 1)) lf++;
      for (let at = chunk.indexOf(0x0d); at >= 0; at = chunk.indexOf(0x0d, at + 1)) cr++;
    }
  } finally {
    fs.closeSync(fd);
  }
  // CRLF counts once; a file of lone CRs has only CRs.
  return Math.max(lf, cr) + 1;
}

/** `readZoneInput`, with a failure written to stderr as `mx-guard COMMAND: message`; undefined then. */
export function readZoneInputOrReport(command: string, fileName: string, explicitOrigin: string | undefined): ZoneInput | undefined {
  try {
    return readZoneInput(fileName, explicitOrigin);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stderr.write(`mx-guard ${command}: ${error.message}\n`);
    return undefined;
  }
}
