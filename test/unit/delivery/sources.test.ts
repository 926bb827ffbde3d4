import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allProfiles, DAY, HOUR } from '../../../src/core/delivery';
import { slug } from '../../../src/webview/markdown';
import { repoRoot } from '../../paths';

const article = fs.readFileSync(path.join(repoRoot, 'docs', 'delivery', 'mta-defaults.md'), 'utf8');
const sections = new Map(
  article
    .split(/^## /m)
    .slice(1)
    .map((section) => [slug(section.split('\n')[0]), section] as const),
);

/** "5 days", "24 hours", "36 hours": how the article's table writes a duration. */
function inWords(seconds: number): string {
  return seconds % DAY === 0 && seconds >= 2 * DAY ? `${seconds / DAY} days` : `${seconds / HOUR} hours`;
}

test('every profile the panel shows links to a section of docs/delivery/mta-defaults.md', () => {
  for (const profile of allProfiles()) {
    assert.ok(sections.has(profile.docAnchor), `no "## " section with the anchor #${profile.docAnchor} for ${profile.name}`);
  }
});

test('the article states each profile’s give-up and warning times, and marks what is unverified', () => {
  const rows = new Map(
    article
      .split('\n')
      .filter((line) => line.startsWith('| ') && !line.startsWith('| Sender') && !line.startsWith('|---'))
      .map((line) => [line.split('|')[1].trim(), line] as const),
  );
  for (const profile of allProfiles()) {
    const name = profile.id === 'vqnow' ? 'Filtering service (vqNow)' : profile.name;
    const row = rows.get(name);
    assert.ok(row, `no table row for ${name}`);
    const cells = row.split('|').map((cell) => cell.trim());
    assert.ok(
      cells[4].startsWith(inWords(profile.giveUpAfter)),
      `${name}: gives up after ${cells[4]}, the profile says ${inWords(profile.giveUpAfter)}`,
    );
    if (profile.warnAfter !== null) assert.ok(cells[3].startsWith(inWords(profile.warnAfter)), `${name}: warning ${cells[3]}`);
    else assert.match(cells[3], /^(off|none)/, `${name}: warning ${cells[3]}`);
    if (profile.unverified.length > 0) assert.match(row + sections.get(profile.docAnchor), /unverified/i, `${name} has unverified figures`);
  }
});
