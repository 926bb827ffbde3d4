import type { Finding, Fix } from '../types';
import type { TxtText } from '../mail/txtText';
import type { ParsedZone } from '../zone/model';
import { hostName } from '../dns/names';
import { mailZone } from '../mail/mailZone';
import { MAX_STRING_BYTES } from '../mail/spfText';
import { insertFix } from './fixes';
import { replaceTextFix, textFinding } from './mailReport';
import { ruleMeta, type LintOptions } from './rule';

export const meta = ruleMeta('spf-permissive-all', {
  description:
    'An SPF record that ends in +all (anyone may send), or with no all or redirect (neutral for everyone else); ?all is reported as information.',
  defaultSeverity: 'warning',
  messages: {
    passAll:
      'SPF at {{owner}} ends in "{{term}}": every server on the Internet passes SPF for this domain, so SPF protects nothing. Use ~all (soft fail) or -all (fail).',
    neutralAll:
      'SPF at {{owner}} ends in "?all": servers not listed get a neutral result, which receivers treat as no SPF at all. Use ~all or -all once the list of senders is complete.',
    noAll:
      'SPF at {{owner}} has neither an "all" nor a "redirect=" at its end, so servers not listed get a neutral result (RFC 7208 §4.7). End it with ~all or -all.',
  },
  fixable: true,
});

export function check(zone: ParsedZone, _options: LintOptions): Finding[] {
  const findings: Finding[] = [];
  for (const { txt, spf } of mailZone(zone).spfByOwner.all()) {
    const all = spf.terms.find((t) => t.kind === 'mechanism' && t.name === 'all' && t.error === undefined);
    // The owner's name is made only for a finding (most records end well).
    if (all?.qualifier === '+') {
      const fix = replaceTextFix(txt, all.start, all.end, '~all', `Replace "${all.text}" with "~all"`);
      findings.push(textFinding(meta, 'passAll', { owner: hostName(txt.record.owner), term: all.text }, txt, all.start, all.end, { fixes: [fix] }));
    } else if (all?.qualifier === '?') {
      findings.push(textFinding(meta, 'neutralAll', { owner: hostName(txt.record.owner) }, txt, all.start, all.end, { severity: 'information' }));
    } else if (all === undefined && !spf.terms.some((t) => t.kind === 'modifier' && t.name === 'redirect')) {
      findings.push(textFinding(meta, 'noAll', { owner: hostName(txt.record.owner) }, txt, 0, txt.text.length, { fixes: [addSoftFailFix(txt)] }));
    }
  }
  return findings;
}

/** Appends " ~all" inside the last string when it has room, else as a string of its own. */
function addSoftFailFix(txt: TxtText): Fix | undefined {
  const last = txt.strings[txt.strings.length - 1];
  const token = last?.token;
  if (token === undefined) return undefined;
  const title = 'End the record with "~all"';
  const lastBytes = Buffer.byteLength(txt.text.slice(last.start, last.end), 'utf8');
  if (lastBytes + 5 <= MAX_STRING_BYTES) {
    const fix = replaceTextFix(txt, last.end, last.end, ' ~all', title);
    if (fix) return fix;
  }
  return insertFix(title, token.range.end, ' " ~all"');
}
