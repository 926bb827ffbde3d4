/** Sun Java System / Oracle Communications Messaging Server: "Recipient address:", "Reason:", "Diagnostic code:" lines. */
import { layoutReader } from '../reader';

export const messagingServer = layoutReader({
  id: 'messagingserver',
  name: 'Oracle Messaging Server',
  signs: {
    body: /this report relates to a message you sent with the following header fields|your message cannot be delivered to the following recipients/i,
  },
  layout: {
    start: /(cannot be delivered to the following recipients|was delivered to the following recipients|has been delayed[^\n]*recipients)[^\n]*:?/i,
  },
  remoteMta: /^\s*remote system:\s*(?:dns;)?\s*(\S+)/im,
});
