/** TLSA records (RFC 6698 §2, RFC 7218 mnemonics) as RFC 7672 reads them for SMTP. */
import type { ZoneRecord } from '../zone/model';

const USAGES: Record<string, number> = { 'PKIX-TA': 0, 'PKIX-EE': 1, 'DANE-TA': 2, 'DANE-EE': 3, PRIVCERT: 255 };

/** The certificate usage of a TLSA record (a number or its mnemonic); undefined when unreadable. */
export function tlsaUsage(record: ZoneRecord): number | undefined {
  const field = record.rdataTokens[0]?.text;
  if (field === undefined) return undefined;
  if (/^\d{1,3}$/.test(field)) return Number(field);
  return USAGES[field.toUpperCase()];
}

/** True for a TLSA owner that SMTP to an MX host reads: `_25._tcp.<host>`. */
export function isSmtpTlsaOwner(owner: string): boolean {
  return /^_25\._tcp\./i.test(owner);
}
