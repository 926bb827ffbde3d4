/**
 * Random rdata for the differential test against named-checkzone: for each type BIND 9.18 reads, a
 * generator of well-formed text (from the RFCs' syntax), and mutations of any rdata (wrong lengths,
 * out-of-range numbers, bad encodings, missing and extra fields, bad escapes, RFC 3597 `\#` data).
 * Everything is drawn from a seeded generator, so that a seed replays a run.
 */

/** A small seeded generator (mulberry32): the same seed gives the same cases. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)];
  }
  bytes(n: number): number[] {
    return Array.from({ length: n }, () => this.int(0, 255));
  }
}

const hex = (bytes: number[], upper = false): string => {
  const text = bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
  return upper ? text.toUpperCase() : text;
};
const base64 = (bytes: number[]): string => Buffer.from(bytes).toString('base64');
const B32 = '0123456789abcdefghijklmnopqrstuv';
function base32hex(bytes: number[]): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const b of bytes) {
    buffer = (buffer << 8) | b;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += B32[(buffer >> bits) & 31];
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += B32[(buffer << (5 - bits)) & 31];
  return out;
}

function label(r: Random): string {
  const chars = 'abcdefghijklmnopqrstuvwxyz0123456789-';
  let text = r.pick('abcdefghijklmnopqrstuvwxyz'.split(''));
  for (let i = r.int(0, 8); i > 0; i--) text += r.pick(chars.split(''));
  return text + r.pick('abcdefghijklmnopqrstuvwxyz0123456789'.split(''));
}

function name(r: Random): string {
  const roll = r.int(0, 5);
  if (roll === 0) return '@';
  if (roll === 1) return '.';
  if (roll === 2) return label(r);
  return `${label(r)}.${label(r)}.${r.pick(['com', 'net', 'example'])}.`;
}

function ipv4(r: Random): string {
  return r.bytes(4).join('.');
}

function ipv6(r: Random): string {
  const groups = Array.from({ length: 8 }, () => (r.chance(0.3) ? 0 : r.int(0, 0xffff)).toString(16));
  if (r.chance(0.3)) return `2001:db8::${groups[7]}`;
  return groups.join(':');
}

/** A character-string: plain, quoted with spaces, or with escapes (\DDD at most 255, \X). */
function characterString(r: Random, max = 40): string {
  const roll = r.int(0, 3);
  const words = Array.from({ length: r.int(1, 3) }, () => label(r)).join(roll === 1 ? ' ' : '');
  if (roll === 0) return words.slice(0, max);
  if (roll === 1) return `"${words.slice(0, max)}"`;
  if (roll === 2) return `"${words.slice(0, max - 8)}\\${String(r.int(0, 255)).padStart(3, '0')}\\""`;
  return '""';
}

const TYPE_NAMES = [
  'A',
  'NS',
  'CNAME',
  'SOA',
  'MX',
  'TXT',
  'AAAA',
  'SRV',
  'DS',
  'RRSIG',
  'NSEC',
  'DNSKEY',
  'TLSA',
  'HTTPS',
  'CAA',
  'TYPE1234',
  'SPF',
  'LOC',
];
function typeList(r: Random, min: number): string {
  return Array.from({ length: r.int(min, 5) }, () => r.pick(TYPE_NAMES)).join(' ');
}

