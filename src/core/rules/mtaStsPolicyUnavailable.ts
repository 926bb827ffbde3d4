import type { Finding } from '../types';
import type { ParsedZone } from '../zone/model';
import { recordFinding } from './mailReport';
import { policyAnchor } from './mtaStsSyntax';
import { ruleMeta, type LintOptions } from './rule';

export const meta = ruleMeta('mta-sts-policy-unavailable', {
  description: 'The zone announces MTA-STS, but its policy could not be had (fetched by check-domain, or looked for in the workspace).',
  defaultSeverity: 'warning',
  messages: {
    unavailable:
      'The MTA-STS record announces a policy, but {{source}} could not be had: {{error}}. Senders that cannot fetch it treat the domain as having no policy, so TLS is not enforced (RFC 8461 §3.3).',
  },
  fixable: false,
});

/** The policy's fate is given by the caller (check-domain's fetch); the rule only reports it. */
export function check(zone: ParsedZone, options: LintOptions): Finding[] {
  const policy = options.mail?.mtaStsPolicy;
  const anchor = policyAnchor(zone);
  if (policy === undefined || !('error' in policy) || anchor === undefined) return [];
  return [recordFinding(meta, 'unavailable', { source: policy.source, error: policy.error }, anchor.record)];
}
