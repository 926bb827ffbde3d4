/** Reading a zone file for the CLI: clear messages that name the file, and the origin to parse it with. */
import * as fs from 'node:fs';
import { describeFsError } from '../core/zone/fileInclude';
import { guessOrigin } from '../core/zone/origin';

export interface ZoneInput {
  text: string;
  origin: string;
}

/** An I/O or input problem with one file: reported on stderr, exit code 2. */
export class InputError extends Error {}

/** Reads FILE and settles its origin (`--origin`, else the file name, else the SOA), or throws an InputError. */
export function readZoneInput(fileName: string, explicitOrigin: string | undefined): ZoneInput {
  let text: string;
  try {
    if (fs.statSync(fileName).isDirectory()) throw new InputError(`${fileName} is a directory, not a zone file`);
    text = fs.readFileSync(fileName, 'utf8');
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
  return { text, origin };
}
