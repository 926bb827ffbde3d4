// Bounce reasons against sisimai's verdicts for the shared bounces (../shared/corpus/bounces/sisimai-expected.json).
// Split before tuning, by a hash of the file name: one third held out. Agreement is printed for each part, with every disagreement.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { readBounce } from '../../src/core/bounce';
import type { ReasonId } from '../../src/core/bounce/reasons';
import { corpusFile, corpusSkip } from '../paths';

/** sisimai's reason names → ours: the one mapping table. */
export const sisimaiReasons: Record<string, ReasonId> = {
  userunknown: 'user-unknown',
  mailboxfull: 'mailbox-full',
  suspend: 'suspended',
  hasmoved: 'has-moved',
  hostunknown: 'host-unknown',
  notaccept: 'does-not-accept',
  expired: 'expired',
  networkerror: 'network-error',
  blocked: 'blocked',
  badreputation: 'bad-reputation',
  toomanyconn: 'rate-limited',
  speeding: 'rate-limited',
  policyviolation: 'policy-violation',
  spamdetected: 'spam-detected',
  virusdetected: 'virus-detected',
  contenterror: 'content-error',
  authfailure: 'auth-failure',
  requireptr: 'requires-ptr',
  notcompliantrfc: 'not-rfc-compliant',
  rejected: 'sender-rejected',
  norelaying: 'relaying-denied',
  mesgtoobig: 'too-big',
  exceedlimit: 'exceeds-limit',
  filtered: 'filtered',
  systemerror: 'system-error',
  systemfull: 'system-full',
  mailererror: 'mailer-error',
  syntaxerror: 'syntax-error',
  securityerror: 'security-error',
  onhold: 'on-hold',
  vacation: 'vacation',
  feedback: 'feedback-report',
  undefined: 'undetermined',
};

interface Verdict {
  reason: string;
  status: string;
  replyCode: string;
  hardBounce: boolean;
}

/** Held out: the third of the files whose name hashes to 0 mod 3 (chosen before any tuning). */
export function isHeldOut(file: string): boolean {
  return createHash('sha256').update(file).digest().readUInt32BE(0) % 3 === 0;
}

test('bounce reasons agree with sisimai on the tuning part and the held-out part', { skip: corpusSkip }, async (t) => {
  const expected = JSON.parse(fs.readFileSync(corpusFile('bounces', 'sisimai-expected.json'), 'utf8')) as Record<string, Verdict[]>;
  const tally = { tuning: { agree: 0, total: 0, hard: 0 }, heldOut: { agree: 0, total: 0, hard: 0 } };
  const disagreements: string[] = [];
  for (const file of Object.keys(expected).sort()) {
    const part = isHeldOut(file) ? tally.heldOut : tally.tuning;
    const report = await readBounce(fs.readFileSync(corpusFile('bounces', 'sisimai', file), 'utf8'));
    expected[file].forEach((want, i) => {
      const got = report?.recipients[i];
      const ours = sisimaiReasons[want.reason];
      assert.ok(ours, `sisimai reason ${want.reason} is in the mapping table`);
      part.total++;
      if (got?.hard === want.hardBounce) part.hard++;
      if (got?.reason === ours) part.agree++;
      else
        disagreements.push(
          `${isHeldOut(file) ? 'held-out' : 'tuning'} ${file} #${i}: sisimai ${want.reason} (${want.status}), ours ${got?.reason ?? 'no recipient'} [${report?.format ?? 'not read'}] ${got?.diagnostic?.slice(0, 120) ?? ''}`,
        );
    });
  }
  const percent = (a: number, b: number) => ((100 * a) / b).toFixed(1);
  const whole = { agree: tally.tuning.agree + tally.heldOut.agree, total: tally.tuning.total + tally.heldOut.total };
  t.diagnostic(
    `reason agreement: tuning ${tally.tuning.agree}/${tally.tuning.total} (${percent(tally.tuning.agree, tally.tuning.total)} %), ` +
      `held out ${tally.heldOut.agree}/${tally.heldOut.total} (${percent(tally.heldOut.agree, tally.heldOut.total)} %), ` +
      `whole ${whole.agree}/${whole.total} (${percent(whole.agree, whole.total)} %); hard/soft agreement ${tally.tuning.hard + tally.heldOut.hard}/${whole.total}`,
  );
  for (const line of disagreements) t.diagnostic(line);
  assert.equal(tally.tuning.total + tally.heldOut.total, 112);
  assert.ok(tally.tuning.agree / tally.tuning.total >= 0.95, `tuning agreement ${percent(tally.tuning.agree, tally.tuning.total)} %`);
  // Floors at the figures measured when they were set: they only go up.
  assert.ok(tally.heldOut.agree / tally.heldOut.total >= FLOOR_HELD_OUT, `held-out agreement ${percent(tally.heldOut.agree, tally.heldOut.total)} %`);
});

const FLOOR_HELD_OUT = 0.925;
