/**
 * Rdata holding addresses and locators: A6 (RFC 2874), APL (RFC 3123), WKS (RFC 1035), EUI48 and EUI64
 * (RFC 7043), L32, L64 and NID (RFC 6742), NSAP (RFC 1706), ATMA, EID and NIMLOC, and AMTRELAY
 * (RFC 8777).
 */
import { formatIPv6, parseIPv4, parseIPv6 } from '../addresses';
import { type Fail, genericText, hexBytes, isFail, type WireReader } from './fields';
import { hexRest, ipv4, record, type FieldSpec, type RdataSpec, u16 } from './spec';

const hex2 = (b: number): string => (b < 16 ? '0' : '') + b.toString(16);

/**
 * EUI48 and EUI64: hexadecimal pairs separated by `-`, printed in lower case. BIND reads each group as
 * one or two hex digits and ignores what follows the last one.
 */
function eui(bytes: number): RdataSpec {
  const pattern = new RegExp(`^([0-9A-Fa-f]{1,2})${'-([0-9A-Fa-f]{1,2})'.repeat(bytes - 1)}`);
  return record({
    text(f) {
      const token = f.next('address');
      if (isFail(token)) return token;
      const match = pattern.exec(token.text);
      if (!match) return f.fail(`address "${token.text}" must be ${bytes} hexadecimal pairs joined by "-"`, token);
      return match
        .slice(1)
        .map((g) => g.toLowerCase().padStart(2, '0'))
        .join('-');
    },
    wire(w) {
      const b = w.take(bytes);
      return b && Array.from(b, hex2).join('-');
    },
  });
}

/** A 64-bit locator or node id (RFC 6742): four groups of 1-4 hex digits joined by `:`. */
const locator64: FieldSpec = {
  text(f) {
    const token = f.next('locator');
    if (isFail(token)) return token;
    // BIND also takes one colon after the last group.
    if (!/^[0-9A-Fa-f]{1,4}(:[0-9A-Fa-f]{1,4}){3}:?$/.test(token.text))
      return f.fail(`locator "${token.text}" must be four groups of 1-4 hex digits joined by ":"`, token);
    return token.text
      .split(':')
      .slice(0, 4)
      .map((g) => parseInt(g, 16).toString(16))
      .join(':');
  },
  wire(w) {
    const b = w.take(8);
    if (b === undefined) return undefined;
    const groups: string[] = [];
    for (let i = 0; i < 8; i += 2) groups.push(((b[i] << 8) | b[i + 1]).toString(16));
    return groups.join(':');
  },
};

/** NSAP (RFC 1706): `0x` and hex digits, dots allowed between them; printed as `0x` and lower-case hex. */
const nsap: RdataSpec = record({
  text(f) {
    const token = f.next('NSAP address');
    if (isFail(token)) return token;
    const digits = token.text.slice(2).replace(/\./g, '');
    const bytes = /^0[xX]/.test(token.text) ? hexBytes(digits) : undefined;
    if (bytes === undefined || bytes.length === 0) return f.fail(`NSAP address "${token.text}" must be 0x followed by pairs of hex digits`, token);
    return '0x' + Array.from(bytes, hex2).join('');
  },
  wire(w) {
    const bytes = w.rest();
    return bytes.length === 0 ? undefined : '0x' + Array.from(bytes, hex2).join('');
  },
});

/** ATMA: format 0 (AESA) as hex digits, format 1 (E.164) as `+` and digits. */
const atma: RdataSpec = {
  text(f) {
    const token = f.next('ATM address');
    if (isFail(token)) return token;
    if (token.text.startsWith('+')) {
      if (!/^\+[0-9]+$/.test(token.text)) return f.fail(`E.164 address "${token.text}" must be "+" followed by digits`, token);
      return token.text;
    }
    const bytes = /^[^.]+(\.[^.]+)*$/.test(token.text) ? hexBytes(token.text.replace(/\./g, '')) : undefined;
    if (bytes === undefined || bytes.length === 0)
      return f.fail(`ATM address "${token.text}" must be hex digits (AESA) or + and digits (E.164)`, token);
    return Array.from(bytes, hex2).join('');
  },
  wire(w) {
    const format = w.u8();
    const rest = w.rest();
    if (format === undefined || rest.length === 0) return undefined;
    if (format === 1) return rest.every((b) => b >= 0x30 && b <= 0x39) ? '+' + String.fromCharCode(...rest) : undefined;
    // BIND prints a format it does not know in the RFC 3597 form.
    return format === 0 ? Array.from(rest, hex2).join('') : genericText(w.bytes);
  },
};

