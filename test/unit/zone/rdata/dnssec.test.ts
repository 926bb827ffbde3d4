/** DNSSEC rdata, rows from RFC 4034 (sections 2.3, 3.3, 4.3, 5.4), RFC 5155 (appendix A), RFC 7477, RFC 8976, RFC 8078. */
import { rdataTable } from './table';

const DNSKEY_RFC4034 =
  'AQOeiiR0GOMYkDshWoSKz9XzfwJr1AYtsmx3TGkJaNXVbfi/2pHm822aJ5iI9BMzNXxeYCmZDRD99WYwYqUSdjMmmAphXdvxegXd/M5+X7OrzKBaMbCVdFLUUh6DhweJBjEVv5f2wwjM9XzcnOf+EPbtG9DMBmADjFDc2w/rljwvFw==';

rdataTable('DS, CDS, DLV, TA: digest lengths by type (RFC 4034 section 5.4, RFC 8078)', [
  ['DS', '60485 5 1 2BB183AF5F22588179A53B0A98631FAD1A292118', '60485 5 1 2BB183AF5F22588179A53B0A98631FAD1A292118'],
  ['DS', '60485 RSASHA1 SHA-1 2bb183af 5f22588179a53b0a98631fad1a292118', '60485 5 1 2BB183AF5F22588179A53B0A98631FAD1A292118'],
  ['DS', '1 1 1 FFFF', { error: 'DS digest for SHA-1 must be 40 hex digits, got 4', at: 'FFFF' }],
  ['DS', '1 8 2', { error: 'DS record is missing its digest (64 hex digits for SHA-256)', at: '2' }],
  ['DS', '1 8 9 ABC', { error: 'DS digest "ABC" is not hexadecimal (pairs of 0-9, A-F)', at: 'ABC' }],
  ['DS', '1 8 9 01', '1 8 9 01'],
  ['DS', '65536 8 1 01', { error: 'DS key tag 65536 is out of range 0-65535', at: '65536' }],
  ['DS', '1 ECC-GOST 1 01', { error: expectAlgorithm('ECC-GOST'), at: 'ECC-GOST' }],
  ['CDS', '0 0 0 00', '0 0 0 00'],
]);

function expectAlgorithm(text: string): string {
  return `DS algorithm "${text}" is neither a number (0-255) nor one of RSAMD5, DH, DSA, RSASHA1, NSEC3DSA, NSEC3RSASHA1, RSASHA256, RSASHA512, ECCGOST, ECDSAP256SHA256, ECDSAP384SHA384, ED25519, ED448, INDIRECT, PRIVATEDNS, PRIVATEOID`;
}

rdataTable('DNSKEY, CDNSKEY, KEY, RKEY (RFC 4034 section 2.3, RFC 2535 section 3.1.2)', [
  ['DNSKEY', `256 3 5 ${DNSKEY_RFC4034}`, `256 3 5 ${DNSKEY_RFC4034.match(/.{1,56}/g)?.join(' ')}`],
  ['DNSKEY', 'KSK|ZONE 3 ECDSAP256SHA256 AQ==', '257 3 13 AQ=='],
  ['DNSKEY', '0x101 DNSSEC 8 AQ==', '257 3 8 AQ=='],
  ['DNSKEY', '257 3 8 AwEAAa==', { error: 'DNSKEY public key is not valid base64: the bits before the "=" padding are not zero', at: 'AwEAAa==' }],
  ['DNSKEY', '257 3 8', { error: 'DNSKEY record is missing its public key', at: '8' }],
  ['KEY', '49152 3 8', '49152 3 8'],
  ['KEY', '49152 3 8 AQ==', { error: 'extra text "AQ==" after the KEY record\'s data', at: 'AQ==' }],
  ['RKEY', '1 3 8 AQ==', { error: 'RKEY flags 1 must be 0', at: '1' }],
]);

