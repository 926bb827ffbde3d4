/**
 * The one table of rdata types BIND 9.18 reads in text, by type code, beside the typed fast path of
 * `index.ts` (A, AAAA, MX, NS, CNAME, DNAME, PTR, TXT, SOA, SRV, CAA). A known type missing here
 * (NULL, UINFO, UID, GID, UNSPEC) has no text form in BIND: only `\#` data is read for it.
 */
import { ADDRESS_TYPES } from './addressTypes';
import { CERT_KEY_TYPES } from './certs';
import { DNSSEC_TYPES } from './dnssec';
import { loc } from './location';
import { NAME_TYPES } from './nameTypes';
import { base64Rest, mnemonic, name, named, record, type RdataSpec, rrtype, u16, u8 } from './spec';
import { svcb } from './svcb';
import { TEXT_TYPES } from './text';

/** DSYNC (draft-ietf-dnsop-generalized-notify): the type it notifies for, scheme, port, target. */
const dsync = record(rrtype('record type'), named(mnemonic('scheme', 255, { NOTIFY: 1 }), { 1: 'NOTIFY' }), u16('port'), name('target'));

export const RDATA_TYPES: Record<number, RdataSpec> = {
  ...ADDRESS_TYPES,
  ...CERT_KEY_TYPES,
  ...DNSSEC_TYPES,
  ...NAME_TYPES,
  ...TEXT_TYPES,
  29: loc,
  40: record(u8('meaning'), u8('coding'), u8('subcoding'), base64Rest('data', true)), // SINK
  64: svcb,
  65: svcb, // HTTPS
  66: dsync,
};
