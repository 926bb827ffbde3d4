/**
 * Rdata made of domain names, with or without a preference: MB, MG, MR (RFC 1035), NSAP-PTR (RFC 1348),
 * MINFO (RFC 1035), RP, AFSDB, RT (RFC 1183), PX (RFC 2163), KX (RFC 2230), LP (RFC 6742) and TALINK.
 */
import { name, record, type RdataSpec, u16 } from './spec';

export const NAME_TYPES: Record<number, RdataSpec> = {
  7: record(name('mailbox host')), // MB
  8: record(name('mail group member')), // MG
  9: record(name('new mailbox')), // MR
  14: record(name('responsible mailbox'), name('error mailbox')), // MINFO
  17: record(name('mailbox'), name('TXT domain')), // RP
  18: record(u16('subtype'), name('hostname')), // AFSDB
  21: record(u16('preference'), name('intermediate host')), // RT
  23: record(name('target')), // NSAP-PTR
  26: record(u16('preference'), name('MAP822'), name('MAPX400')), // PX
  36: record(u16('preference'), name('exchanger')), // KX
  58: record(name('previous name'), name('next name')), // TALINK
  107: record(u16('preference'), name('FQDN')), // LP
};
