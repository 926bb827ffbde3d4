/**
 * The format readers, most specific first: reports that are not bounces, then the providers' own bounces,
 * then machine-readable parts, then each text format by its own signs. The generic reader comes last, only for what looks like a bounce.
 */
import type { BounceReader } from '../reader';
import { amazonSes } from './amazonses';
import { amazonWorkMail } from './amazonworkmail';
import { apple } from './apple';
import { arf } from './arf';
import { barracuda } from './barracuda';
import { courier } from './courier';
import { domino } from './domino';
import { dragonfly } from './dragonfly';
import { exchange } from './exchange';
import { exim } from './exim';
import { gmail } from './gmail';
import { gmx } from './gmx';
import { googleGroups } from './googlegroups';
import { japaneseCarriers } from './japaneseCarriers';
import { mailRu } from './mailru';
import { mailingList } from './mailingList';
import { messagingServer } from './messagingserver';
import { mimecast } from './mimecast';
import { opensmtpd } from './opensmtpd';
import { outlook } from './outlook';
import { postfix } from './postfix';
import { proofpoint } from './proofpoint';
import { qmail } from './qmail';
import { rfc3464 } from './rfc3464';
import { rfc3834 } from './rfc3834';
import { sendgrid } from './sendgrid';
import { sendmail } from './sendmail';
import { yahoo } from './yahoo';
import { yandex } from './yandex';
import { zoho } from './zoho';

export const readers: BounceReader[] = [
  arf,
  amazonSes,
  // Providers and gateways that write their own bounces, before the generic DSN and MTA readers they build on.
  barracuda,
  mimecast,
  proofpoint,
  apple,
  amazonWorkMail,
  outlook,
  mailRu,
  yandex,
  gmx,
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
