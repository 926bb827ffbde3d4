/**
 * Which origin to parse a zone file with, when the user has not said: the file's name as BIND
 * operators write it (`db.example.com`, `example.com.zone`, `example.com.db`), else the zone's own
 * SOA owner when it is written absolute (or under an absolute `$ORIGIN`).
 */
import { normalizeOrigin } from './names';

/** How far into the text to look for the SOA: it is at the top of every real zone. */
const SOA_SCAN_LIMIT = 64 * 1024;

const DOMAIN_PATTERN = /^(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9]$/i;

/**
 * The origin, absolute with a trailing dot: `explicitOrigin` (the CLI's `--origin`) when given, else from
 * the file name, else from the SOA; undefined when none of them says.
 */
export function guessOrigin(fileName: string | undefined, text: string | undefined, explicitOrigin?: string): string | undefined {
  if (explicitOrigin !== undefined && explicitOrigin.trim() !== '') return normalizeOrigin(explicitOrigin);
  return (fileName === undefined ? undefined : originFromFileName(fileName)) ?? (text === undefined ? undefined : originFromSoa(text));
}

/** `db.example.com`, `example.com.zone`, `example.com.db`, `example.com.dns` → `example.com.` */
export function originFromFileName(fileName: string): string | undefined {
  const base = fileName.replace(/^.*[\\/]/, '');
  let candidate: string | undefined;
  if (/^db\./i.test(base)) candidate = base.slice(3);
  else {
    const match = /^(.+)\.(?:zone|db|dns)$/i.exec(base);
    if (match) candidate = match[1];
  }
  if (candidate === undefined || !DOMAIN_PATTERN.test(candidate)) return undefined;
  return normalizeOrigin(candidate);
}

/** The SOA owner, when the file says it absolutely: `example.com. IN SOA …`, or `@ SOA` under `$ORIGIN example.com.`. */
export function originFromSoa(text: string): string | undefined {
  let currentOrigin: string | undefined;
  for (const rawLine of text.slice(0, SOA_SCAN_LIMIT).split(/\r\n|\r|\n/)) {
    const line = rawLine.replace(/;.*$/, '');
    const fields = line
      .trim()
      .split(/[\s()]+/)
      .filter(Boolean);
    if (fields.length === 0) continue;
    if (/^\$ORIGIN$/i.test(fields[0])) {
      currentOrigin = fields[1]?.endsWith('.') ? fields[1] : undefined;
      continue;
    }
    const soaAt = fields.slice(0, 5).findIndex((field) => field.toUpperCase() === 'SOA');
    if (soaAt < 0) continue;
    const ownerWritten = /^[ \t]/.test(line) ? undefined : fields[0];
    if (ownerWritten !== undefined && ownerWritten.endsWith('.') && ownerWritten !== '.') return normalizeOrigin(ownerWritten);
    if ((ownerWritten === undefined || ownerWritten === '@') && currentOrigin !== undefined) return normalizeOrigin(currentOrigin);
    return undefined;
  }
  return undefined;
}
