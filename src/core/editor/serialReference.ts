/**
 * The SOA serial in an editor, for both faces (the extension and the language server): what the serial is
 * compared with, the `soa-serial-not-bumped` baseline, the bump added on save (`mxGuard.soa.bumpOnSave`) and
 * the "Bump SOA serial" action on the SOA record.
 */
import type { SerialBaseline } from '../rules/rule';
import { bumpSerialEdit, bumpTitle, documentSoa, serialGreater } from '../soa/serial';
import { gitShow, includedDiffer, revisionSerial } from '../soa/gitBaseline';
import type { TextEdit } from '../types';
import type { ParsedZone } from '../zone/model';

/** "Bump SOA serial": the command an editor runs with the document's URI (the active editor's when none is given). */
export const BUMP_SERIAL_COMMAND = 'mxGuard.soa.bumpSerial';

/** What the document's serial is compared with: git's `HEAD` copy of the file, else the text as opened or last saved. */
export interface SerialReference {
  revision: string;
  text: string;
  /**
   * Read once per reference, not on every keystroke (a large zone's parse, a git process per included
   * file): the reference's serial by origin, and git's HEAD copies of the included files.
   */
  serials: Map<string, number | undefined>;
  includedCopies: Map<string, string | undefined>;
}

/**
 * The reference of a document just opened or saved (a commit may have moved `HEAD` since). Git is asked
 * only for a file on disk and when `readGit` (a trusted workspace).
 */
export function serialReference(fileName: string | undefined, text: string, readGit: boolean): SerialReference {
  const head = readGit && fileName !== undefined ? gitShow(fileName, 'HEAD') : undefined;
  const memo = { serials: new Map<string, number | undefined>(), includedCopies: new Map<string, string | undefined>() };
  return head === undefined ? { revision: 'the opened file', text, ...memo } : { revision: 'HEAD', text: head, ...memo };
}

/** The baseline of the document's current text against its reference; `included` files are compared with HEAD only. */
export function serialBaseline(reference: SerialReference, text: string, origin: string, included: readonly string[]): SerialBaseline | undefined {
  const serial = remembered(reference.serials, origin, () => revisionSerial(reference.text, origin));
  if (serial === undefined) return undefined;
  const changed =
    reference.text !== text ||
    (reference.revision === 'HEAD' && includedDiffer(included, (file) => remembered(reference.includedCopies, file, () => gitShow(file, 'HEAD'))));
  return { revision: reference.revision, serial, changed };
}

function remembered<V>(memo: Map<string, V>, key: string, read: () => V): V {
  if (memo.has(key)) return memo.get(key) as V;
  const value = read();
  memo.set(key, value);
  return value;
}

/** The baseline `soa-serial-not-bumped` reads: against git's HEAD only (an opened file is no revision to report). */
export function ruleBaseline(
  reference: SerialReference | undefined,
  text: string,
  origin: string,
  included: readonly string[],
): SerialBaseline | undefined {
  return reference?.revision === 'HEAD' ? serialBaseline(reference, text, origin, included) : undefined;
}

/** The bump a save adds: the zone changed since its reference and its serial is not past the reference's. */
export function bumpOnSaveEdit(zone: ParsedZone, baseline: SerialBaseline | undefined, today: Date): TextEdit | undefined {
  const soa = documentSoa(zone);
  if (!soa || !baseline?.changed || serialGreater(soa.rdata.serial, baseline.serial)) return undefined;
  return bumpSerialEdit(zone, today)?.edit;
}

export interface PlannedBump {
  title: string;
  edit: TextEdit;
  /** On a `soa-serial-not-bumped` diagnostic it is that diagnostic's quick fix; elsewhere on the record, a rewrite. */
  quickFix: boolean;
}

/** "Bump SOA serial" when the lines `first`..`last` touch the document's SOA record. */
export function bumpSerialAction(zone: ParsedZone, first: number, last: number, onDiagnostic: boolean, today: Date): PlannedBump | undefined {
  const soa = documentSoa(zone);
  if (!soa || first > soa.range.end.line || last < soa.range.start.line) return undefined;
  const bump = bumpSerialEdit(zone, today);
  return bump && { title: bumpTitle(bump.bump), edit: bump.edit, quickFix: onDiagnostic };
}
