import type { Finding } from '../types';
import type { ParsedZone } from '../zone/model';
import { nameKey } from '../zone/names';
import { hostName } from '../dns/names';
import { removeRecordFix } from './fixes';
import { report, ruleMeta, type LintOptions } from './rule';
import { indexZone, type MxRecord } from './zoneIndex';

export const meta = ruleMeta('duplicate-mx', {
  description: 'The same MX record (owner, preference and target) written twice.',
  defaultSeverity: 'warning',
  messages: {
    duplicate:
      'Duplicate MX: {{owner}} MX {{preference}} {{target}} is already written at {{where}}. DNS keeps one copy, so this line only misleads the reader.',
  },
  fixable: true,
});

function where(record: MxRecord): string {
  const line = `line ${record.range.start.line + 1}`;
  return record.file === undefined ? line : `${line} of ${record.file}`;
}

export function check(zone: ParsedZone, _options: LintOptions): Finding[] {
  const findings: Finding[] = [];
  // An owner with one MX has no duplicate.
  for (const records of indexZone(zone).mxByOwner.values(2)) {
    const first = new Map<string, MxRecord>();
    for (const record of records) {
      const key = `${record.rdata.preference} ${nameKey(record.rdata.exchange)} ${record.rrclass.toUpperCase()}`;
      const original = first.get(key);
      if (!original) {
        first.set(key, record);
        continue;
      }
      const target = hostName(record.rdata.exchange);
      const fix = removeRecordFix(zone, record, `Remove the duplicate MX ${record.rdata.preference} ${target}`);
      findings.push(
        report(
          meta,
          'duplicate',
          { owner: hostName(record.owner), preference: record.rdata.preference, target, where: where(original) },
          record.range,
          {
            fixes: fix ? [fix] : undefined,
            file: record.file,
          },
        ),
      );
    }
  }
  return findings;
}
