/** RFC 3464 delivery status notifications (and RFC 6533 global ones): the message/delivery-status part. */
import { readDeliveryStatus } from '../../smtp/dsn';
import type { BounceReader } from '../reader';
import { readBlocks, replyCodeIn } from '../textReader';
import { readTranscript } from './sendmail';

export const rfc3464: BounceReader = {
  id: 'rfc3464',
  name: 'RFC 3464 delivery status notification',
  matches: (m) => m.deliveryStatus !== undefined,
  read(m) {
    const { recipients, reportingMta } = readDeliveryStatus(m.deliveryStatus!);
    // The notice often says more than a bare Diagnostic-Code (or holds the only copy of the server's reply).
    const fromText = readBlocks(m.body);
    const transcript = readTranscript(m.body).byAddress;
    return recipients.map((r) => {
      const text = fromText.find((t) => t.recipient?.toLowerCase() === r.finalRecipient?.toLowerCase());
      const diagnostic = r.diagnosticCode?.replace(/^[^;\s]*;\s*/, '');
      const useful = diagnostic && !/^\s*$/.test(diagnostic);
      return {
        recipient: (r.finalRecipient ?? r.originalRecipient)?.replace(/^<(.*)>$/, '$1'),
        diagnostic: useful ? diagnostic : text?.diagnostic,
        status: r.status,
        replyCode: replyCodeIn(diagnostic),
        remoteMta: r.remoteMta ?? reportingMta,
        action: r.action,
        command: transcript.get(r.finalRecipient?.toLowerCase() ?? '')?.command,
        context: text?.diagnostic ?? m.body,
        fromDsn: true,
      };
    });
  },
};
