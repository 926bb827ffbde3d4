/**
 * The zone files the comparison tests run on, with the origin each is meant to be read with: our own
 * fixtures in every clone, and the shared corpus's when it is there (skipped with the reason otherwise).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { corpusDir, corpusSkip, fixturesDir } from '../paths';

/**
 * Origins as BIND's own test script (bin/tests/system/checkzone/tests.sh) passes them: `example` for
 * its checkzone cases, `db` for bad1-4, `test` for test1/test2, `example.com` for generate-overflow,
 * `dyn.example.net` for crashzone and `zone1.com` for zone1. additional-mx.db comes from another test
 * folder; `example` serves it as well as any. The other corpus files name their origin in their file
 * name or an absolute SOA, which the origin guesser reads.
 */
export const BIND_TEST_ORIGINS: Record<string, string> = {
  'bind9/bad1.db': 'db',
  'bind9/bad2.db': 'db',
  'bind9/bad3.db': 'db',
  'bind9/bad4.db': 'db',
  'bind9/test1.db': 'test',
  'bind9/test2.db': 'test',
  'bind9/generate-overflow.db': 'example.com',
  'bind9/crashzone.db': 'dyn.example.net',
  'bind9/zone1.db': 'zone1.com',
  // dnscontrol's fragments are named NNN-name.foo.com.zone: their zone is foo.com.
  'dnscontrol/001-basic.foo.com.zone': 'foo.com',
  'dnscontrol/002-ttl.foo.com.zone': 'foo.com',
  'dnscontrol/013-mx.foo.com.zone': 'foo.com',
  'dnscontrol/017-txt.foo.com.zone': 'foo.com',
  'dnscontrol/simple.com.zone': 'simple.com',
  'octodns/unit.tests.tst': 'unit.tests',
  'octodns/invalid.records.tst': 'invalid.records',
};

export function listZoneFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listZoneFiles(full);
    return /\.(zone|db|tst)$/.test(entry.name) ? [full] : [];
  });
}

export interface ZoneFile {
  label: string;
  file: string;
  origin: string;
}

/** Every zone of the shared corpus, with the origin BIND's own tests read it with. */
export function corpusZoneFiles(corpusDir: string): ZoneFile[] {
  const zonesDir = path.join(corpusDir, 'zones');
  return listZoneFiles(zonesDir).map((file) => {
    const relative = path.relative(zonesDir, file).split(path.sep).join('/');
    return { label: `corpus/${relative}`, file, origin: BIND_TEST_ORIGINS[relative] ?? 'example' };
  });
}

/** Fixture zones below `dir`, each named after its origin (`backups.example.org.zone`). */
export function fixtureZoneFiles(dir: string, label: string): ZoneFile[] {
  return listZoneFiles(dir).map((file) => ({
    label: `${label}/${path.relative(dir, file).split(path.sep).join('/')}`,
    file,
    origin: path.basename(file).replace(/\.zone$/, ''),
  }));
}

/** Zones one test runs on: `minimum` guards against a folder that went missing. */
export interface ZoneSet<Case = ZoneFile> {
  name: string;
  skip: string | false;
  minimum: number;
  cases: () => Case[];
}

/** The fixture zones below these folders of test/fixtures, then the corpus zones. */
export function zoneSets(fixtureFolders: string[], fixtureMinimum: number): ZoneSet[] {
  return [
    {
      name: 'fixture',
      skip: false,
      minimum: fixtureMinimum,
      cases: () => fixtureFolders.flatMap((folder) => fixtureZoneFiles(path.join(fixturesDir, folder), `fixtures/${folder}`)),
    },
    { name: 'corpus', skip: corpusSkip, minimum: 30, cases: () => corpusZoneFiles(corpusDir) },
  ];
}

/**
 * One test per zone of each set (`title: label`), after a test that the set holds its minimum; a skipped
 * set (or every set, when `skip` says why: a missing tool) is one skipped test that gives the reason.
 * Returns the cases that got a test.
 */
export function testEachZone<Case extends { label: string }>(
  sets: ZoneSet<Case>[],
  title: string,
  check: (zoneCase: Case) => void,
  skip: string | false = false,
): Case[] {
  const all: Case[] = [];
  for (const set of sets) {
    if (set.skip || skip) {
      test(`${title}: the ${set.name} zones`, { skip: set.skip || skip }, () => {});
      continue;
    }
    const cases = set.cases();
    test(`${title}: the ${set.name} zones are there (${cases.length})`, () => {
      assert.ok(cases.length >= set.minimum, `expected at least ${set.minimum} ${set.name} zones, found ${cases.length}`);
    });
    for (const zoneCase of cases) test(`${title}: ${zoneCase.label}`, () => check(zoneCase));
    all.push(...cases);
  }
  return all;
}
