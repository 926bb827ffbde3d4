/** Zone lines and keys shared by the mail authentication rules' tables. */
import { generateKeyPairSync } from 'node:crypto';

export const mailHead = ['@ IN SOA ns1 hostmaster 1 3600 600 86400 300', '@ NS ns1', 'ns1 A 192.0.2.1'];

/** RFC 6376 Appendix C: the "brisbane" selector's public key (1024-bit RSA). */
export const RFC6376_KEY =
  'MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDwIRP/UC3SBsEmGqZ9ZJW3/DkMoGeLnQg1fWn7/zYtIxN2SnFCjxOCKG9v3b4jYfcTNh5ijSsq631uBItLa7od+v/RtdC2UzJ1lWT947qR+Rcac2gbto/NMqJ0fzfVjH4OuKhitdY9tf6mcwGjaNBcWToIMmPSPDdQPNUYckcQ2QIDAQAB';

/** RFC 8463 Appendix A.2: the Ed25519 example key. */
export const RFC8463_KEY = '11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=';

/** A fresh RSA public key of `bits` bits, base64 SubjectPublicKeyInfo as DKIM publishes it. */
export function rsaKey(bits: number): string {
  return generateKeyPairSync('rsa', { modulusLength: bits }).publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
}

/** `text` cut into quoted strings of at most `size` characters, for keys longer than one string. */
export function quotedChunks(text: string, size = 200): string {
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += size) chunks.push(`"${text.slice(i, i + size)}"`);
  return chunks.join(' ');
}