rdataTable('RRSIG and SIG (RFC 4034 section 3.3)', [
  ['RRSIG', 'A 5 3 86400 20300122000000 20290115000000 2642 example.com. AQID', 'A 5 3 86400 20300122000000 20290115000000 2642 example.com. AQID'],
  ['RRSIG', 'TYPE1234 8 2 300 1900000000 1800000000 1 x. AQID', 'TYPE1234 8 2 300 20300317174640 20270115080000 1 x. AQID'],
  [
    'RRSIG',
    'A 8 1 300 20300230000000 20290101000000 1 x. AQID',
    { error: 'RRSIG signature expiration "20300230000000" is not a valid date and time (YYYYMMDDHHMMSS)', at: '20300230000000' },
  ],
  [
    'RRSIG',
    'A 8 1 300 20300101000000 20290101000000 1 a.b.c. AQID',
    { error: "RRSIG signer's name a.b.c. has more labels than the labels field (1)", at: 'a.b.c.' },
  ],
  ['RRSIG', 'FOO 8 1 300 20300101000000 20290101000000 1 x. AQID', { error: 'RRSIG type covered "FOO" is not a record type', at: 'FOO' }],
  [
    'SIG',
    'A 8 1 300 1900000000 20290101000000 1 x. AQID',
    { error: 'SIG signature expiration "1900000000" is not a time in the form YYYYMMDDHHMMSS', at: '1900000000' },
  ],
]);

rdataTable('NSEC, NSEC3, NSEC3PARAM, CSYNC, NXT: type bitmaps (RFC 4034 section 4.3, RFC 5155, RFC 7477)', [
  ['NSEC', 'host.example.com. A MX RRSIG NSEC TYPE1234', 'host.example.com. A MX RRSIG NSEC TYPE1234'],
  ['NSEC', 'host.example.com. NSEC A a', 'host.example.com. A NSEC'],
  ['NSEC', 'host.example.com.', { error: 'NSEC record is missing its type bitmap (at least one type)', at: 'host.example.com.' }],
  ['NSEC', 'x foo', { error: 'NSEC type bitmap: "foo" is not a record type', at: 'foo' }],
  [
    'NSEC3',
    '1 1 12 aabbccdd 2t7b4g4vsa5smi47k61mv5bv1a22bojr MX DNSKEY NS SOA NSEC3PARAM RRSIG',
    '1 1 12 AABBCCDD 2T7B4G4VSA5SMI47K61MV5BV1A22BOJR NS SOA MX RRSIG DNSKEY NSEC3PARAM',
  ],
  [
    'NSEC3',
    '1 1 12 - 2t7b4g4vsa5smi47k61mv5bv1a22boj',
    {
      error: 'NSEC3 next hashed owner name "2t7b4g4vsa5smi47k61mv5bv1a22boj" is not base32hex (0-9, A-V, no padding)',
      at: '2t7b4g4vsa5smi47k61mv5bv1a22boj',
    },
  ],
  ['NSEC3PARAM', '1 0 12 aabbccdd', '1 0 12 AABBCCDD'],
  ['NSEC3PARAM', '1 0 0 -', '1 0 0 -'],
  ['NSEC3PARAM', '1 0 65536 -', { error: 'NSEC3PARAM iterations 65536 is out of range 0-65535', at: '65536' }],
  ['CSYNC', '66 3 A NS AAAA', '66 3 A NS AAAA'],
  ['NXT', 'medium.foo.tld. A MX SIG NXT', 'medium.foo.tld. A MX SIG NXT'],
  ['NXT', 'x. AAAA CAA', { error: 'NXT type bitmap: CAA is above 127, which NXT cannot list', at: 'CAA' }],
]);

rdataTable('ZONEMD (RFC 8976 section 2.2)', [
  ['ZONEMD', `2018031900 1 1 ${'a'.repeat(96)}`, `2018031900 1 1 ${'A'.repeat(56)} ${'A'.repeat(40)}`],
  ['ZONEMD', '2018031900 1 1 0102', { error: 'ZONEMD digest for SHA-384 must be 96 hex digits, got 4', at: '0102' }],
  ['ZONEMD', '2018031900 1 240 0102', { error: 'ZONEMD digest is 2 bytes long: at least 12', at: '0102' }],
]);
