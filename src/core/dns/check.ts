import type { Finding, Range, Severity } from '../types';
import { runRules, type LintOptions } from '../rules';
import type { ParsedZone } from '../zone/model';
import { liveRules, type LiveRuleId } from './liveRules';
import { lookupPublishedMail, MAX_TARGETS, type PublishedMail, type PublishedRecord } from './lookup';
import { lookupMailRecords, type PublishedMailRecords } from './mailLookup';
import { fetchMtaStsPolicy, type PolicyFetchOptions } from './mtaStsFetch';
import { hostName } from './names';
import { publishedZone } from './publishedZone';
import { createResolver, type Resolver } from './resolver';
import type { DnsServer } from './servers';

export interface DomainCheckOptions extends LintOptions {
  servers: DnsServer[];
  timeoutMs: number;
  signal?: AbortSignal;
  /** DKIM selectors to look up (`--dkim-selector`). */
  dkimSelectors?: readonly string[];
  /** Where the MTA-STS policy is fetched from: a test's port and CA; by default 443 and the system's CAs. */
  policyFetch?: Pick<PolicyFetchOptions, 'port' | 'ca'>;
}

export interface DomainCheck extends PublishedMail {
  /** The published records as zone-file text, and the model the rules read. */
  zone: ParsedZone;
  zoneText: string;
  findings: Finding[];
  /** The mail authentication records found, by kind. */
  mailRecords: PublishedMailRecords['summary'];
}

/**
 * Looks up `domain` (as normalizeDomain returns it) and runs the zone rules on what is published, plus
 * the findings only a live lookup can make. Rejects with LookupFailedError when the MX question fails.
 */
export async function checkDomain(domain: string, options: DomainCheckOptions): Promise<DomainCheck> {
  const resolver: Resolver = createResolver(options);
  const published = await lookupPublishedMail(domain, resolver);
  // A domain that does not exist publishes nothing more: no further question is asked.
  const mailRecords: PublishedMailRecords = published.exists
    ? await lookupMailRecords(domain, resolver, {
        dkimSelectors: options.dkimSelectors ?? [],
        fetchPolicy: (name) => fetchMtaStsPolicy(name, { resolver, timeoutMs: options.timeoutMs, ...options.policyFetch }),
      })
    : { records: [], mail: { live: { txt: {}, voidLookups: [] } }, summary: {} };
  // With no MX the domain's TXT and DMARC records were looked up already.
  const known = new Set(published.records.map(recordKey));
  const records = published.records.concat(mailRecords.records.filter((r) => !known.has(recordKey(r))));
  const { zone, text } = publishedZone(domain, records);
  // A live check reports a target without addresses as mx-target-unresolved, for every target and not
  // only the in-zone ones, so the zone rule that covers the in-zone case would only repeat it.
  const zoneFindings = runRules(zone, { ...options, mail: mailRecords.mail, rules: { ...options.rules, 'mx-target-no-address': 'off' } });
  const live = liveFindings(published, zone, options, zoneFindings);
  return { ...published, records, zone, zoneText: text, findings: zoneFindings.concat(live), mailRecords: mailRecords.summary };
}

function recordKey(record: PublishedRecord): string {
  return `${record.owner.toLowerCase()} ${JSON.stringify(record.data)}`;
}

const START: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

function liveFindings(published: PublishedMail, zone: ParsedZone, options: LintOptions, zoneFindings: readonly Finding[]): Finding[] {
  const findings: Finding[] = [];
  const add = (
    ruleId: LiveRuleId,
    message: string,
    range: Range = zone.records[0]?.range ?? START,
    severity: Severity = liveRules[ruleId].severity,
  ) => {
    const configured = options.rules?.[ruleId];
    if (configured === 'off') return;
    findings.push({ ruleId, severity: configured ?? severity, message, range });
  };
  const domain = published.domain;
  const mxLine = (exchange: string) =>
    zone.records.find((r) => r.rdata.type === 'MX' && r.rdata.exchange.toLowerCase() === exchange.toLowerCase())?.range;

  if (!published.exists) {
    add('domain-nxdomain', `${domain} does not exist (NXDOMAIN from ${published.server}): senders bounce mail to it at once.`);
  }
  for (const item of published.truncated) {
    add(
      'answer-truncated',
      `The ${item.type} answer for ${hostName(item.name)} did not fit in one UDP datagram and was read again over TCP; a resolver or firewall that blocks DNS over TCP sees an incomplete answer.`,
    );
  }
  if (published.implicitMx) {
    const { addresses, failures } = published.implicitMx;
    if (failures.length > 0 && addresses.length === 0) {
      add('lookup-failed', `${domain} has no MX, and looking up its own address failed (${failures.join('; ')}).`);
    } else if (addresses.length === 0 && !zoneFindings.some((f) => f.ruleId === 'no-mx')) {
      // no-mx already says this when the domain looks like a mail domain; otherwise it is ours to say.
      add('mx-target-unresolved', `${domain} has no MX and no A or AAAA record: mail to it cannot be delivered.`);
    }
  }
  const anyResolved = published.targets.some((t) => t.status === 'resolved');
  for (const target of published.targets) {
    const host = hostName(target.exchange);
    const range = mxLine(target.exchange);
    if (target.status === 'unresolved') {
      const why = target.nxdomain ? 'the name does not exist' : 'the name has no A or AAAA record';
      if (anyResolved) add('mx-target-unresolved', `MX target ${host} has no address (${why}): senders skip it.`, range, 'warning');
      else
        add(
          'mx-target-unresolved',
          `MX target ${host} has no address (${why}), and no other MX target has one: mail to ${domain} cannot be delivered.`,
          range,
        );
    }
    if (target.failures.length > 0) {
      add(
        'lookup-failed',
        `Looking up MX target ${host} failed (${target.failures.join('; ')}). Senders that meet the same failure keep the mail queued and retry.`,
        range,
      );
    }
  }
  if (published.skippedTargets > 0) {
    add(
      'too-many-mx-targets',
      `${domain} lists ${published.targets.length + published.skippedTargets} MX targets; only the first ${MAX_TARGETS} were looked up. Senders try only a few (Postfix: 5 addresses by default).`,
    );
  }
  return findings;
}