function time(r: Random): string {
  const year = r.int(2030, 2090);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${year}${two(r.int(1, 12))}${two(r.int(1, 28))}${two(r.int(0, 23))}${two(r.int(0, 59))}${two(r.int(0, 59))}`;
}

const ALGORITHMS = ['8', '13', '15', '5', '253', 'RSASHA256', 'ECDSAP256SHA256', 'ED25519', '16'];

function digest(r: Random, type: number): string {
  const lengths: Record<number, number> = { 1: 20, 2: 32, 4: 48 };
  const bytes = r.bytes(lengths[type] ?? r.int(1, 40));
  const text = hex(bytes, r.chance(0.5));
  return r.chance(0.2) && text.length > 8 ? `${text.slice(0, 8)} ${text.slice(8)}` : text;
}

function svcParams(r: Random): string {
  const params: string[] = [];
  const keys = new Set<string>();
  const add = (key: string, text: string): void => {
    if (keys.has(key)) return;
    keys.add(key);
    params.push(text);
  };
  for (let i = r.int(0, 4); i > 0; i--) {
    switch (r.int(0, 7)) {
      case 0:
        add('alpn', `alpn=${r.pick(['h2', 'h3', 'h2,h3', '"h2,http/1.1"'])}`);
        break;
      case 1:
        add('port', `port=${r.int(0, 65535)}`);
        break;
      case 2:
        add('ipv4hint', `ipv4hint=${ipv4(r)}${r.chance(0.3) ? ',' + ipv4(r) : ''}`);
        break;
      case 3:
        add('ipv6hint', `ipv6hint=${ipv6(r)}`);
        break;
      case 4:
        add('ech', `ech=${base64(r.bytes(r.int(1, 20)))}`);
        break;
      case 5:
        add(`key${r.int(8, 65534)}`, `key${r.int(8, 65534)}=${r.pick(['abc', '"a b"', 'x\\044y'])}`);
        break;
      case 6:
        if (keys.has('alpn')) add('no-default-alpn', 'no-default-alpn');
        break;
      default:
        add('dohpath', 'dohpath=/dns-query{?dns}');
    }
  }
  const present = [...keys].filter((k) => k !== 'mandatory' && !k.startsWith('key'));
  if (present.length > 0 && r.chance(0.3)) params.unshift(`mandatory=${present.slice(0, r.int(1, present.length)).join(',')}`);
  return params.join(' ');
}

function locCoordinate(r: Random, max: number, hemispheres: string): string {
  const degrees = r.int(0, max - 1);
  const parts = [String(degrees)];
  if (r.chance(0.8)) {
    parts.push(String(r.int(0, 59)));
    if (r.chance(0.8)) parts.push(r.chance(0.5) ? String(r.int(0, 59)) : `${r.int(0, 59)}.${r.int(0, 999)}`);
  }
  parts.push(r.pick(hemispheres.split('')));
  return parts.join(' ');
}

function metres(r: Random, max: number): string {
  const value = r.int(0, max);
  return (r.chance(0.5) ? `${value}.${r.int(0, 99)}` : String(value)) + (r.chance(0.7) ? 'm' : '');
}

/** Well-formed rdata for each type, by mnemonic. */
export const GENERATORS: Record<string, (r: Random) => string> = {
  A: (r) => ipv4(r),
  NS: (r) => name(r),
  CNAME: (r) => name(r),
  MB: (r) => name(r),
  MG: (r) => name(r),
  MR: (r) => name(r),
  PTR: (r) => name(r),
  DNAME: (r) => name(r),
  'NSAP-PTR': (r) => name(r),
  WKS: (r) => `${ipv4(r)} ${r.pick(['6', '17', 'tcp', 'UDP'])} ${Array.from({ length: r.int(0, 4) }, () => r.int(0, 1023)).join(' ')}`,
  HINFO: (r) => `${characterString(r)} ${characterString(r)}`,
  MINFO: (r) => `${name(r)} ${name(r)}`,
  MX: (r) => `${r.int(0, 65535)} ${name(r)}`,
  TXT: (r) => Array.from({ length: r.int(1, 3) }, () => characterString(r)).join(' '),
  SPF: (r) => Array.from({ length: r.int(1, 3) }, () => characterString(r)).join(' '),
  AVC: (r) => characterString(r),
  NINFO: (r) => characterString(r),
  RESINFO: (r) => characterString(r),
  WALLET: (r) => characterString(r),
  RP: (r) => `${name(r)} ${name(r)}`,
  AFSDB: (r) => `${r.int(0, 65535)} ${name(r)}`,
  X25: (r) => String(r.int(1000, 99999999)),
  ISDN: (r) => (r.chance(0.5) ? `"${r.int(1000, 99999999)}"` : `"${r.int(1000, 99999999)}" "${r.int(0, 999)}"`),
  RT: (r) => `${r.int(0, 65535)} ${name(r)}`,
  NSAP: (r) => `0x${hex(r.bytes(r.int(1, 20)))}`,
  SIG: (r) =>
    `${r.pick(TYPE_NAMES)} ${r.pick(ALGORITHMS)} ${r.int(0, 255)} ${r.int(0, 4294967295)} ${time(r)} ${time(r)} ${r.int(0, 65535)} ${name(r)} ${base64(r.bytes(r.int(1, 60)))}`,
  KEY: (r) => `${r.int(0, 65535)} ${r.int(0, 255)} ${r.pick(ALGORITHMS)} ${base64(r.bytes(r.int(1, 60)))}`,
  PX: (r) => `${r.int(0, 65535)} ${name(r)} ${name(r)}`,
  GPOS: (r) => `"${r.int(-90, 90)}.${r.int(0, 99)}" "${r.int(-180, 180)}.${r.int(0, 9)}" "${r.int(0, 9000)}"`,
  AAAA: (r) => ipv6(r),
  LOC: (r) => {
    const parts = [locCoordinate(r, 90, 'NS'), locCoordinate(r, 180, 'EW'), (r.chance(0.2) ? '-' : '') + metres(r, 99999)];
    for (let i = r.int(0, 3); i > 0; i--) parts.push(metres(r, 90000000));
    return parts.join(' ');
  },
  NXT: (r) => `${name(r)} ${Array.from({ length: r.int(1, 4) }, () => r.pick(['A', 'NS', 'MX', 'TXT', 'AAAA', 'SIG', 'KEY', 'NXT'])).join(' ')}`,
  EID: (r) => hex(r.bytes(r.int(1, 20))),
  NIMLOC: (r) => hex(r.bytes(r.int(1, 20))),
  SRV: (r) => `${r.int(0, 65535)} ${r.int(0, 65535)} ${r.int(0, 65535)} ${name(r)}`,
  ATMA: (r) => (r.chance(0.5) ? hex(r.bytes(r.int(1, 20))) : `+${r.int(1000, 999999999)}`),
  NAPTR: (r) =>
    `${r.int(0, 65535)} ${r.int(0, 65535)} "${r.pick(['S', 'A', 'U', 'P', ''])}" "${r.pick(['SIP+D2U', 'E2U+sip', 'http', ''])}" "${r.pick(['', '!^.*$!sip:info@example.com!', '!^(.*)$!\\\\1!i', '/a/b/'])}" ${r.chance(0.5) ? '.' : name(r)}`,
  KX: (r) => `${r.int(0, 65535)} ${name(r)}`,
  CERT: (r) => `${r.pick(['PKIX', 'PGP', 'URI', '1', '65535', 'IPGP'])} ${r.int(0, 65535)} ${r.pick(ALGORITHMS)} ${base64(r.bytes(r.int(1, 60)))}`,
  A6: (r) => {
    const prefix = r.int(0, 128);
    const parts = [String(prefix)];
    if (prefix < 128) parts.push(prefix === 0 ? ipv6(r) : `::${r.int(0, 0xffff).toString(16)}`);
    if (prefix > 0) parts.push(name(r));
    return parts.join(' ');
  },
  SINK: (r) => `${r.int(0, 255)} ${r.int(0, 255)} ${r.chance(0.8) ? base64(r.bytes(r.int(1, 20))) : ''}`.trim(),
  APL: (r) =>
    Array.from({ length: r.int(0, 3) }, () =>
      r.chance(0.5) ? `${r.chance(0.3) ? '!' : ''}1:${r.int(1, 223)}.${r.int(0, 255)}.0.0/16` : `${r.chance(0.3) ? '!' : ''}2:2001:db8::/32`,
    ).join(' '),
  DS: (r) => {
    const type = r.pick([1, 2, 4, 3, 5]);
    return `${r.int(0, 65535)} ${r.pick(ALGORITHMS)} ${r.chance(0.2) ? ({ 1: 'SHA-1', 2: 'SHA-256', 4: 'SHA-384' }[type as 1] ?? type) : type} ${digest(r, type)}`;
  },
  SSHFP: (r) => {
    const type = r.pick([1, 2, 3]);
    return `${r.int(0, 4)} ${type} ${hex(r.bytes(type === 1 ? 20 : type === 2 ? 32 : r.int(1, 40)))}`;
  },
  IPSECKEY: (r) => {
    const type = r.int(0, 3);
    const gateway = [() => '.', () => ipv4(r), () => ipv6(r), () => name(r)][type]();
    return `${r.int(0, 255)} ${type} ${r.int(0, 3)} ${gateway}${r.chance(0.8) ? ' ' + base64(r.bytes(r.int(1, 60))) : ''}`;
  },
  RRSIG: (r) =>
    `${r.pick(TYPE_NAMES)} ${r.pick(ALGORITHMS)} ${r.int(0, 255)} ${r.int(0, 4294967295)} ${time(r)} ${time(r)} ${r.int(0, 65535)} ${name(r)} ${base64(r.bytes(r.int(1, 80)))}`,
  NSEC: (r) => `${name(r)} ${typeList(r, 1)}`,
  DNSKEY: (r) =>
    `${r.pick(['256', '257', '0', '65535', 'KSK'])} ${r.pick(['3', 'DNSSEC', '0', '255'])} ${r.pick(ALGORITHMS)} ${base64(r.bytes(r.int(1, 80)))}`,
  DHCID: (r) => base64(r.bytes(r.int(1, 40))),
  NSEC3: (r) =>
    `${r.int(0, 255)} ${r.int(0, 255)} ${r.int(0, 65535)} ${r.chance(0.3) ? '-' : hex(r.bytes(r.int(1, 16)))} ${base32hex(r.bytes(r.pick([20, 32, 5])))} ${typeList(r, 0)}`.trim(),
  NSEC3PARAM: (r) => `${r.int(0, 255)} ${r.int(0, 255)} ${r.int(0, 65535)} ${r.chance(0.3) ? '-' : hex(r.bytes(r.int(1, 16)))}`,
  TLSA: (r) => `${r.int(0, 255)} ${r.int(0, 255)} ${r.int(0, 255)} ${hex(r.bytes(r.int(1, 64)))}`,
  SMIMEA: (r) => `${r.int(0, 255)} ${r.int(0, 255)} ${r.int(0, 255)} ${hex(r.bytes(r.int(1, 64)))}`,
  HIP: (r) => `${r.int(0, 255)} ${hex(r.bytes(16))} ${base64(r.bytes(r.int(1, 60)))}${r.chance(0.5) ? ' ' + name(r) : ''}`,
  RKEY: (r) => `${r.int(0, 65535)} ${r.int(0, 255)} ${r.pick(ALGORITHMS)} ${base64(r.bytes(r.int(1, 60)))}`,
  TALINK: (r) => `${name(r)} ${name(r)}`,
  CDS: (r) => GENERATORS.DS(r),
  CDNSKEY: (r) => GENERATORS.DNSKEY(r),
  OPENPGPKEY: (r) => base64(r.bytes(r.int(1, 60))),
  CSYNC: (r) => `${r.int(0, 4294967295)} ${r.int(0, 65535)} ${typeList(r, 0)}`.trim(),
  ZONEMD: (r) => {
    const hash = r.pick([1, 2, 3, 240]);
    return `${r.int(0, 4294967295)} ${r.int(0, 255)} ${hash} ${hex(r.bytes(hash === 1 ? 48 : hash === 2 ? 64 : r.int(12, 60)))}`;
  },
  SVCB: (r) => `${r.int(1, 65535)} ${name(r)} ${svcParams(r)}`.trim(),
  HTTPS: (r) => (r.chance(0.2) ? `0 ${name(r)}` : `${r.int(1, 65535)} ${name(r)} ${svcParams(r)}`.trim()),
  DSYNC: (r) => `${r.pick(TYPE_NAMES)} ${r.pick(['1', 'NOTIFY', '0', '255'])} ${r.int(0, 65535)} ${name(r)}`,
  NID: (r) => `${r.int(0, 65535)} ${Array.from({ length: 4 }, () => r.int(0, 0xffff).toString(16)).join(':')}`,
  L32: (r) => `${r.int(0, 65535)} ${ipv4(r)}`,
  L64: (r) => `${r.int(0, 65535)} ${Array.from({ length: 4 }, () => r.int(0, 0xffff).toString(16)).join(':')}`,
  LP: (r) => `${r.int(0, 65535)} ${name(r)}`,
  EUI48: (r) => hex(r.bytes(6)).replace(/(..)(?!$)/g, '$1-'),
  EUI64: (r) => hex(r.bytes(8)).replace(/(..)(?!$)/g, '$1-'),
  URI: (r) => `${r.int(0, 65535)} ${r.int(0, 65535)} "${r.pick(['https://www.example.com/', 'ftp://ftp1.example.com/public', 'mailto:a@b'])}"`,
  CAA: (r) =>
    `${r.int(0, 255)} ${r.pick(['issue', 'issuewild', 'iodef', 'tbs', 'X1'])} ${r.pick(['"letsencrypt.org"', '";"', '"mailto:a@b"', 'ca.example.net', '""'])}`,
  DOA: (r) =>
    `${r.int(0, 4294967295)} ${r.int(0, 4294967295)} ${r.int(0, 255)} "${r.pick(['image/png', 'text/plain', ''])}" ${r.chance(0.3) ? '-' : base64(r.bytes(r.int(1, 30)))}`,
  AMTRELAY: (r) => {
    const type = r.int(0, 3);
    const relay = [() => (r.chance(0.5) ? '.' : ''), () => ipv4(r), () => ipv6(r), () => name(r)][type]();
    return `${r.int(0, 255)} ${r.int(0, 1)} ${type} ${relay}`.trim();
  },
  TA: (r) => GENERATORS.DS(r),
  DLV: (r) => GENERATORS.DS(r),
  KEYDATA: (r) => `${time(r)} ${time(r)} ${time(r)} ${r.int(0, 65535)} ${r.int(0, 255)} ${r.pick(ALGORITHMS)} ${base64(r.bytes(r.int(1, 40)))}`,
  NULL: (r) => `\\# ${r.int(0, 3)} ${hex(r.bytes(3))}`,
  UINFO: (r) => `\\# 1 ${hex(r.bytes(1))}`,
  UID: (r) => `\\# 4 ${hex(r.bytes(4))}`,
  GID: (r) => `\\# 4 ${hex(r.bytes(4))}`,
  UNSPEC: (r) => `\\# 2 ${hex(r.bytes(2))}`,
  TYPE65280: (r) => `\\# 3 ${hex(r.bytes(3))}`,
};

