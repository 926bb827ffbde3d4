import { isIpAddress } from '../mx/address';
import { fallbackPlan, type FallbackPlan } from '../mx/fallback';
import { operatorOf, type Operator } from '../mx/operator';
import type { MxEntry } from '../mx/fallback';
import type { ParsedZone } from '../zone/model';
import { lacksTrailingDot } from './mxMissingTrailingDot';
import { indexZone, type MxRecord } from './zoneIndex';

/** An MX record seen as an entry of its owner's fallback order. */
export interface MxRecordEntry extends MxEntry {
  record: MxRecord;
}

const cache = new WeakMap<ParsedZone, { trust: string; plans: Map<number, FallbackPlan<MxRecordEntry>> }>();

/**
 * The fallback plan (by owner entry) of every name whose MX hosts are run by more than one operator (the only ones
 * where a host can be a bypass), computed once per zone and trust list, shared by the operator rules.
 */
export function fallbackPlans(zone: ParsedZone, trustedMxHosts: readonly string[] = []): Map<number, FallbackPlan<MxRecordEntry>> {
  const trust = trustedMxHosts.join('\n');
  const cached = cache.get(zone);
  if (cached && cached.trust === trust) return cached.plans;
  const plans = new Map<number, FallbackPlan<MxRecordEntry>>();
  const operators = new Map<string, Operator>();
  const operatorFor = (host: string): Operator => {
    let operator = operators.get(host);
    if (operator === undefined) {
      operator = operatorOf(host, trustedMxHosts);
      operators.set(host, operator);
    }
    return operator;
  };
  const index = indexZone(zone);
  // A single MX can neither be a backup nor split with another host.
  for (const [owner, records] of index.mxByOwner.entries(2)) {
    const entries: MxRecordEntry[] = [];
    for (const record of records) {
      // An address written as a target names no operator; mx-ip-literal reports it.
      if (isIpAddress(record.rdata.exchangeWritten)) continue;
      // Without its trailing dot the name is wrong; its operator is that of the host the author meant.
      const exchange = lacksTrailingDot(record, index) ? record.rdata.exchangeWritten + '.' : record.rdata.exchange;
      entries.push({ preference: record.rdata.preference, exchange, record });
    }
    // The common case: every host is run by one operator, so no host can be a bypass.
    const firstKey = entries.length > 0 ? operatorFor(entries[0].exchange).key : '';
    if (entries.every((entry) => operatorFor(entry.exchange).key === firstKey)) continue;
    plans.set(owner, fallbackPlan(entries, trustedMxHosts, operatorFor));
  }
  cache.set(zone, { trust, plans });
  return plans;
}
