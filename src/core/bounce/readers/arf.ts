/** Abuse Reporting Format (RFC 5965) feedback reports: a complaint about a message, not a bounce. */
import { parseFieldBlocks } from '../../smtp/dsn';
import type { BounceReader } from '../reader';
import { addressesIn, originalHeader } from '../textReader';

export const arf: BounceReader = {
  id: 'arf',
  name: 'Feedback report (ARF, RFC 5965)',
  matches: (m) => m.feedbackReport !== undefined || /report-type="?feedback-report/i.test(m.headers.get('content-type') ?? ''),
  read(m) {
    const fields = parseFieldBlocks(m.feedbackReport ?? '')[0] ?? new Map<string, string>();
    const recipients = addressesIn(fields.get('original-rcpt-to') ?? fields.get('removal-recipient') ?? originalHeader(m.original, 'to'));
    const diagnostic = `Feedback-Type: ${fields.get('feedback-type') ?? 'unknown'}${fields.get('user-agent') ? ` (from ${fields.get('user-agent')})` : ''}`;
    return (recipients.length ? recipients : [undefined]).map((recipient) => ({
      recipient,
      diagnostic,
      remoteMta: fields.get('reporting-mta')?.replace(/^dns;\s*/i, ''),
      reason: 'feedback-report' as const,
    }));
  },
};