/** A mutation of well-formed rdata: most make it wrong, some leave it right (BIND decides). */
export function mutate(r: Random, rdata: string): string {
  const tokens = rdata.split(' ').filter((t) => t !== '');
  if (tokens.length === 0) tokens.push('0');
  const at = r.int(0, tokens.length - 1);
  switch (r.int(0, 13)) {
    case 0:
      return tokens.slice(0, -1).join(' ');
    case 1:
      return [...tokens, r.pick(['extra', '1', 'AAAA', '"x"', '00'])].join(' ');
    case 2:
      tokens.splice(at, 1);
      return tokens.join(' ');
    case 3:
      tokens[at] = r.pick(['256', '65536', '4294967296', '-1', '1x', '0', '255', '65535', '4294967295', '128', '129']);
      return tokens.join(' ');
    case 4:
      // A character dropped: odd hex, base64 out of its groups of four, a short address.
      tokens[at] = tokens[at].slice(0, -1);
      return tokens.join(' ');
    case 5:
      tokens[at] = tokens[at] + r.pick(['Z', '!', '=', 'A', '0', '00', '==', '.', ',', ':']);
      return tokens.join(' ');
    case 6:
      tokens[at] = r.pick(['\\256', '"\\256"', '"a\\25"', '\\999', '"\\065"', '\\.', 'a\\ b', '"\\\\"']);
      return tokens.join(' ');
    case 7:
      return '';
    case 8: {
      const length = r.int(0, 12);
      const declared = r.chance(0.7) ? length : r.int(0, 12);
      return `\\# ${declared} ${hex(r.bytes(length))}`.trim();
    }
    case 9:
      tokens[at] = tokens[at].toUpperCase();
      return tokens.join(' ');
    case 10:
      tokens[at] = r.pick(['-', '.', '@', '""', 'x', '0x', '+', 'N', 'E', 'm']);
      return tokens.join(' ');
    case 11:
      tokens.splice(at, 0, tokens[at]);
      return tokens.join(' ');
    case 12:
      tokens[at] = tokens[at].replace(/[0-9]/, () => String(r.int(0, 9))).replace(/[a-f]/, 'g');
      return tokens.join(' ');
    default:
      tokens[at] = tokens[at] + tokens[at];
      return tokens.join(' ');
  }
}
