/**
 * Outlook.com (formerly Hotmail) delivery status notifications: "This is an automatically generated Delivery
 * Status Notification" with its X-Message-Delivery and X-Message-Info headers.
 */
import { providerReader } from './provider';

export const outlook = providerReader({
  id: 'outlook',
  name: 'Outlook.com',
  signs: {
    header: ['x-message-delivery', /.?/],
    from: /postmaster@(hotmail|outlook|live|msn)\.[a-z.]+/i,
    body: /^this is an automatically generated delivery status notification/im,
  },
  sentences: [
    [/the domain is not reachable/i, 'host-unknown'],
    [/requested action not taken: mailbox unavailable/i, 'user-unknown'],
  ],
});
