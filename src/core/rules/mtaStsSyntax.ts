import type { Finding } from '../types';
import type { ParsedZone } from '../zone/model';
import { hostName } from '../dns/names';
import { isMtaStsOwner, mailZone, txtWhere } from '../mail/mailZone';
import { looksLikeMtaSts, parseMtaStsPolicy, parseMtaStsRecord } from '../mail/mtaSts';
import { recordFinding, textFinding } from './mailReport';
import { ruleMeta, type LintOptions } from './rule';

export const meta = ruleMeta('mta-sts-syntax', {
  description:
    'An _mta-sts TXT record that is not v=STSv1; id=<1-32 letters and digits> (RFC 8461 §3.1), or a policy file that does not parse (§3.2).',
  defaultSeverity: 'error',
  messages: {
    record: 'MTA-STS at {{owner}}: {{problem}}. Senders then take the domain to have no MTA-STS policy (RFC 8461 §3.1).',
    multiple: '{{owner}} has {{count}} MTA-STS records: senders then take the domain to have no policy (RFC 8461 §3.1). Keep one.',
    policy: 'MTA-STS policy {{source}}, line {{line}}: {{problem}} (RFC 8461 §3.2).',
  },
  fixable: false,
});

export function check(zone: ParsedZone, options: LintOptions): Finding[] {
  const findings: Finding[] = [];
  for (const { texts } of txtWhere(mailZone(zone), isMtaStsOwner)) {
    const owner = hostName(texts[0].record.owner);
    const records = texts.filter((txt) => looksLikeMtaSts(txt.text));
    if (records.length > 1) findings.push(recordFinding(meta, 'multiple', { owner, count: records.length }, records[1].record));
    for (const txt of texts) {
      for (const problem of parseMtaStsRecord(txt.text).problems) {
        findings.push(textFinding(meta, 'record', { owner, problem: problem.message }, txt, problem.start, problem.end));
      }
    }
  }
  const policy = options.mail?.mtaStsPolicy;
  const anchor = policyAnchor(zone);
  if (policy !== undefined && 'text' in policy && anchor !== undefined) {
    for (const problem of parseMtaStsPolicy(policy.text).problems) {
      findings.push(recordFinding(meta, 'policy', { source: policy.source, line: problem.line, problem: problem.message }, anchor.record));
    }
  }
  return findings;
}

/** The apex's `_mta-sts` record, where findings about the policy it announces are shown. */
export function policyAnchor(zone: ParsedZone) {
  const mail = mailZone(zone);
  return mail.txtByOwner.get(`_mta-sts.${mail.origin === '.' ? '' : mail.origin}`)?.find((txt) => looksLikeMtaSts(txt.text));
}
