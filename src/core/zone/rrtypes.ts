/**
 * Record type mnemonics and numbers (IANA "Resource Record (RR) TYPEs" registry). A mnemonic that is
 * not here and not `TYPEnnn` is an unknown type, which BIND rejects as a syntax error.
 */
const TYPE_TABLE: Record<string, number> = {
  A: 1,
  NS: 2,
  MD: 3,
  MF: 4,
  CNAME: 5,
  SOA: 6,
  MB: 7,
  MG: 8,
  MR: 9,
  NULL: 10,
  WKS: 11,
  PTR: 12,
  HINFO: 13,
  MINFO: 14,
  MX: 15,
  TXT: 16,
  RP: 17,
  AFSDB: 18,
  X25: 19,
  ISDN: 20,
  RT: 21,
  NSAP: 22,
  'NSAP-PTR': 23,
  SIG: 24,
  KEY: 25,
  PX: 26,
  GPOS: 27,
  AAAA: 28,
  LOC: 29,
  NXT: 30,
  EID: 31,
  NIMLOC: 32,
  SRV: 33,
  ATMA: 34,
  NAPTR: 35,
  KX: 36,
  CERT: 37,
  A6: 38,
  DNAME: 39,
  SINK: 40,
  OPT: 41,
  APL: 42,
  DS: 43,
  SSHFP: 44,
  IPSECKEY: 45,
  RRSIG: 46,
  NSEC: 47,
  DNSKEY: 48,
  DHCID: 49,
  NSEC3: 50,
  NSEC3PARAM: 51,
  TLSA: 52,
  SMIMEA: 53,
  HIP: 55,
  NINFO: 56,
  RKEY: 57,
  TALINK: 58,
  CDS: 59,
  CDNSKEY: 60,
  OPENPGPKEY: 61,
  CSYNC: 62,
  ZONEMD: 63,
  SVCB: 64,
  HTTPS: 65,
  DSYNC: 66,
  SPF: 99,
  UINFO: 100,
  UID: 101,
  GID: 102,
  UNSPEC: 103,
  NID: 104,
  L32: 105,
  L64: 106,
  LP: 107,
  EUI48: 108,
  EUI64: 109,
  TKEY: 249,
  TSIG: 250,
  IXFR: 251,
  AXFR: 252,
  MAILB: 253,
  MAILA: 254,
  ANY: 255,
  URI: 256,
  CAA: 257,
  AVC: 258,
  DOA: 259,
  AMTRELAY: 260,
  RESINFO: 261,
  WALLET: 262,
  TA: 32768,
  DLV: 32769,
  // BIND's own type for managed keys (lib/dns/rdata/generic/keydata_65533.c); it reads it in zone files.
  KEYDATA: 65533,
};

/** Query-only types that cannot stand in a zone file. */
const META_TYPES = new Set(['OPT', 'TKEY', 'TSIG', 'IXFR', 'AXFR', 'MAILB', 'MAILA', 'ANY']);

/** Mail types replaced by MX, which BIND refuses to load. */
const OBSOLETE_TYPES = new Set(['MD', 'MF']);

/** Types BIND reads by name but prints as `TYPEnnn`. */
const PRINTED_AS_NUMBER = new Set(['KEYDATA']);

/** One shared answer per mnemonic, so that a lookup allocates nothing. */
const KNOWN_TYPES = new Map<string, { type: string; number: number }>(
  Object.entries(TYPE_TABLE).map(([type, number]) => [type, { type: PRINTED_AS_NUMBER.has(type) ? 'TYPE' + number : type, number }]),
);
const MNEMONIC_BY_NUMBER = new Map<number, string>(Object.entries(TYPE_TABLE).map(([name, n]) => [n, name]));

export type TypeLookup = { type: string; number: number } | { error: string } | undefined;

/**
 * Reads a type field: the upper-case mnemonic (`TYPE15` becomes `MX`, as BIND prints it) and its number;
 * `undefined` when the field is not a type at all, or an error for a meta type or a bad `TYPEnnn`.
 */
export function lookupType(field: string): TypeLookup {
  // Types are nearly always written in upper case: try the field as it is before allocating a copy.
  const known = KNOWN_TYPES.get(field) ?? KNOWN_TYPES.get(field.toUpperCase());
  if (known !== undefined) {
    if (META_TYPES.has(known.type)) return { error: `type ${known.type} is for queries and cannot appear in a zone file` };
    if (OBSOLETE_TYPES.has(known.type)) return { error: `type ${known.type} is obsolete (RFC 973) and BIND refuses it: use MX` };
    return known;
  }
  const upper = field.toUpperCase();
  if (upper.startsWith('TYPE') && upper.length > 4) {
    const digits = upper.slice(4);
    if (!/^[0-9]+$/.test(digits)) return undefined;
    const number = Number(digits);
    if (number > 65535) return { error: `type number ${digits} is above 65535` };
    const mnemonic = MNEMONIC_BY_NUMBER.get(number);
    if (mnemonic !== undefined) return lookupType(mnemonic);
    if (number === 0 || (number >= 128 && number <= 255)) return { error: `type ${digits} is a meta type (0 and 128-255), for queries only` };
    return { type: 'TYPE' + number, number };
  }
  return undefined;
}

/** The classes a zone file may name; `CLASSnnn` is accepted too. */
export function lookupClass(field: string): string | undefined {
  // Every class starts with I, C or H: most fields (TTLs, types) are ruled out without a copy.
  const first = field.charCodeAt(0) | 0x20;
  if (first !== 0x69 && first !== 0x63 && first !== 0x68) return undefined;
  if (field === 'IN') return 'IN';
  const upper = field.toUpperCase();
  if (upper === 'IN' || upper === 'CH' || upper === 'HS' || upper === 'CS') return upper;
  if (upper.startsWith('CLASS') && upper.length > 5 && /^[0-9]+$/.test(upper.slice(5))) {
    const number = Number(upper.slice(5));
    if (number === 1) return 'IN';
    if (number === 3) return 'CH';
    if (number === 4) return 'HS';
    if (number <= 65535) return 'CLASS' + number;
  }
  return undefined;
}

/**
 * A type field inside rdata (RRSIG's type covered, type bitmaps): any mnemonic BIND knows, meta types
 * included, or `TYPEnnn`; its number, or -1.
 */
export function typeCode(field: string): number {
  const upper = field.toUpperCase();
  const known = TYPE_TABLE[upper];
  if (known !== undefined) return known;
  if (upper.startsWith('TYPE') && /^[0-9]{1,5}$/.test(upper.slice(4))) {
    const number = Number(upper.slice(4));
    return number <= 65535 ? number : -1;
  }
  return -1;
}

/** The mnemonic BIND 9.18 prints for a type number, or `TYPEnnn`. */
export function typeText(code: number): string {
  const mnemonic = MNEMONIC_BY_NUMBER.get(code);
  return mnemonic === undefined || PRINTED_AS_NUMBER.has(mnemonic) ? 'TYPE' + code : mnemonic;
}
