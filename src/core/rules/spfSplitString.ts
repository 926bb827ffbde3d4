import type { Finding } from '../types';
import type { ParsedZone } from '../zone/model';
import { hostName } from '../dns/names';
import { mailZone } from '../mail/mailZone';
import { insertFix } from './fixes';
import { textFinding } from './mailReport';
import { ruleMeta, type LintOptions } from './rule';

export const meta = ruleMeta('spf-split-string', {
  description: 'The strings of an SPF TXT record join into a broken term: receivers join them with nothing between.',
  defaultSeverity: 'warning',
  messages: {
    joined:
      'SPF at {{owner}}: the strings of this TXT record are joined with nothing between them (RFC 7208 §3.3), so "{{before}}" and "{{after}}" become "{{joined}}". End the first string with a space, or start the next one with one.',
  },
  fixable: true,
});

export function check(zone: ParsedZone, _options: LintOptions): Finding[] {
  const findings: Finding[] = [];
  for (const { txt, brokenJoins } of mailZone(zone).spfByOwner.all()) {
    for (const [term, { boundary, stringIndex }] of brokenJoins) {
      const data = {
        owner: hostName(txt.record.owner),
        before: term.text.slice(0, boundary - term.start),
        after: term.text.slice(boundary - term.start),
        joined: term.text,
      };
      const token = txt.strings[stringIndex].token;
      // The space goes inside the first string, before its closing quote (or at its end when unquoted).
      const quoted = token?.text.endsWith('"') === true && token.text.length >= 2;
      const at = token && { line: token.range.end.line, character: token.range.end.character - (quoted ? 1 : 0) };
      const fix = at && insertFix('Add a space between the strings', at, ' ');
      findings.push(textFinding(meta, 'joined', data, txt, term.start, term.end, { fixes: [fix] }));
    }
  }
  return findings;
}
