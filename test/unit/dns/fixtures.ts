import { manyMxAnswer, type FakeZone, type RecordData } from './loopback';

/** The seed's setup and one domain per case, all served by one loopback server. */

/** The serial example.com publishes. */
export const PUBLISHED_SERIAL = 2026112801;

const LONG_LABEL = 'x'.repeat(40);

/** Ten MX with long names: the answer passes 512 bytes, so a UDP answer without EDNS comes back truncated. */
const truncatedMx: RecordData[] = Array.from({ length: 10 }, (_, i) => ({ type: 'MX', preference: 10, exchange: `${LONG_LABEL}${i}.mx.vqnow.com` }));

/** 2,600 MX: a TCP answer of about 60 kB, near the 64 kB a DNS message can hold. */
export const HUGE_MX_COUNT = 2600;

const records: FakeZone['records'] = {
  // The seed: a filtering-service primary and a third-party backup that bypasses it.
  'example.com': [
    { type: 'MX', preference: 10, exchange: 'mx1.vqnow.com' },
    { type: 'MX', preference: 20, exchange: 'rescue.mx.dnspark.net' },
    { type: 'A', address: '192.0.2.80' },
    { type: 'SOA', serial: PUBLISHED_SERIAL },
  ],
  'mx1.vqnow.com': [
    { type: 'A', address: '192.0.2.10' },
    { type: 'AAAA', address: '2001:db8::10' },
  ],
  'rescue.mx.dnspark.net': [{ type: 'A', address: '198.51.100.20' }],
  // Only the filtering service: nothing to report.
  'clean.example': [
    { type: 'MX', preference: 10, exchange: 'mx1.vqnow.com' },
    { type: 'MX', preference: 20, exchange: 'mx2.vqnow.com' },
  ],
  'mx2.vqnow.com': [{ type: 'A', address: '192.0.2.11' }],
  'nullmx.example': [{ type: 'MX', preference: 0, exchange: '' }],
  'cname.example': [{ type: 'MX', preference: 10, exchange: 'mail.cname.example' }],
  'mail.cname.example': [{ type: 'CNAME', target: 'mx1.vqnow.com' }],
  'nomx.example': [
    { type: 'A', address: '192.0.2.99' },
    { type: 'TXT', strings: ['v=spf1 a -all'] },
  ],
  'unresolved.example': [
    { type: 'MX', preference: 10, exchange: 'mx1.vqnow.com' },
    { type: 'MX', preference: 20, exchange: 'gone.unresolved.example' },
  ],
  'noaddress.example': [{ type: 'MX', preference: 10, exchange: 'gone.noaddress.example' }],
  'gone.noaddress.example': [],
  'target-servfail.example': [
    { type: 'MX', preference: 10, exchange: 'mx1.vqnow.com' },
    { type: 'MX', preference: 20, exchange: 'broken.target-servfail.example' },
  ],
  'target-silent.example': [{ type: 'MX', preference: 10, exchange: 'quiet.target-silent.example' }],
  'truncated.example': truncatedMx,
  'hostile.example': [
    { type: 'MX', preference: 10, exchange: 'mx1.vqnow.com', ttl: 0xffffffff },
    { type: 'MX', preference: 20, exchange: 'evil\x07\x1b[31m`*[x](y).hostile.example' },
  ],
};
for (const mx of truncatedMx) records[(mx as { exchange: string }).exchange] = [{ type: 'A', address: '192.0.2.30' }];
for (let i = 0; i < HUGE_MX_COUNT; i++) records[`mx${i}.huge.example`] = [{ type: 'A', address: '192.0.2.40' }];

export const seedZone: FakeZone = {
  records,
  servfail: ['servfail.example', 'broken.target-servfail.example'],
  silent: ['quiet.target-silent.example'],
  raw: { 'huge.example': (request) => manyMxAnswer(request, HUGE_MX_COUNT) },
};
