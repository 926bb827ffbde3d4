// The code tables against their sources: the IANA registry's CSV (in the shared corpus: those tests skip
// without it), and the RFC lists of basic codes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { corpusFile, corpusSkip, repoRoot } from '../../paths';
import { enhancedCodes } from '../../../src/core/smtp/enhancedCodes';
import { basicCodes } from '../../../src/core/smtp/basicCodes';
import { explain } from '../../../src/core/smtp/explain';

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else field += ch;
  }
  if (field !== '' || row.length) endRow();
  return rows.filter((r) => r.some((f) => f !== ''));
}

/** The registry's header and rows, read when a test needs them (never at load: the corpus may be absent). */
function ianaRegistry(): { header: string[]; registry: string[][] } {
  const [header, ...registry] = parseCsv(fs.readFileSync(corpusFile('iana', 'smtp-enhanced-status-codes.csv'), 'utf8'));
  return { header, registry };
}

/** "[RFC3463] (Standards Track); [RFC7504] (Standards Track)" → ["RFC3463", "RFC7504"]. */
function references(cell: string): string[] {
  return [...cell.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]);
}

test('the registry CSV has the 81 codes the knowledge notes expect', { skip: corpusSkip }, () => {
  const { header, registry } = ianaRegistry();
  assert.deepEqual(header.slice(0, 5), ['Code', 'Sample Text', 'Associated basic status code', 'Description', 'Reference']);
  assert.equal(registry.length, 81);
});

test('the enhanced table holds exactly the registry codes, with the same RFC references and titles', { skip: corpusSkip }, () => {
  const { registry } = ianaRegistry();
  const ours = [...enhancedCodes.values()];
  assert.deepEqual(ours.map((e) => e.code).sort(), registry.map((r) => r[0]).sort());
  for (const row of registry) {
    const entry = enhancedCodes.get(row[0].slice(2))!;
    assert.deepEqual(entry.rfc, references(row[4]), `${row[0]} references`);
    assert.equal(entry.title, row[1].replace(/\s*\n\s*/g, ' '), `${row[0]} title`);
    assert.equal(entry.basic, row[2].replace(/\s*\n\s*/g, ' ').replace(/^Not given$/, ''), `${row[0]} associated basic codes`);
    assert.ok(entry.meaning.length > 20, `${row[0]} has a meaning`);
  }
});

test('every registry code is explained in all three classes, and the meaning is our own words', { skip: corpusSkip }, () => {
  for (const row of ianaRegistry().registry) {
    for (const cls of ['2', '4', '5']) {
      const ex = explain(cls + row[0].slice(1))!;
      assert.equal(ex.vendorSpecific, false, row[0]);
      // Not a copy of the registry's description: no run of 8 words in common.
      const words = row[3].toLowerCase().replace(/\s+/g, ' ').split(' ');
      for (let i = 0; i + 8 <= words.length; i++) {
        assert.ok(!ex.meaning.toLowerCase().includes(words.slice(i, i + 8).join(' ')), `${row[0]} copies the registry text`);
      }
    }
  }
});

test('every basic code of RFC 5321 §4.2.2-4.2.3 and its extensions is in the table with its RFCs', () => {
  const expected: Record<string, string[]> = {
    RFC5321: [
      '211',
      '214',
      '220',
      '221',
      '250',
      '251',
      '252',
      '354',
      '421',
      '450',
      '451',
      '452',
      '455',
      '500',
      '501',
      '502',
      '503',
      '504',
      '550',
      '551',
      '552',
      '553',
      '554',
      '555',
    ],
    RFC4954: ['235', '334', '432', '454', '500', '530', '534', '535', '538'],
    RFC3207: ['220', '454', '501', '530'],
    RFC1870: ['452', '552'],
    RFC1985: ['250', '251', '252', '253', '458', '459'],
    RFC5248: ['523', '525'],
    RFC7504: ['521', '556'],
  };
  for (const [rfc, codes] of Object.entries(expected)) {
    for (const code of codes) {
      assert.ok(basicCodes.get(code)?.rfc.includes(rfc), `${code} cites ${rfc}`);
    }
  }
  assert.equal(basicCodes.size, new Set(Object.values(expected).flat()).size);
});

test('every article a table points to exists and starts with a # Title line', () => {
  const articles = new Set<string>();
  for (const c of basicCodes.values()) articles.add(explain(c.code)!.article);
  for (const e of enhancedCodes.values()) for (const cls of ['2', '4', '5']) articles.add(explain(cls + e.code.slice(1))!.article);
  for (const subject of ['0', '1', '2', '3', '4', '5', '6', '7']) articles.add(explain(`5.${subject}.999`)!.article);
  for (const article of articles) {
    const text = fs.readFileSync(path.join(repoRoot, 'docs', article), 'utf8');
    assert.match(text, /^# \S/, article);
  }
  assert.ok(articles.size >= 20, `${articles.size} articles`);
});
