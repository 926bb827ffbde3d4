/**
 * DKIM key records (RFC 6376 §3.6.1, RFC 8463 for Ed25519): the tag list, and the key in `p=` read with
 * Node's own crypto, which says the key's type and size from the key itself.
 */
import { createPublicKey } from 'node:crypto';
import type { RecordProblem } from './dmarc';
import { parseTagList, tagNamed, type TagList } from './tagList';

export interface DkimKey {
  type: 'rsa' | 'ed25519';
  /** The RSA modulus length; 256 for Ed25519. */
  bits: number;
}

export interface DkimRecord {
  tags: TagList;
  problems: RecordProblem[];
  /** `k=`, rsa when absent. */
  keyType: string;
  /** True for an empty `p=`: the key was revoked. */
  revoked: boolean;
  key?: DkimKey;
  /** Where `p=`'s value, and the whole `p=…` tag, stand in the text. */
  keyRange?: { start: number; end: number };
  keyTag?: { start: number; end: number };
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** The DER prefix that makes a raw 32-byte Ed25519 key an SPKI structure (RFC 8410). */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export function parseDkim(text: string): DkimRecord {
  const tags = parseTagList(text);
  const problems: RecordProblem[] = [...tags.errors];
  const version = tagNamed(tags, 'v');
  if (version !== undefined) {
    if (tags.tags[0] !== version) problems.push({ message: '"v=" must be the first tag (RFC 6376 §3.6.1)', start: version.start, end: version.end });
    else if (version.value !== 'DKIM1')
      problems.push({ message: `v=${version.value}: the version must be DKIM1`, start: version.valueStart, end: version.valueEnd });
  }
  const keyTag = tagNamed(tags, 'k');
  const keyType = keyTag?.value ?? 'rsa';
  if (keyTag !== undefined && keyType !== 'rsa' && keyType !== 'ed25519') {
    problems.push({ message: `k=${keyType}: unknown key type (rsa, RFC 6376; ed25519, RFC 8463)`, start: keyTag.valueStart, end: keyTag.valueEnd });
  }
  const hashes = tagNamed(tags, 'h');
  if (hashes !== undefined && !/^[A-Za-z0-9]+( *: *[A-Za-z0-9]+)*$/.test(hashes.value)) {
    problems.push({ message: `h=${hashes.value}: hash algorithms separated by ":" (sha256)`, start: hashes.valueStart, end: hashes.valueEnd });
  }
  const record: DkimRecord = { tags, problems, keyType, revoked: false };
  const p = tagNamed(tags, 'p');
  if (p === undefined) {
    problems.push({ message: 'no "p=" tag: the public key is required (RFC 6376 §3.6.1); an empty p= revokes the key', start: 0, end: text.length });
    return record;
  }
  record.keyRange = { start: p.valueStart, end: p.valueEnd };
  record.keyTag = { start: p.start, end: p.end };
  const base64 = p.value.replace(/[ \t\r\n]+/g, '');
  if (base64 === '') {
    record.revoked = true;
    return record;
  }
  if (!BASE64.test(base64) || base64.length % 4 !== 0) {
    problems.push({ message: 'p= is not base64 (A-Z, a-z, 0-9, + and /, with = padding to a multiple of 4)', start: p.valueStart, end: p.valueEnd });
    return record;
  }
  const key = readKey(Buffer.from(base64, 'base64'), keyType);
  if (key === undefined) {
    problems.push({
      message: `p= does not hold ${keyType === 'ed25519' ? 'an Ed25519' : 'an RSA'} public key`,
      start: p.valueStart,
      end: p.valueEnd,
    });
  } else if (key.type !== keyType && (keyType === 'rsa' || keyType === 'ed25519')) {
    problems.push({
      message: `p= holds ${key.type === 'rsa' ? 'an RSA' : 'an Ed25519'} key, but k=${keyType}`,
      start: p.valueStart,
      end: p.valueEnd,
    });
  }
  record.key = key;
  return record;
}

/** The key in `der`: SubjectPublicKeyInfo (what RFC 6376 publishes), a bare RSAPublicKey, or a raw Ed25519 key. */
function readKey(der: Buffer, keyType: string): DkimKey | undefined {
  const attempts =
    keyType === 'ed25519' && der.length === 32
      ? [() => createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, der]), format: 'der', type: 'spki' })]
      : [() => createPublicKey({ key: der, format: 'der', type: 'spki' }), () => createPublicKey({ key: der, format: 'der', type: 'pkcs1' })];
  for (const attempt of attempts) {
    try {
      const key = attempt();
      if (key.asymmetricKeyType === 'rsa') return { type: 'rsa', bits: key.asymmetricKeyDetails?.modulusLength ?? 0 };
      if (key.asymmetricKeyType === 'ed25519') return { type: 'ed25519', bits: 256 };
      return undefined;
    } catch {
      // Not this encoding: the next is tried.
    }
  }
  return undefined;
}

/** Parsed once per text: three rules read the same DKIM records, and reading a key costs a little. */
const parsed = new Map<string, DkimRecord>();
export function dkimOf(text: string): DkimRecord {
  let record = parsed.get(text);
  if (record === undefined) {
    if (parsed.size > 1000) parsed.clear();
    record = parseDkim(text);
    parsed.set(text, record);
  }
  return record;
}
