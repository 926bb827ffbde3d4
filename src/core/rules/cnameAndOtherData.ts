import type { Finding } from '../types';
import type { ParsedZone } from '../zone/model';
import { hostName } from '../dns/names';
import { report, ruleMeta, type LintOptions } from './rule';
import { typeCode, typeName } from './ownerTable';
import { indexZone } from './zoneIndex';

export const meta = ruleMeta('cname-and-other-data', {
  description: 'A CNAME beside MX or other data at one name.',
  defaultSeverity: 'error',
  messages: {
    otherData:
      '{{owner}} has a CNAME and also {{types}} data: a CNAME must be the only data at its name (RFC 1034 §3.6.2, RFC 2181 §10.1). Resolvers follow the alias and never see the {{types}} records; BIND refuses to load the zone.',
  },
  fixable: false,
});

/** DNSSEC records that RFC 4035 §2.5 allows beside a CNAME. */
const ALLOWED_BESIDE_CNAME = new Set(['CNAME', 'RRSIG', 'NSEC']);
const TYPE_CNAME = typeCode('CNAME');

export function check(zone: ParsedZone, _options: LintOptions): Finding[] {
  const index = indexZone(zone);
  const findings: Finding[] = [];
  index.cnames.forEach((cname, entry) => {
    if (!index.owners.hasOtherType(entry, TYPE_CNAME)) return;
    const others = index.owners
      .typesOf(entry)
      .map(typeName)
      .filter((type) => !ALLOWED_BESIDE_CNAME.has(type));
    if (others.length === 0) return;
    findings.push(report(meta, 'otherData', { owner: hostName(cname.owner), types: others.join(', ') }, cname.range, { file: cname.file }));
  });
  return findings;
}
