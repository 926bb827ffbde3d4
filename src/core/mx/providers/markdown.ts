import { catalogue } from './catalogue';
import { isVerified } from './lookup';
import { kindText, type ProviderEntry } from './types';

function sourceLines(entry: ProviderEntry): string[] {
  if (entry.sources === 'seed') return ['  - the seed FAQ (2007), the filtering service this project was started for'];
  return entry.sources.map((source) => {
    const names = source.names.length > 0 ? source.names.map((n) => `\`${n}\``).join(', ') : 'no MX host';
    const says = source.says ? ` — ${source.says}` : '';
    return `  - <${source.url}> (${source.publisher === 'provider' ? 'the provider' : 'third party'}): ${names}${says}`;
  });
}

function status(entry: ProviderEntry): string {
  if (entry.sources === 'seed') return 'seed';
  if (entry.mx.length === 0) return 'no hosts named';
  return isVerified(entry) ? 'verified' : 'unverified (third-party source)';
}

/** docs/providers.md: the catalogue as a table, then each entry's sources with the hosts they name. */
export function providersMarkdown(): string {
  const lines = [
    '# Mail providers and filtering services',
    '',
    '<!-- Generated from src/core/mx/providers/catalogue.ts by `npm run gen:providers`; a test checks that this file is up to date. -->',
    '',
    '`backup-mx`, `split-provider-mx`, the MX hover and the live check decide who runs an MX host in this order:',
    'a host in `mxGuard.trustedMxHosts` belongs to the primary’s own pipeline; else a host matching a provider below',
    'is run by that provider, whichever of its domains it uses; else the operator is the host’s registrable domain',
    '(Public Suffix List). A pattern `*.domain` matches every name below that domain.',
    '',
    'Status: **verified** when every pattern is named on the provider’s own pages; **unverified (third-party source)**',
    'when some host is named only on other pages (a blog, a reseller, a public DNS configuration); **no hosts named**',
    'when the provider’s own page names no MX host (each customer is shown its own records): the entry keeps its id for',
    'other features, and its hosts are not recognised. Providers for which no page at all was found are left out.',
    'Hosts a reseller sells on another provider’s servers belong to that provider (GoDaddy’s Microsoft 365 mailboxes',
    'run on Microsoft’s hosts).',
    '',
    '| Id | Name | Kind | MX host patterns | Status |',
    '|---|---|---|---|---|',
  ];
  for (const entry of catalogue) {
    const patterns = entry.mx.length > 0 ? entry.mx.map((p) => `\`${p}\``).join(', ') : '—';
    lines.push(`| \`${entry.id}\` | ${entry.name} | ${kindText[entry.kind]} | ${patterns} | ${status(entry)} |`);
  }
  lines.push('', '## Sources', '', 'Each source with the MX hosts it names, as it writes them.', '');
  for (const entry of catalogue) lines.push(`- **${entry.name}** (\`${entry.id}\`)`, ...sourceLines(entry));
  return lines.join('\n') + '\n';
}
