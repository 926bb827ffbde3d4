/**
 * Certificates and keys outside DNSSEC: TLSA (RFC 6698) and SMIMEA (RFC 8162), SSHFP (RFC 4255,
 * RFC 6594), CERT (RFC 4398), OPENPGPKEY (RFC 7929), DHCID (RFC 4701), IPSECKEY (RFC 4025) and HIP
 * (RFC 8005), with the lengths BIND checks.
 */
import { base64Bytes, base64Text, chunked, hexBytes, hexText, isFail } from './fields';
import { ALGORITHM_NAMES, ALGORITHMS } from './dnssec';
import { base64Rest, hexRest, mnemonic, named, record, type RdataSpec, u16, u8 } from './spec';

const tlsa = record(u8('certificate usage'), u8('selector'), u8('matching type'), hexRest('certificate association data'));

/** SSHFP fingerprint lengths BIND checks: SHA-1 (1) is 20 bytes, SHA-256 (2) 32. */
const FINGERPRINT_LENGTHS: Record<number, { bytes: number; why: string }> = { 1: { bytes: 20, why: 'SHA-1' }, 2: { bytes: 32, why: 'SHA-256' } };

const sshfp: RdataSpec = {
  text(f) {
    const alg = f.uint8('algorithm');
    if (isFail(alg)) return alg;
    const type = f.uint8('fingerprint type');
    if (isFail(type)) return type;
    // BIND requires the fingerprint only where it knows its length.
    const fingerprint = f.hexRest('fingerprint', 0, FINGERPRINT_LENGTHS[type]);
    if (isFail(fingerprint)) return fingerprint;
    return fingerprint.length > 0 ? `${alg} ${type} ${chunked(hexText(fingerprint))}` : `${alg} ${type}`;
  },
  wire(w) {
    const alg = w.u8();
    const type = w.u8();
    if (type === undefined) return undefined;
    const expected = FINGERPRINT_LENGTHS[type];
    if (expected !== undefined && w.left !== expected.bytes) return undefined;
    return w.left > 0 ? `${alg} ${type} ${chunked(hexText(w.rest()))}` : `${alg} ${type}`;
  },
};

/** CERT types (RFC 4398 section 2.1), read as names or numbers, printed as BIND prints them: names where it has one. */
const CERT_TYPES: Record<string, number> = { PKIX: 1, SPKI: 2, PGP: 3, IPKIX: 4, ISPKI: 5, IPGP: 6, ACPKIX: 7, IACPKIX: 8, URI: 253, OID: 254 };
const CERT_NAMES = Object.fromEntries(Object.entries(CERT_TYPES).map(([k, v]) => [v, k]));

/** CERT prints its algorithm by name too (the first of BIND's names for the number). */
const cert = record(
  named(mnemonic('certificate type', 65535, CERT_TYPES), CERT_NAMES),
  u16('key tag'),
  named(mnemonic('algorithm', 255, ALGORITHMS), ALGORITHM_NAMES),
  base64Rest('certificate'),
);

/** IPSECKEY: the gateway's form follows its type: 0 none (`.`), 1 IPv4, 2 IPv6, 3 a domain name. */
const ipseckey: RdataSpec = {
  text(f) {
    const precedence = f.uint8('precedence');
    if (isFail(precedence)) return precedence;
    const gatewayTypeToken = f.peek();
    const gatewayType = f.uint8('gateway type');
    if (isFail(gatewayType)) return gatewayType;
    if (gatewayType > 3 && gatewayTypeToken)
      return f.fail(`gateway type ${gatewayType} is not 0 (none), 1 (IPv4), 2 (IPv6) or 3 (name)`, gatewayTypeToken);
    const alg = f.uint8('algorithm');
    if (isFail(alg)) return alg;
    let gateway: string | ReturnType<typeof f.fail>;
    if (gatewayType === 0) {
      const token = f.next('gateway');
      if (isFail(token)) return token;
      gateway = token.text === '.' ? '.' : f.fail(`gateway must be "." when the gateway type is 0, not "${token.text}"`, token);
    } else if (gatewayType === 1) {
      gateway = f.ipv4('gateway');
    } else if (gatewayType === 2) {
      gateway = f.ipv6('gateway');
    } else {
      gateway = f.name('gateway');
    }
    if (isFail(gateway)) return gateway;
    const key = f.base64Rest('public key');
    if (isFail(key)) return key;
    return `${precedence} ${gatewayType} ${alg} ${gateway}${key.length > 0 ? ' ' + chunked(base64Text(key)) : ''}`;
  },
  wire(w) {
    const precedence = w.u8();
    const gatewayType = w.u8();
    const alg = w.u8();
    if (alg === undefined || gatewayType === undefined) return undefined;
    const gateway = gatewayType === 0 ? '.' : gatewayType === 1 ? w.ipv4() : gatewayType === 2 ? w.ipv6() : gatewayType === 3 ? w.name() : undefined;
    if (gateway === undefined) return undefined;
    const key = w.rest();
    return `${precedence} ${gatewayType} ${alg} ${gateway}${key.length > 0 ? ' ' + chunked(base64Text(key)) : ''}`;
  },
};

/** HIP (RFC 8005 section 5): algorithm, HIT in hex, public key in base64 (one field each), rendezvous servers. */
const hip: RdataSpec = {
  text(f) {
    const alg = f.uint8('public key algorithm');
    if (isFail(alg)) return alg;
    const hitToken = f.next('host identity tag (HIT)');
    if (isFail(hitToken)) return hitToken;
    const hit = hexBytes(hitToken.text);
    if (hit === undefined || hit.length === 0) return f.fail(`host identity tag "${hitToken.text}" is not hexadecimal (pairs of 0-9, A-F)`, hitToken);
    if (hit.length > 255) return f.fail(`host identity tag is ${hit.length} bytes long: at most 255`, hitToken);
    const keyToken = f.next('public key');
    if (isFail(keyToken)) return keyToken;
    const key = base64Bytes(keyToken.text);
    if (typeof key === 'string') return f.fail(`public key is not valid base64: ${key}`, keyToken);
    if (key.length === 0 || key.length > 65535) return f.fail(`public key must be 1 to 65535 bytes, not ${key.length}`, keyToken);
    const parts = [String(alg), hexText(hit), base64Text(key)];
    while (f.more()) {
      const server = f.name('rendezvous server');
      if (isFail(server)) return server;
      parts.push(server);
    }
    return parts.join(' ');
  },
  wire(w) {
    const hitLength = w.u8();
    const alg = w.u8();
    const keyLength = w.u16();
    if (hitLength === undefined || keyLength === undefined || hitLength === 0 || keyLength === 0) return undefined;
    const hit = w.take(hitLength);
    const key = w.take(keyLength);
    if (hit === undefined || key === undefined) return undefined;
    const parts = [String(alg), hexText(hit), base64Text(key)];
    while (!w.done()) {
      const server = w.name();
      if (server === undefined) return undefined;
      parts.push(server);
    }
    return parts.join(' ');
  },
};

export const CERT_KEY_TYPES: Record<number, RdataSpec> = {
  37: cert,
  44: sshfp,
  45: ipseckey,
  49: record(base64Rest('DHCID data')), // DHCID
  52: tlsa,
  53: tlsa, // SMIMEA
  55: hip,
  61: record(base64Rest('public key')), // OPENPGPKEY
};
