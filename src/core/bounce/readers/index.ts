/** The format readers, most specific first; the generic reader comes last, only for what looks like a bounce. */
import type { BounceReader } from '../reader';
import { amazonSes } from './amazonses';
import { gmail } from './gmail';
import { googleGroups } from './googlegroups';
import { rfc3464 } from './rfc3464';
import { sendmail } from './sendmail';

export const readers: BounceReader[] = [amazonSes, rfc3464, googleGroups, gmail, sendmail];
