/**
 * Amazon SES bounce notifications delivered as JSON (by SNS e-mail or pasted): bouncedRecipients with
 * their action, status and diagnosticCode.
 */
import type { BounceReader } from '../reader';
import type { RawRecipient } from '../textReader';

interface SesRecipient {
  emailAddress?: string;
  action?: string;
  status?: string;
  diagnosticCode?: string;
}

/** The SES notification in an SNS envelope ("Message" holds it as a JSON string) or on its own. */
function sesNotification(
  raw: string,
): { notificationType?: string; bounce?: { bouncedRecipients?: SesRecipient[]; reportingMTA?: string } } | undefined {
  const text = raw.replace(/\r?\n[ \t]/g, '');
  const start = text.indexOf('{');
  if (start < 0) return undefined;
  try {
    let value = JSON.parse(text.slice(start, text.lastIndexOf('}') + 1)) as Record<string, unknown>;
    if (typeof value.Message === 'string') value = JSON.parse(value.Message) as Record<string, unknown>;
    return value;
  } catch {
    return undefined;
  }
}

export const amazonSes: BounceReader = {
  id: 'amazonses',
  name: 'Amazon SES notification',
  matches: (m) => /"notificationType\\?"\s*:\s*\\?"Bounce/.test(m.body),
  read(m) {
    const notification = sesNotification(m.body);
    return (notification?.bounce?.bouncedRecipients ?? []).map((r): RawRecipient => ({
      recipient: r.emailAddress,
      action: r.action,
      status: r.status,
      diagnostic: r.diagnosticCode?.replace(/^smtp;\s*/i, ''),
      remoteMta: notification?.bounce?.reportingMTA?.replace(/^dns;\s*/i, ''),
    }));
  },
};
