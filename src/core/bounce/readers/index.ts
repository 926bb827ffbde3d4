/**
 * The format readers, most specific first: reports that are not bounces, then machine-readable parts,
 * then each text format by its own signs. The generic reader comes last, only for what looks like a bounce.
 */
import type { BounceReader } from '../reader';
import { amazonSes } from './amazonses';
import { arf } from './arf';
import { courier } from './courier';
import { domino } from './domino';
import { dragonfly } from './dragonfly';
import { exchange } from './exchange';
import { exim } from './exim';
import { gmail } from './gmail';
import { googleGroups } from './googlegroups';
import { japaneseCarriers } from './japaneseCarriers';
import { mailingList } from './mailingList';
import { messagingServer } from './messagingserver';
import { opensmtpd } from './opensmtpd';
import { postfix } from './postfix';
import { qmail } from './qmail';
import { rfc3464 } from './rfc3464';
import { rfc3834 } from './rfc3834';
import { sendgrid } from './sendgrid';
import { sendmail } from './sendmail';
import { yahoo } from './yahoo';
import { zoho } from './zoho';

export const readers: BounceReader[] = [
  arf,
  amazonSes,
  rfc3464,
  googleGroups,
  gmail,
  exchange,
  qmail,
  yahoo,
  exim,
  postfix,
  courier,
  opensmtpd,
  messagingServer,
  dragonfly,
  domino,
  sendgrid,
  zoho,
  japaneseCarriers,
  mailingList,
  sendmail,
  // Last: bounces also carry "Auto-Submitted: auto-replied"; only what no bounce reader claims is an auto-reply.
  rfc3834,
];
