import { documentSoa, serialGreater } from '../soa/serial';
import type { Finding } from '../types';
import type { ParsedZone } from '../zone/model';
import { report, ruleMeta, type LintOptions } from './rule';

export const meta = ruleMeta('soa-serial-not-bumped', {
  description: 'The zone differs from a git revision, but its SOA serial was not increased.',
  defaultSeverity: 'information',
  messages: {
    notBumped:
      'The zone differs from {{revision}}, but its SOA serial {{serial}} is not greater than the {{old}} there: secondaries will not transfer the change. Bump the serial.',
  },
  fixable: false,
});

/** Pure: the caller (editor, CLI `--git-base`) reads the revision and passes `serialBaseline`. */
export function check(zone: ParsedZone, options: LintOptions): Finding[] {
  const baseline = options.serialBaseline;
  if (!baseline?.changed) return [];
  const soa = documentSoa(zone);
  if (!soa || serialGreater(soa.rdata.serial, baseline.serial)) return [];
  const range = soa.rdataTokens[2]?.range ?? soa.range;
  return [report(meta, 'notBumped', { revision: baseline.revision, serial: soa.rdata.serial, old: baseline.serial }, range)];
}