/** A6 (RFC 2874): prefix length, the address suffix (unless 128), the prefix name (unless 0). */
const a6: RdataSpec = {
  text(f) {
    const prefixToken = f.peek();
    const prefix = f.uint8('prefix length');
    if (isFail(prefix)) return prefix;
    if (prefix > 128 && prefixToken) return f.fail(`prefix length ${prefix} is out of range 0-128`, prefixToken);
    const parts = [String(prefix)];
    if (prefix < 128) {
      const token = f.next('address suffix');
      if (isFail(token)) return token;
      const groups = parseIPv6(token.text);
      if (!groups) return f.fail(`address suffix "${token.text}" is not an IPv6 address`, token);
      parts.push(formatIPv6(maskPrefix(groups, prefix)));
    }
    if (prefix > 0) {
      const prefixName = f.name('prefix name');
      if (isFail(prefixName)) return prefixName;
      parts.push(prefixName);
    }
    return parts.join(' ');
  },
  wire(w) {
    const prefix = w.u8();
    if (prefix === undefined || prefix > 128) return undefined;
    const parts = [String(prefix)];
    if (prefix < 128) {
      const octets = 16 - Math.floor(prefix / 8);
      const suffix = w.take(octets);
      if (suffix === undefined) return undefined;
      const full = new Uint8Array(16);
      full.set(suffix, 16 - octets);
      const groups: number[] = [];
      for (let i = 0; i < 16; i += 2) groups.push((full[i] << 8) | full[i + 1]);
      parts.push(formatIPv6(maskPrefix(groups, prefix)));
    }
    if (prefix > 0) {
      const prefixName = w.name();
      if (prefixName === undefined) return undefined;
      parts.push(prefixName);
    }
    return w.done() ? parts.join(' ') : undefined;
  },
};

/** The address with its first `prefix` bits cleared (A6 keeps only the suffix). */
function maskPrefix(groups: number[], prefix: number): number[] {
  return groups.map((g, i) => {
    const bitsBefore = i * 16;
    if (prefix >= bitsBefore + 16) return 0;
    if (prefix <= bitsBefore) return g;
    return g & (0xffff >> (prefix - bitsBefore));
  });
}

/** APL items (RFC 3123 section 5): `[!]family:address/prefix`, family 1 (IPv4) or 2 (IPv6). */
const apl: RdataSpec = {
  text(f) {
    const items: string[] = [];
    while (f.more()) {
      const token = f.next('item') as { text: string; range: Fail['range'] };
      const match = /^(!?)([0-9]+):([^/]+)\/([0-9]+)$/.exec(token.text);
      if (!match) return f.fail(`item "${token.text}" must be [!]family:address/prefix`, token);
      const [, negation, familyText, address, prefixText] = match;
      const family = Number(familyText);
      const prefix = Number(prefixText);
      const bytes = family === 1 ? parseIPv4(address) : family === 2 ? ipv6Bytes(address) : undefined;
      if (family !== 1 && family !== 2) return f.fail(`item "${token.text}": address family ${familyText} is not 1 (IPv4) or 2 (IPv6)`, token);
      if (bytes === undefined) return f.fail(`item "${token.text}": "${address}" is not an IPv${family === 1 ? 4 : 6} address`, token);
      if (prefix > bytes.length * 8) return f.fail(`item "${token.text}": prefix /${prefix} is above ${bytes.length * 8}`, token);
      items.push(aplText(negation === '!', family, prefix, bytes));
    }
    return items.join(' ');
  },
  wire(w) {
    const items: string[] = [];
    while (!w.done()) {
      const family = w.u16();
      const prefix = w.u8();
      const flags = w.u8();
      if (family === undefined || prefix === undefined || flags === undefined) return undefined;
      const length = flags & 0x7f;
      const size = family === 1 ? 4 : family === 2 ? 16 : -1;
      if (size < 0 || length > size || prefix > size * 8) return undefined;
      const data = w.take(length);
      if (data === undefined || (length > 0 && data[length - 1] === 0)) return undefined;
      const bytes = new Array<number>(size).fill(0);
      data.forEach((b, i) => (bytes[i] = b));
      items.push(aplText(flags >= 0x80, family, prefix, bytes));
    }
    return items.join(' ');
  },
};

function ipv6Bytes(text: string): number[] | undefined {
  const groups = parseIPv6(text);
  return groups && groups.flatMap((g) => [g >> 8, g & 0xff]);
}

function aplText(negated: boolean, family: number, prefix: number, bytes: number[]): string {
  let address: string;
  if (family === 1) {
    address = bytes.join('.');
  } else {
    const groups: number[] = [];
    for (let i = 0; i < 16; i += 2) groups.push((bytes[i] << 8) | bytes[i + 1]);
    address = formatIPv6(groups);
  }
  return `${negated ? '!' : ''}${family}:${address}/${prefix}`;
}

/** WKS (RFC 1035 section 3.4.2): address, protocol, services; printed with numbers. */
const PROTOCOLS: Record<string, number> = {
  ip: 0,
  icmp: 1,
  ggp: 3,
  tcp: 6,
  egp: 8,
  pup: 12,
  udp: 17,
  hmp: 20,
  'xns-idp': 22,
  rdp: 27,
  ipv6: 41,
  'ipv6-icmp': 58,
};

