import type { Severity } from '../types';

/**
 * Findings only a live lookup can make. They read answers, not a zone, so they live beside the lookup
 * rather than in the rule registry; their articles sit with the others in docs/rules/.
 */
export const liveRules = {
  'domain-nxdomain': {
    severity: 'error',
    description: 'The domain does not exist in DNS, so every sender bounces mail to it at once.',
  },
  'mx-target-unresolved': {
    severity: 'error',
    description: 'An MX target (or, without MX, the domain itself) has no A or AAAA record anywhere.',
  },
  'lookup-failed': {
    severity: 'warning',
    description: 'A question about an MX target got SERVFAIL, no answer in time, or a malformed answer.',
  },
  'answer-truncated': {
    severity: 'information',
    description: 'An answer did not fit in a UDP datagram and had to be read again over TCP.',
  },
  'too-many-mx-targets': {
    severity: 'information',
    description: 'The domain lists more MX targets than MX Guard looks up (and far more than senders try).',
  },
} satisfies Record<string, { severity: Severity; description: string }>;

export type LiveRuleId = keyof typeof liveRules;
