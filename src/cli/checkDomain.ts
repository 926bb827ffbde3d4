import { getServers } from 'node:dns';
import { checkDomain, type DomainCheck } from '../core/dns/check';
import { LookupFailedError } from '../core/dns/lookup';
import { normalizeDomain, hostName } from '../core/dns/names';
import { providerOf } from '../core/mx/providers/lookup';
import { countBySeverity, fallbackRows, roleText } from '../core/dns/report';
import { chooseServers, parseTimeout } from '../core/dns/servers';
import { choice, parseArgs, UsageError } from './args';

/** `mx-guard check-domain [--server IP[:PORT]] [--timeout MS] [--format text|json] [--dkim-selector NAME]... DOMAIN` */
export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['server', 'timeout', 'format', 'dkim-selector']);
  const format = choice(args, 'format', ['text', 'json'] as const, 'text');
  if (args.positionals.length !== 1) throw new UsageError(args.positionals.length === 0 ? 'name the domain to check' : 'check one domain at a time');
  const domain = normalizeDomain(args.positionals[0]);
  if ('error' in domain) throw new UsageError(domain.error);
  const servers = chooseServers({ configured: args.options.get('server'), systemServers: getServers });
  if ('error' in servers) throw new UsageError(servers.error);
  const timeoutMs = parseTimeout(args.options.get('timeout'));
  if (typeof timeoutMs !== 'number') throw new UsageError(timeoutMs.error);

  let check: DomainCheck;
  try {
    check = await checkDomain(domain.domain, { servers, timeoutMs, dkimSelectors: dkimSelectors(args.repeated.get('dkim-selector') ?? []) });
  } catch (error) {
    if (!(error instanceof LookupFailedError)) throw error;
    process.stderr.write(`mx-guard check-domain: ${error.message}\n`);
    return 2;
  }
  process.stdout.write(format === 'json' ? JSON.stringify(asJson(check), null, 2) + '\n' : asText(check));
  return check.findings.some((f) => f.severity === 'error') ? 1 : 0;
}

function asJson(check: DomainCheck) {
  return {
    domain: check.domain,
    mx: check.mx.map((mx) => {
      const provider = providerOf(hostName(mx.exchange).toLowerCase());
      return {
        preference: mx.preference,
        exchange: hostName(mx.exchange),
        addresses: check.targets.find((t) => t.exchange.toLowerCase() === mx.exchange.toLowerCase())?.addresses ?? [],
        ...(provider && { provider: { id: provider.id, name: provider.name, kind: provider.kind } }),
      };
    }),
    findings: check.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, message: f.message })),
    records: check.mailRecords,
  };
}

/** A selector is one or more DNS labels (`s1`, `2024._mail`). */
function dkimSelectors(values: string[]): string[] {
  for (const value of values) {
    if (!/^[A-Za-z0-9_-]{1,63}(\.[A-Za-z0-9_-]{1,63})*$/.test(value)) throw new UsageError(`--dkim-selector "${value}" is not a DNS label`);
  }
  return values;
}

function asText(check: DomainCheck): string {
  const lines = [`${check.domain} (answers from ${check.server})`];
  if (!check.exists) lines.push('  does not exist (NXDOMAIN)');
  else if (check.mx.length === 0) lines.push(`  no MX; implicit MX addresses: ${check.implicitMx?.addresses.join(', ') || 'none'}`);
  for (const row of fallbackRows(check).rows) {
    const addresses = typeof row.addresses === 'string' ? row.addresses : row.addresses.join(', ');
    lines.push(`  tier ${row.tier}  MX ${row.preference} ${row.host}  ${roleText(row.role)} (${row.operator})  ${addresses}`);
  }
  if (check.mx.some((mx) => mx.exchange === '.')) lines.push('  null MX (MX 0 .): the domain accepts no mail');
  lines.push('');
  for (const f of check.findings) lines.push(`${f.severity.padEnd(11)} ${f.ruleId}: ${f.message}`);
  lines.push(countBySeverity(check.findings));
  return lines.join('\n') + '\n';
}
