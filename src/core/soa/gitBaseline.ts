/**
 * What `soa-serial-not-bumped` compares with: a zone file as a git revision has it. This is the I/O half
 * (it runs git), for the faces to call; the rule itself only reads the `SerialBaseline` it is given.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SerialBaseline } from '../rules/rule';
import type { ParsedZone } from '../zone/model';
import { parseZone } from '../zone/parser';
import { documentSoa } from './serial';

/** The file's text at `revision`, or undefined when git has none (not a repository, or the file is new). */
export function gitShow(fileName: string, revision: string): string | undefined {
  try {
    return execFileSync('git', ['-C', path.dirname(fileName), 'show', `${revision}:./${path.basename(fileName)}`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 512 * 1024 * 1024,
    });
  } catch {
    return undefined;
  }
}

/** The files a parsed zone read through `$INCLUDE`. */
export function includedFiles(zone: ParsedZone): string[] {
  const files = new Set<string>();
  for (const item of [...zone.records, ...zone.directives]) if (item.file !== undefined) files.add(item.file);
  return [...files];
}

/**
 * The baseline of a zone against `revision`: its SOA serial there (`baseText`, the file at that revision),
 * and whether the zone's text or one of the `included` files (read from disk) differs. Undefined when the
 * revision has no such file or no SOA in it.
 */
export function gitBaseline(
  text: string,
  origin: string,
  included: readonly string[],
  revision: string,
  baseText: string | undefined,
): SerialBaseline | undefined {
  if (baseText === undefined) return undefined;
  const serial = revisionSerial(baseText, origin);
  if (serial === undefined) return undefined;
  return { revision, serial, changed: baseText !== text || includedDiffer(included, (file) => gitShow(file, revision)) };
}

/** The SOA serial of a zone's text at a revision, or undefined when it has no SOA. */
export function revisionSerial(baseText: string, origin: string): number | undefined {
  return documentSoa(parseZone(baseText, { origin }))?.rdata.serial;
}

/** True when one of the `included` files on disk differs from its copy at the revision (`copyAtRevision`). */
export function includedDiffer(included: readonly string[], copyAtRevision: (file: string) => string | undefined): boolean {
  return included.some((file) => copyAtRevision(file) !== readOrUndefined(file));
}

function readOrUndefined(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
