/**
 * named-checkzone (BIND 9.18) as the oracle of the rdata tests: one run over a zone of many records
 * reports every bad line with its number, so that hundreds of cases cost one process. The flags turn
 * off the checks about context (names of hosts, MX and SRV targets, integrity, SPF, wildcards) so that
 * a refusal is about the record's own text.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const FLAGS = [
  '-i',
  'none',
  '-k',
  'ignore',
  '-n',
  'ignore',
  '-m',
  'ignore',
  '-M',
  'ignore',
  '-S',
  'ignore',
  '-r',
  'ignore',
  '-T',
  'ignore',
  '-W',
  'ignore',
];

function found(): boolean {
  const result = spawnSync('named-checkzone', ['-v'], { encoding: 'utf8' });
  return result.status === 0;
}

/** Why the oracle tests are skipped (named-checkzone missing), or false; never skipped under CI=true, where they must run. */
export const bindSkip: string | false =
  process.env.CI === 'true' || found() ? false : 'named-checkzone is not installed (apt-get install bind9-utils): it is the oracle of this test';

export interface BindVerdict {
  /** Error messages by 1-based line number. */
  lineErrors: Map<number, string[]>;
  /** The zone as `named-checkzone -D` prints it, when BIND loaded it. */
  dump?: string;
}

const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'mxg-rdata-oracle-'));

/** Runs named-checkzone on `text` as zone `origin`. */
export function runBind(text: string, origin: string): BindVerdict {
  const file = path.join(stage, 'zone.db');
  const out = path.join(stage, 'dump.db');
  fs.writeFileSync(file, text);
  fs.rmSync(out, { force: true });
  const result = spawnSync('named-checkzone', [...FLAGS, '-D', '-o', out, origin, file], { encoding: 'latin1', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw new Error(`cannot run named-checkzone, the oracle of this test (apt-get install bind9-utils): ${result.error.message}`);
  const lineErrors = new Map<number, string[]>();
  for (const line of (result.stdout + result.stderr).split('\n')) {
    const match = /zone\.db:(\d+): (.*)$/.exec(line);
    if (!match) continue;
    const n = Number(match[1]);
    lineErrors.set(n, [...(lineErrors.get(n) ?? []), match[2]]);
  }
  return { lineErrors, dump: result.status === 0 && fs.existsSync(out) ? fs.readFileSync(out, 'latin1') : undefined };
}

/** Dump lines by owner (lower case), each reduced to `TYPE rdata` with single spaces. */
export function dumpByOwner(dump: string): Map<string, string[]> {
  const owners = new Map<string, string[]>();
  for (const line of dump.split('\n')) {
    const match = /^(\S+)\s+\d+\s+IN\s+(\S+)\s+(.*)$/.exec(line);
    if (!match) continue;
    const owner = match[1].toLowerCase();
    owners.set(owner, [...(owners.get(owner) ?? []), `${match[2]} ${match[3].replace(/\s+/g, ' ').trim()}`]);
  }
  return owners;
}
