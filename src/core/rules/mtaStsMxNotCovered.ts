import type { Finding } from '../types';
import type { ParsedZone } from '../zone/model';
import { hostName } from '../dns/names';
import { mxPatternMatches, parseMtaStsPolicy } from '../mail/mtaSts';
import { nameKey } from '../zone/names';
import { recordFinding } from './mailReport';
import { policyAnchor } from './mtaStsSyntax';
import { ruleMeta, type LintOptions } from './rule';
import { indexZone, mxRecords } from './zoneIndex';

export const meta = ruleMeta('mta-sts-mx-not-covered', {
  description: "An MX host that the MTA-STS policy's mx: patterns do not match: an error in enforce mode, a warning in testing mode.",
  defaultSeverity: 'error',
  messages: {
    notCovered:
      'MX {{host}} is not matched by any mx: line of the MTA-STS policy ({{source}}: {{patterns}}). In {{mode}} mode senders {{consequence}} (RFC 8461 §4.1). Add "mx: {{host}}" to the policy, or remove this MX.',
  },
  fixable: false,
});

/** Reads the policy the caller found (a workspace file, or the published one); silent without one. */
export function check(zone: ParsedZone, options: LintOptions): Finding[] {
  const given = options.mail?.mtaStsPolicy;
  if (given === undefined || !('text' in given) || policyAnchor(zone) === undefined) return [];
  const policy = parseMtaStsPolicy(given.text);
  if (policy.mode !== 'enforce' && policy.mode !== 'testing') return [];
  const origin = nameKey(zone.origin);
  const findings: Finding[] = [];
  for (const record of mxRecords(indexZone(zone))) {
    const exchange = record.rdata.exchange;
    if (nameKey(record.owner) !== origin || exchange === '.' || policy.mx.some((pattern) => mxPatternMatches(pattern, exchange))) continue;
    const enforce = policy.mode === 'enforce';
    const data = {
      host: hostName(exchange),
      source: given.source,
      patterns: policy.mx.join(', ') || 'none',
      mode: policy.mode,
      consequence: enforce ? 'refuse to deliver to it: mail that falls back to it is deferred, then bounced' : 'deliver to it but report the failure',
    };
    findings.push(recordFinding(meta, 'notCovered', data, record, { severity: enforce ? 'error' : 'warning' }, record.rdata.exchangeRange));
  }
  return findings;
}
