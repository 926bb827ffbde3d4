/**
 * Deterministic zone generators for the benchmarks: a realistic hand-written-looking zone, and a large
 * flat zone in the mix of issue 8 (A, AAAA, MX, TXT, CNAME). Same seed, same bytes, on every machine.
 */
import { seededRandom } from '../../src/core/delivery/random';

const WORDS = [
  'mail',
  'www',
  'api',
  'shop',
  'cdn',
  'vpn',
  'git',
  'intranet',
  'db',
  'cache',
  'smtp',
  'imap',
  'static',
  'img',
  'auth',
  'dev',
  'staging',
  'portal',
  'docs',
  'status',
];

/** About `lines` lines of a zone an administrator might keep: SOA in parentheses, comments, MX sets, SPF and DKIM, SRV, $ORIGIN blocks. */
export function realisticZone(lines = 5000, seed = 42): string {
  const random = seededRandom(seed);
  const pick = (list: string[]): string => list[Math.floor(random() * list.length)];
  const octet = (): number => 1 + Math.floor(random() * 254);
  const hex = (n: number): string => Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join('');
  const out = [
    '; example.com: generated benchmark zone',
    '$TTL 1h',
    '$ORIGIN example.com.',
    '@\tIN\tSOA\tns1.example.com. hostmaster.example.com. (',
    '\t\t2024060101 ; serial',
    '\t\t3h         ; refresh',
    '\t\t15m        ; retry',
    '\t\t2W         ; expire',
    '\t\t1h )       ; minimum',
    '\tIN\tNS\tns1',
    '\tIN\tNS\tns2.example.net.',
    '\tIN\tMX\t10 mx1.filter.example.org.',
    '\tIN\tMX\t20 mx2.filter.example.org.',
    '\tIN\tTXT\t"v=spf1 include:_spf.filter.example.org -all"',
    'ns1\tIN\tA\t192.0.2.53',
    '',
  ];
  let host = 0;
  while (out.length < lines) {
    const kind = random();
    const name = `${pick(WORDS)}${host++}`;
    if (kind < 0.02) {
      out.push('', `$ORIGIN dept${host}.example.com.`, `@\t300\tIN\tMX\t10 mail`, `mail\tIN\tA\t198.51.100.${octet()}`, '$ORIGIN example.com.', '');
    } else if (kind < 0.3) {
      out.push(`${name}\tIN\tA\t203.0.113.${octet()}`);
    } else if (kind < 0.45) {
      out.push(`${name}\t300\tIN\tAAAA\t2001:db8:${hex(4)}::${hex(3)}`);
    } else if (kind < 0.6) {
      out.push(`${name}\tIN\tCNAME\t${pick(WORDS)}.cdn.example.net.`);
    } else if (kind < 0.7) {
      out.push(`${name}\tIN\tMX\t10 mx1.filter.example.org.`, `\tIN\tMX\t20 mx2.filter.example.org.`);
    } else if (kind < 0.8) {
      out.push(`${name}\tIN\tTXT\t"v=spf1 ip4:192.0.2.${octet()} ~all" ; sender policy`);
    } else if (kind < 0.85) {
      out.push(`s${host}._domainkey\tIN\tTXT\t( "v=DKIM1; k=rsa; p=${hex(120)}"`, `\t\t"${hex(100)}" )`);
    } else if (kind < 0.9) {
      out.push(`_sip._tcp.${name}\tIN\tSRV\t10 60 5060 sip.example.com.`);
    } else if (kind < 0.95) {
      out.push(`; ${name}: managed by the platform team`);
    } else {
      out.push(`${name}\t1h30m\tIN\tA\t192.0.2.${octet()}`);
    }
  }
  return out.slice(0, lines).join('\n') + '\n';
}

/** `records` records in issue 8's mix (A, AAAA, MX, TXT, CNAME) under one SOA and NS, one a line. */
export function largeZone(records = 1_000_000, seed = 7): string {
  const random = seededRandom(seed);
  const parts = ['$TTL 3600\n$ORIGIN bench.example.\n@ IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n@ IN NS ns1\nns1 IN A 192.0.2.1\n'];
  let chunk = '';
  for (let i = 0; i < records; i++) {
    const r = random();
    const name = `h${i}`;
    if (r < 0.4) chunk += `${name} IN A 10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}\n`;
    else if (r < 0.6) chunk += `${name} IN AAAA 2001:db8::${(i & 0xffff).toString(16)}\n`;
    else if (r < 0.75) chunk += `${name} IN MX ${10 * (1 + (i % 3))} mx${i % 7}.filter.example.org.\n`;
    else if (r < 0.9) chunk += `${name} IN TXT "v=spf1 ip4:10.0.${i & 255}.0/24 -all"\n`;
    else chunk += `${name} IN CNAME h${Math.floor(random() * records)}\n`;
    if (chunk.length > 1 << 20) {
      parts.push(chunk);
      chunk = '';
    }
  }
  parts.push(chunk);
  return parts.join('');
}