/**
 * BIND reads service names from the system's services file, which a linter cannot rely on: the common
 * well-known ones are known here (IANA "Service Name and Transport Protocol Port Number Registry").
 */
const SERVICES: Record<string, number> = {
  echo: 7,
  discard: 9,
  daytime: 13,
  'ftp-data': 20,
  ftp: 21,
  ssh: 22,
  telnet: 23,
  smtp: 25,
  time: 37,
  whois: 43,
  domain: 53,
  gopher: 70,
  finger: 79,
  http: 80,
  kerberos: 88,
  pop3: 110,
  sunrpc: 111,
  auth: 113,
  nntp: 119,
  ntp: 123,
  imap: 143,
  snmp: 161,
  ldap: 389,
  https: 443,
  submissions: 465,
  syslog: 514,
  submission: 587,
  ldaps: 636,
  imaps: 993,
  pop3s: 995,
};

const wks: RdataSpec = {
  text(f) {
    const address = f.ipv4('address');
    if (isFail(address)) return address;
    const protocolToken = f.next('protocol');
    if (isFail(protocolToken)) return protocolToken;
    const protocol = /^[0-9]/.test(protocolToken.text) ? f.numberOf(protocolToken, 'protocol', 255) : PROTOCOLS[protocolToken.text.toLowerCase()];
    if (protocol === undefined) return f.fail(`protocol "${protocolToken.text}" is not a number or tcp/udp`, protocolToken);
    if (isFail(protocol)) return protocol;
    const ports = new Set<number>();
    while (f.more()) {
      const token = f.next('service') as { text: string; range: Fail['range'] };
      if (/^[0-9]+$/.test(token.text)) {
        const port = f.numberOf(token, 'service port', 65535);
        if (isFail(port)) return port;
        ports.add(port);
      } else if (SERVICES[token.text.toLowerCase()] !== undefined) {
        ports.add(SERVICES[token.text.toLowerCase()]);
      } else {
        return f.fail(`service "${token.text}" is not a port number or a well-known service name`, token);
      }
    }
    const list = [...ports].sort((a, b) => a - b).join(' ');
    return `${address} ${protocol}${list ? ' ' + list : ''}`;
  },
  wire(w) {
    const address = w.ipv4();
    const protocol = w.u8();
    if (address === undefined || protocol === undefined) return undefined;
    const bits = w.rest();
    // The bitmap ends at the last port it lists.
    if (bits.length > 0 && bits[bits.length - 1] === 0) return undefined;
    const ports: number[] = [];
    for (let i = 0; i < bits.length * 8; i++) if (bits[i >> 3] & (0x80 >> (i & 7))) ports.push(i);
    return `${address} ${protocol}${ports.length ? ' ' + ports.join(' ') : ''}`;
  },
};

/** AMTRELAY (RFC 8777 section 4.3): precedence, discovery optional (0 or 1), type, relay by type. */
const amtrelay: RdataSpec = {
  text(f) {
    const precedence = f.uint8('precedence');
    if (isFail(precedence)) return precedence;
    const discovery = f.number('discovery optional flag', 1);
    if (isFail(discovery)) return discovery;
    const typeToken = f.peek();
    const type = f.number('relay type', 127);
    if (isFail(type)) return type;
    let relay: string | Fail = '.';
    if (type === 0) {
      const token = f.next('relay ("." for none)');
      if (isFail(token)) return token;
      if (token.text !== '.') return f.fail(`relay must be "." when the relay type is 0, not "${token.text}"`, token);
    } else if (type === 1) relay = f.ipv4('relay');
    else if (type === 2) relay = f.ipv6('relay');
    else if (type === 3) relay = f.name('relay');
    else if (typeToken) return f.fail(`relay type ${type} is not 0 (none), 1 (IPv4), 2 (IPv6) or 3 (name)`, typeToken);
    if (isFail(relay)) return relay;
    return `${precedence} ${discovery} ${type} ${relay}`;
  },
  wire(w: WireReader) {
    const precedence = w.u8();
    const flags = w.u8();
    if (flags === undefined || precedence === undefined) return undefined;
    const type = flags & 0x7f;
    // BIND takes relay types it does not know as opaque data, printed in the RFC 3597 form.
    if (type > 3) return genericText(w.bytes);
    const relay = type === 0 ? '.' : type === 1 ? w.ipv4() : type === 2 ? w.ipv6() : w.name();
    if (relay === undefined || !w.done()) return undefined;
    return `${precedence} ${flags >> 7} ${type} ${relay}`;
  },
};

export const ADDRESS_TYPES: Record<number, RdataSpec> = {
  11: wks,
  22: nsap,
  31: record(hexRest('endpoint identifier')), // EID
  32: record(hexRest('nimrod locator')), // NIMLOC
  34: atma,
  38: a6,
  42: apl,
  104: record(u16('preference'), locator64), // NID
  105: record(u16('preference'), ipv4('locator')), // L32
  106: record(u16('preference'), locator64), // L64
  108: eui(6), // EUI48
  109: eui(8), // EUI64
  260: amtrelay,
};
