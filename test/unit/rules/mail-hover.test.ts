import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { mailHover } from '../../../src/core/mail/hover';
import { parseZone } from '../../../src/core/zone/parser';
import { mailHead, RFC6376_KEY } from './mailFixtures';
import { zone } from './ruleTester';

const text = zone(
  '$TTL 300',
  ...mailHead,
  '@ TXT "v=spf1 mx include:_spf.example.com include:spf.example.net -all"',
  '_spf TXT "v=spf1 a ip4:192.0.2.0/24 ~all"',
  '_dmarc TXT "v=DMARC1; p=reject; rua=mailto:d@example.com"',
  `brisbane._domainkey TXT "v=DKIM1; p=${RFC6376_KEY}"`,
);
const parsed = parseZone(text, { origin: 'example.com.' });
const at = (line: number) => mailHover(parsed, { line, character: 3 });

test('SPF hover: each term with the running lookup count, and the include tree', () => {
  const hover = at(4)!;
  assert.match(hover, /^\*\*SPF\*\* for example\.com: at least 4 of 10 DNS lookups/);
  assert.match(hover, /\| `mx` \| matches the addresses of the domain's MX hosts; on a match: pass \| 1 \|/);
  assert.match(hover, /\| `include:_spf\.example\.com` \| .* \| 3 \|/);
  assert.match(hover, /\| `include:spf\.example\.net` \| .* \| 4 \|/);
  assert.match(hover, /- `include:_spf\.example\.com` \(in this zone; 3 so far\)/);
  assert.match(hover, /- `include:spf\.example\.net` \(outside the zone: counted as 1; 4 so far\)/);
});

test('DMARC and DKIM hovers: tags explained, the key read from the key', () => {
  assert.match(at(6)!, /^\*\*DMARC\*\* policy for example\.com\n[\s\S]*\| `p=reject` \| policy for the domain/);
  assert.match(at(7)!, /^\*\*DKIM\*\* key for selector `brisbane`: RSA, 1024 bits/);
  assert.equal(at(1), undefined);
});
