/**
 * Seven deterministic zone shapes for the benchmark and the equality tests (issue: performance on every
 * shape). Each is a zone an operator really keeps, not one tuned to the parser's quick path: one record per
 * owner, a hosting provider's zone, a TLD-like delegation zone, a reverse zone, a mail-heavy zone, a zone of
 * $GENERATE and $ORIGIN blocks, and a DNSSEC-signed zone. Same seed, same bytes, on every machine.
 */
import { seededRandom } from '../../src/core/delivery/random';
import { largeZone } from './zoneGenerator';

export interface ZoneShape {
  /** A short name for the table. */
  name: string;
  origin: string;
  /** The zone text with about `records` records. */
  text: string;
  /**
   * The same records without `$GENERATE`, for a tool that refuses the directive (Debian's kzonecheck 3.2);
   * absent when `text` has none.
   */
  expanded?: string;
}

/** Joins generated lines in chunks, so that a zone of a million lines is built without a million-part concatenation. */
class ZoneWriter {
  private readonly parts: string[] = [];
  private chunk = '';
  count = 0;

  line(text: string): void {
    this.chunk += text + '\n';
    if (this.chunk.length > 1 << 20) {
      this.parts.push(this.chunk);
      this.chunk = '';
    }
  }

  record(text: string): void {
    this.count++;
    this.line(text);
  }

  text(): string {
    return this.parts.join('') + this.chunk;
  }
}

const apex = (origin: string, writer: ZoneWriter): void => {
  writer.line(`$TTL 3600\n$ORIGIN ${origin}.`);
  writer.record('@ IN SOA ns1 hostmaster 2024060101 7200 3600 1209600 300');
  writer.record('@ IN NS ns1');
  writer.record('@ IN NS ns2');
  writer.record('ns1 IN A 192.0.2.1');
  writer.record('ns2 IN AAAA 2001:db8::53');
};

const BASE32HEX = '0123456789abcdefghijklmnopqrstuv';
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** 1. Today's mix: one record per owner (A, AAAA, MX to out-of-zone targets, TXT, CNAME). */
export function mixShape(records: number): ZoneShape {
  return { name: 'mix (one record per owner)', origin: 'bench.example', text: largeZone(records) };
}

/** 2. A hosting provider's zone: five records per host, each owner written, MX to in-zone targets, an alias per host. */
export function hostingShape(records: number, seed = 11): ZoneShape {
  const random = seededRandom(seed);
  const writer = new ZoneWriter();
  apex('hosting.example', writer);
  for (let m = 1; m <= 3; m++) writer.record(`mx${m} IN A 192.0.2.${10 + m}`);
  for (let host = 0; writer.count < records; host++) {
    const name = `site${host}`;
    writer.record(`${name} IN A 198.51.${(host >> 8) & 255}.${host & 255}`);
    writer.record(`${name} 300 IN AAAA 2001:db8:${(host >> 16).toString(16)}:${(host & 0xffff).toString(16)}::1`);
    writer.record(`${name} IN MX 10 mx${1 + Math.floor(random() * 3)}`);
    writer.record(`${name} IN TXT "v=spf1 a mx include:_spf.hosting.example -all"`);
    writer.record(`www.${name} IN CNAME ${name}`);
  }
  return { name: 'hosting (5 records per host)', origin: 'hosting.example', text: writer.text() };
}

/** 3. A delegation-heavy zone like a TLD's: NS pairs, glue under one delegation in seven, a DS in three. */
export function delegationShape(records: number, seed = 13): ZoneShape {
  const random = seededRandom(seed);
  const hex = (n: number): string => Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join('');
  const writer = new ZoneWriter();
  apex('tld', writer);
  for (let d = 0; writer.count < records; d++) {
    const name = `domain${d}`;
    if (d % 7 === 0) {
      writer.record(`${name} IN NS ns1.${name}`);
      writer.record(`${name} IN NS ns2.${name}`);
      writer.record(`ns1.${name} IN A 203.0.${(d >> 8) & 255}.${d & 255}`);
      writer.record(`ns2.${name} IN AAAA 2001:db8:${(d & 0xffff).toString(16)}::2`);
    } else {
      writer.record(`${name} IN NS ns${d % 50}.dns-host.example.`);
      writer.record(`${name} IN NS ns${(d + 1) % 50}.dns-host.example.net.`);
    }
    if (d % 3 === 0) writer.record(`${name} IN DS ${1 + (d % 65000)} 13 2 ${hex(64)}`);
  }
  return { name: 'delegations (TLD-like)', origin: 'tld', text: writer.text() };
}

/** 4. A reverse zone: PTR records under in-addr.arpa. */
export function reverseShape(records: number): ZoneShape {
  const writer = new ZoneWriter();
  apex('10.in-addr.arpa', writer);
  for (let i = 0; writer.count < records; i++) {
    writer.record(`${i & 255}.${(i >> 8) & 255}.${(i >> 16) & 255} IN PTR host-10-${(i >> 16) & 255}-${(i >> 8) & 255}-${i & 255}.example.net.`);
  }
  return { name: 'reverse (PTR)', origin: '10.in-addr.arpa', text: writer.text() };
}

