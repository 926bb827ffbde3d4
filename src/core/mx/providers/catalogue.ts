import type { ProviderEntry } from './types';

/**
 * Mail providers and filtering services, with the inbound MX hosts their own set-up pages (or, where
 * none was found, other pages) name. A pattern `*.domain` is written only for a domain the source
 * shows the provider's MX hosts under; hosts a reseller sells on another provider's servers belong
 * to that provider (GoDaddy's Microsoft 365 runs on Microsoft's hosts). docs/providers.md is
 * generated from this list (npm run gen:providers); docs/decisions/provider-catalogue.md says why.
 */
export const catalogue: readonly ProviderEntry[] = [
  {
    id: 'google',
    name: 'Google Workspace',
    kind: 'mailbox-provider',
    mx: ['*.google.com', '*.googlemail.com'],
    sources: [
      {
        url: 'https://onmark.io/knowledge-base/google-workspace-mx-record-values/',
        publisher: 'third-party',
        names: ['aspmx.l.google.com', 'alt1.aspmx.l.google.com', 'alt2.aspmx.l.google.com', 'alt3.aspmx.l.google.com', 'alt4.aspmx.l.google.com'],
      },
      {
        url: 'https://intodns.ai/citations/google-workspace-mx-records',
        publisher: 'third-party',
        names: ['smtp.google.com'],
      },
      {
        url: 'https://fastycloud.com/tutorials/?p=624',
        publisher: 'third-party',
        names: ['aspmx.l.google.com', 'alt1.aspmx.l.google.com', 'alt2.aspmx.l.google.com', 'aspmx2.googlemail.com', 'aspmx3.googlemail.com'],
      },
    ],
  },
  {
    id: 'microsoft',
    name: 'Microsoft 365',
    kind: 'mailbox-provider',
    mx: ['*.mail.protection.outlook.com', '*.mx.microsoft'],
    sources: [
      {
        url: 'https://blogs.technet.microsoft.com/eopfieldnotes/2014/08/06/one-mx-to-rule-them-all/',
        publisher: 'provider',
        names: ['contoso-com.mail.protection.outlook.com'],
      },
      {
        url: 'https://c7solutions.com/2024/02/what-is-mx-microsoft',
        publisher: 'third-party',
        names: ['vanitydomain-com.randomstring.mx.microsoft'],
      },
      {
        url: 'https://www.thomasjuhlolesen.dk/2026/02/microsofts-mx-change-in-july26-a-follow-up-on-my-dnssec-and-smtp-dane-articles.html',
        publisher: 'third-party',
        names: ['*.mx.microsoft'],
      },
    ],
  },
  {
    id: 'spamexperts',
    name: 'SpamExperts',
    kind: 'filtering-service',
    mx: ['*.spamexperts.com', '*.spamexperts.eu', '*.spamexperts.net', '*.antispamcloud.com'],
    sources: [
      {
        url: 'https://documentation.n-able.com/spamexperts/userguide/Content/B_Admin%20Level/domains/mx-records.htm',
        publisher: 'provider',
        names: [
          'mx.spamexperts.com',
          'fallbackmx.spamexperts.eu',
          'lastmx.spamexperts.net',
          'mx1-eu.spamexperts.com',
          'mx2-eu.spamexperts.com',
          'mx3-eu.spamexperts.com',
          'mx4-eu.spamexperts.com',
          'mx1-us.spamexperts.com',
          'mx2-us.spamexperts.com',
          'mx3-us.spamexperts.com',
        ],
      },
      {
        url: 'https://documentation.n-able.com/spamexperts/userguide/qsg/lc/Content/B_Admin%20Level/domains/mx-records.htm',
        publisher: 'provider',
        names: ['filter10.antispamcloud.com', 'filter20.antispamcloud.com', 'filter30.antispamcloud.com', 'filter40.antispamcloud.com'],
      },
    ],
  },
  {
    id: 'vqnow',
    name: 'vqNow',
    kind: 'filtering-service',
    mx: ['*.vqnow.com'],
    sources: 'seed',
  },
];