/** 5. A mail-heavy zone: per subdomain an MX set, SPF, DMARC, and a DKIM key in parentheses over two lines. */
export function mailShape(records: number, seed = 17): ZoneShape {
  const random = seededRandom(seed);
  const base64 = (n: number): string => Array.from({ length: n }, () => BASE64[Math.floor(random() * 64)]).join('');
  const writer = new ZoneWriter();
  apex('mail.example', writer);
  for (let s = 0; writer.count < records; s++) {
    const sub = `dept${s}`;
    writer.record(`${sub} IN MX 10 mx1.filter.example.org.`);
    writer.record(`${sub} IN MX 20 mx2.filter.example.org.`);
    writer.record(`${sub} IN TXT "v=spf1 ip4:192.0.2.${s & 255} include:_spf.filter.example.org ~all"`);
    writer.record(`_dmarc.${sub} IN TXT "v=DMARC1; p=quarantine; rua=mailto:dmarc@mail.example; pct=100"`);
    writer.record(`s1._domainkey.${sub} IN TXT ( "v=DKIM1; k=rsa; p=${base64(200)}"\n\t"${base64(192)}" )`);
    writer.record(`mail.${sub} IN A 198.51.100.${s & 255}`);
  }
  return { name: 'mail (SPF, DMARC, DKIM)', origin: 'mail.example', text: writer.text() };
}

/** 6. $ORIGIN blocks of $GENERATE ranges, with the expanded zone for a tool that refuses $GENERATE. */
export function generateShape(records: number): ZoneShape {
  const blockSize = 250;
  const text = new ZoneWriter();
  const expanded = new ZoneWriter();
  apex('gen.example', text);
  apex('gen.example', expanded);
  for (let block = 0; expanded.count < records; block++) {
    const origin = `$ORIGIN pool${block}.gen.example.`;
    text.line(origin);
    expanded.line(origin);
    const octet = `${(block >> 8) & 255}.${block & 255}`;
    if (block % 2 === 0) {
      text.line(`$GENERATE 1-${blockSize} host-$ A 10.${octet}.$`);
      for (let i = 1; i <= blockSize; i++) expanded.record(`host-${i} A 10.${octet}.${i}`);
    } else {
      text.line(`$GENERATE 1-${blockSize} dyn-$ CNAME host-\${0,3,d}.pool${block - 1}.gen.example.`);
      for (let i = 1; i <= blockSize; i++) expanded.record(`dyn-${i} CNAME host-${String(i).padStart(3, '0')}.pool${block - 1}.gen.example.`);
    }
  }
  return { name: '$GENERATE blocks', origin: 'gen.example', text: text.text(), expanded: expanded.text() };
}

/**
 * 7. A DNSSEC-signed zone: an RRSIG on every set, an NSEC3 chain, DNSKEYs and DS records. The signatures
 * have the right form and length (ECDSA P-256) but sign nothing: the tools are timed reading them, not
 * validating them (kzonecheck runs with `-d off`).
 */
export function signedShape(records: number, seed = 19): ZoneShape {
  const random = seededRandom(seed);
  const key = (): string => Buffer.from(Array.from({ length: 64 }, () => Math.floor(random() * 256))).toString('base64');
  const base32hex = (n: number): string => Array.from({ length: n }, () => BASE32HEX[Math.floor(random() * 32)]).join('');
  const hex = (n: number): string => Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join('');
  const origin = 'signed.example';
  const rrsig = (type: string, labels: number): string => `RRSIG ${type} 13 ${labels} 3600 20301231000000 20240101000000 12345 ${origin}. ${key()}`;
  const writer = new ZoneWriter();
  apex(origin, writer);
  writer.record(`@ IN DNSKEY 257 3 13 ${key()}`);
  writer.record(`@ IN DNSKEY 256 3 13 ${key()}`);
  writer.record(`@ IN ${rrsig('DNSKEY', 2)}`);
  writer.record(`@ IN ${rrsig('SOA', 2)}`);
  writer.record(`@ IN ${rrsig('NS', 2)}`);
  writer.record(`@ IN NSEC3PARAM 1 0 0 -`);
  for (let i = 0; writer.count < records; i++) {
    const name = `h${i}`;
    if (i % 10 === 0) {
      writer.record(`${name} IN NS ns.${name}.example.net.`);
      writer.record(`${name} IN DS ${1 + (i % 65000)} 13 2 ${hex(64)}`);
      writer.record(`${name} IN ${rrsig('DS', 3)}`);
    } else {
      writer.record(`${name} IN A 10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`);
      writer.record(`${name} IN ${rrsig('A', 3)}`);
    }
    const hashed = base32hex(32);
    writer.record(`${hashed} 300 IN NSEC3 1 0 0 - ${base32hex(32)} A RRSIG`);
    writer.record(`${hashed} 300 IN ${rrsig('NSEC3', 3)}`);
  }
  return { name: 'DNSSEC-signed', origin, text: writer.text() };
}

/** The seven shapes, each with about `records` records. */
export function zoneShapes(records: number): ZoneShape[] {
  return [mixShape, hostingShape, delegationShape, reverseShape, mailShape, generateShape, signedShape].map((shape) => shape(records));
}
