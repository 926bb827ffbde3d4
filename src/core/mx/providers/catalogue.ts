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
        url: 'https://github.com/chhopkin/microsoft-365-docs/blob/f13a24ba61958827c9df0cd26dbb035f660dc6e2/microsoft-365/enterprise/configure-multi-geo-in-region-routing-in-preview.md',
        publisher: 'provider',
        names: ['contosotest-com.o-v1.mx.microsoft'],
        says: 'Microsoft’s Learn article (a copy of its docs repository): Enable-DnssecForVerifiedDomain returns the new MX target; add it at preference 20, move the old mail.protection.outlook.com record to 30 and the new one to 0, then delete the old one',
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
    id: 'yahoo',
    name: 'Yahoo Mail',
    kind: 'mailbox-provider',
    mx: ['*.biz.mail.yahoo.com', '*.yahoodns.net'],
    sources: [
      {
        url: 'https://suped.com/email-deliverability/answers/what-are-the-current-yahoo-mail-server-names-and-infrastructure',
        publisher: 'third-party',
        names: [
          'mx1.biz.mail.yahoo.com',
          'mx2.biz.mail.yahoo.com',
          'mx-biz.mail.am0.yahoodns.net',
          'mx-apac.mail.gm0.yahoodns.net',
          'mx-eu.mail.gm0.yahoodns.net',
        ],
      },
    ],
  },
  {
    id: 'zoho',
    name: 'Zoho Mail',
    kind: 'mailbox-provider',
    mx: ['*.zoho.com', '*.zoho.eu', '*.zoho.in', '*.zoho.com.au', '*.zoho.jp'],
    sources: [
      {
        url: 'https://www.zoho.com/jp/mail/help/adminconsole/print/network-solutions-mx.html',
        publisher: 'provider',
        names: ['mx.zoho.com', 'mx2.zoho.com', 'mx3.zoho.com'],
      },
      {
        url: 'https://mxrecordchecker.com/resources/zoho-mx-records',
        publisher: 'third-party',
        names: [
          'mx.zoho.com',
          'mx2.zoho.com',
          'mx3.zoho.com',
          'mx.zoho.eu',
          'mx2.zoho.eu',
          'mx3.zoho.eu',
          'mx.zoho.in',
          'mx2.zoho.in',
          'mx3.zoho.in',
          'mx.zoho.com.au',
          'mx2.zoho.com.au',
          'mx3.zoho.com.au',
          'mx.zoho.jp',
          'mx2.zoho.jp',
          'mx3.zoho.jp',
        ],
      },
    ],
  },
  {
    id: 'fastmail',
    name: 'Fastmail',
    kind: 'mailbox-provider',
    mx: ['*.messagingengine.com'],
    sources: [
      {
        url: 'https://gist.github.com/jaydenseric/c68cba49246881d0266d135c9583c5b4',
        publisher: 'third-party',
        names: ['in1-smtp.messagingengine.com', 'in2-smtp.messagingengine.com'],
      },
    ],
  },
  {
    id: 'proton',
    name: 'Proton Mail',
    kind: 'mailbox-provider',
    mx: ['*.protonmail.ch'],
    sources: [
      {
        url: 'https://mxrecordchecker.com/resources/protonmail-mx-records',
        publisher: 'third-party',
        names: ['mail.protonmail.ch', 'mailsec.protonmail.ch'],
      },
    ],
  },
  {
    id: 'yandex',
    name: 'Yandex 360',
    kind: 'mailbox-provider',
    mx: ['*.yandex.net'],
    sources: [
      { url: 'https://yandex.com.tr/support/kurum/set-mail/mx.html', publisher: 'provider', names: ['mx.yandex.net'] },
      { url: 'https://yandex.com/support/yandex-360/business/admin/en/mail/configuration', publisher: 'provider', names: ['mx.yandex.net'] },
    ],
  },
  {
    id: 'rackspace',
    name: 'Rackspace Email',
    kind: 'hosting-provider',
    mx: ['*.emailsrvr.com'],
    sources: [
      {
        url: 'https://docs.rackspace.com/support/how-to/dns-record-definitions/',
        publisher: 'provider',
        names: ['mx1.emailsrvr.com', 'mx2.emailsrvr.com'],
      },
    ],
  },
  {
    id: 'namecheap',
    name: 'Namecheap Private Email',
    kind: 'hosting-provider',
    mx: ['*.privateemail.com'],
    sources: [
      {
        url: 'https://namecheap.com/support/knowledgebase/article.aspx/1262/2176/what-does-namecheap-private-email-dns-verification-imply',
        publisher: 'provider',
        names: ['mx1.privateemail.com', 'mx2.privateemail.com'],
      },
    ],
  },
  {
    id: 'cloudflare',
    name: 'Cloudflare Email Routing',
    kind: 'filtering-service',
    mx: ['*.mx.cloudflare.net'],
    sources: [
      {
        url: 'https://developers.cloudflare.com/email-routing/postmaster/',
        publisher: 'provider',
        names: ['amir.mx.cloudflare.net', 'linda.mx.cloudflare.net', 'isaac.mx.cloudflare.net'],
        says: 'the records Email Routing adds to a zone, as its example: MX 13 amir, MX 86 linda, MX 24 isaac, all under mx.cloudflare.net',
      },
    ],
  },
  {
    id: 'barracuda',
    name: 'Barracuda Email Gateway Defense',
    kind: 'filtering-service',
    mx: ['*.ess.barracudanetworks.com'],
    sources: [
      {
        url: 'https://www.captaindns.com/en/blog/barracuda-secure-email-gateway',
        publisher: 'third-party',
        names: ['*.ess.barracudanetworks.com'],
      },
    ],
  },
  {
    id: 'cisco',
    name: 'Cisco Secure Email',
    kind: 'filtering-service',
    mx: ['*.iphmx.com', '*.etd.cisco.com', '*.etd.cisco'],
    sources: [
      { url: 'https://www.captaindns.com/en/blog/cisco-secure-email-gateway', publisher: 'third-party', names: ['*.iphmx.com'] },
      {
        url: 'https://docs.cmd.cisco.com/en/Content/secure-email-threat-defense-user-guide/Setup%20SMTP/Set%20up%20Your%20Message%20Source/SMTP.htm',
        publisher: 'provider',
        names: [
          'mx.us.etd.cisco.com',
          'mx.eu.etd.cisco.com',
          'mx.in.etd.cisco.com',
          'mx.au.etd.cisco.com',
          'mx.ae.etd.cisco.com',
          'mx.beta.etd.cisco.com',
          'mx.usgov.etd.cisco',
        ],
        says: 'Secure Email Threat Defense as the primary gateway: the MX record points to the host of the region (North America, Europe, India, Australia, United Arab Emirates, Beta, Government)',
      },
    ],
  },
  {
    id: 'migadu',
    name: 'Migadu',
    kind: 'mailbox-provider',
    mx: ['*.migadu.com'],
    sources: [
      {
        url: 'https://gist.github.com/tennox/f2836fb57e2ac3b54c0c044b7777eb35',
        publisher: 'third-party',
        names: ['aspmx1.migadu.com', 'aspmx2.migadu.com'],
      },
    ],
  },
  {
    id: 'forwardemail',
    name: 'Forward Email',
    kind: 'hosting-provider',
    mx: ['*.forwardemail.net'],
    sources: [
      {
        url: 'https://github.com/forwardemail/forwardemail.net/blob/41d555720d37da4b58d926e9c4d57a7df3ab29f1/app/views/about/index.md',
        publisher: 'provider',
        names: ['mx1.forwardemail.net', 'mx2.forwardemail.net'],
        says: 'the About page of Forward Email’s own site: the service is set up by pointing the MX records to mx1.forwardemail.net and mx2.forwardemail.net',
      },
    ],
  },
  {
    id: 'proofpoint-essentials',
    name: 'Proofpoint Essentials',
    kind: 'filtering-service',
    mx: ['*.ppe-hosted.com'],
    sources: [
      {
        url: 'https://github.com/pect0ral/mail_recon',
        publisher: 'third-party',
        names: ['mx1-us1.ppe-hosted.com', 'mx2-us1.ppe-hosted.com'],
      },
    ],
  },
  {
    id: 'mimecast',
    name: 'Mimecast',
    kind: 'filtering-service',
    mx: ['*.mimecast.com'],
    sources: [
      {
        url: 'https://gist.github.com/wjessop/682989a200deb38a2a1dfbb880fb5cfa',
        publisher: 'third-party',
        names: ['us-smtp-inbound-1.mimecast.com', 'us-smtp-inbound-2.mimecast.com'],
      },
    ],
  },
  {
    id: 'hornetsecurity',
    name: 'Hornetsecurity',
    kind: 'filtering-service',
    mx: ['*.hornetsecurity.com'],
    sources: [
      {
        url: 'https://www.captaindns.com/en/blog/hornetsecurity-secure-email-gateway',
        publisher: 'third-party',
        names: ['mx01.hornetsecurity.com', 'mx04.hornetsecurity.com'],
      },
    ],
  },
  {
    id: 'symantec',
    name: 'Broadcom Symantec Email Security.cloud',
    kind: 'filtering-service',
    mx: ['*.messagelabs.com'],
    sources: [
      {
        url: 'https://support.symantec.com/us/en/article.tech247121.html',
        publisher: 'provider',
        names: ['clusterx.xx.messagelabs.com', 'clusterxa.xx.messagelabs.com'],
      },
      {
        url: 'https://knowledge.broadcom.com/external/article/254105/email-securitycloud.html',
        publisher: 'provider',
        names: ['clusterx.us.messagelabs.com'],
      },
    ],
  },
  {
    id: 'mailgun',
    name: 'Mailgun',
    kind: 'hosting-provider',
    mx: ['*.mailgun.org'],
    sources: [
      {
        url: 'https://documentation.mailgun.com/docs/mailgun/user-manual/domains/domains-verify.md',
        publisher: 'provider',
        names: ['mxa.mailgun.org', 'mxb.mailgun.org'],
        says: 'to receive and route mail for a domain: MX 10 mxa.mailgun.org, MX 10 mxb.mailgun.org',
      },
    ],
  },
  {
    id: 'postmark',
    name: 'Postmark inbound',
    kind: 'hosting-provider',
    mx: ['inbound.postmarkapp.com'],
    sources: [
      {
        url: 'https://postmarkapp.com/developer/user-guide/inbound/inbound-domain-forwarding',
        publisher: 'provider',
        names: ['inbound.postmarkapp.com'],
      },
    ],
  },
  {
    id: 'amazon-ses',
    name: 'Amazon SES and WorkMail',
    kind: 'hosting-provider',
    mx: ['inbound-smtp.us-west-2.amazonaws.com', 'inbound-smtp.us-east-1.amazonaws.com', 'inbound-smtp.eu-west-1.amazonaws.com'],
    sources: [
      {
        url: 'https://docs.aws.amazon.com/ses/latest/dg/receiving-email-mx-record.html',
        publisher: 'provider',
        names: ['inbound-smtp.us-west-2.amazonaws.com'],
        says: 'the SES receiving endpoint of the US West (Oregon) region, as the example of one endpoint per region',
      },
      {
        url: 'https://github.com/awsdocs/amazon-workmail-administration-guide/blob/00978fe46f780efb0cc174ce4baa44c11495efc8/doc_source/domain_verification.md',
        publisher: 'provider',
        names: ['inbound-smtp.us-east-1.amazonaws.com', 'inbound-smtp.eu-west-1.amazonaws.com', 'inbound-smtp.us-west-2.amazonaws.com'],
        says: 'the WorkMail administration guide: the MX record must be `10 inbound-smtp.<region>.amazonaws.com` for US East, EU (Ireland) or US West; WorkMail receives on the SES endpoints, so both are one entry',
      },
    ],
  },
  {
    id: 'ovh',
    name: 'OVHcloud MX Plan',
    kind: 'hosting-provider',
    mx: ['*.mail.ovh.net'],
    sources: [
      {
        url: 'https://github.com/ovh/docs/blob/master/pages/web/domains/dns_zone_mx/guide.en-gb.md',
        publisher: 'provider',
        names: ['mx0.mail.ovh.net', 'mx1.mail.ovh.net', 'mx2.mail.ovh.net', 'mx3.mail.ovh.net', 'mx4.mail.ovh.net'],
      },
    ],
  },
  {
    id: 'mailchannels',
    name: 'MailChannels Inbound Filtering',
    kind: 'filtering-service',
    mx: ['*.mailchannels.net'],
    sources: [
      {
        url: 'https://docs.mailchannels.com/inbound/downstream-records',
        publisher: 'provider',
        names: ['mx1.mailchannels.net', 'mx2.mailchannels.net'],
      },
    ],
  },
  {
    id: 'infomaniak',
    name: 'Infomaniak Mail',
    kind: 'mailbox-provider',
    mx: ['*.infomaniak.ch'],
    sources: [
      {
        url: 'https://www.infomaniak.com/en/support/faq/search?page=3&q=dns',
        publisher: 'provider',
        names: ['mta-gw.infomaniak.ch'],
      },
    ],
  },
  {
    id: 'simplelogin',
    name: 'SimpleLogin',
    kind: 'hosting-provider',
    mx: ['*.simplelogin.co'],
    sources: [
      {
        url: 'https://github.com/simple-login/documentation/blob/1c85859fac2c7d4307bfbaa79bea92b7db6f8384/docs/custom-domain/registrars/namecheap/namecheap-subdomain.md',
        publisher: 'provider',
        names: ['mx1.simplelogin.co', 'mx2.simplelogin.co'],
        says: 'SimpleLogin’s documentation: MX 10 mx1.simplelogin.co, MX 20 mx2.simplelogin.co',
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
  {
    id: 'gandi',
    name: 'Gandi',
    kind: 'hosting-provider',
    mx: ['*.mail.gandi.net'],
    sources: [
      {
        url: 'https://docs.gandi.net/zh-hant/domain_names/faq/record_types/mx_record.html',
        publisher: 'provider',
        names: ['spool.mail.gandi.net', 'fb.mail.gandi.net'],
        says: 'Gandi’s mail service: MX 10 spool.mail.gandi.net, MX 50 fb.mail.gandi.net',
      },
    ],
  },
  {
    id: 'godaddy',
    name: 'GoDaddy Professional Email',
    kind: 'hosting-provider',
    mx: ['*.secureserver.net'],
    sources: [
      {
        url: 'https://github.com/Domain-Connect/Templates/blob/13ae77ee6adb1ae6bab38b64399a815611420a12/godaddy.com.professional_mail.json',
        publisher: 'provider',
        names: ['smtp.secureserver.net', 'mailstore1.secureserver.net'],
        says: 'GoDaddy’s own Domain Connect template for Professional Mail: MX 0 smtp.secureserver.net, MX 10 mailstore1.secureserver.net',
      },
    ],
  },
  {
    id: 'mailru',
    name: 'Mail.ru for Business',
    kind: 'mailbox-provider',
    mx: ['emx.mail.ru'],
    sources: [
      {
        url: 'https://glama.ai/mcp/servers/badigit/beget-mcp/tools/mail_setup_mailru',
        publisher: 'third-party',
        names: ['emx.mail.ru'],
        says: 'a DNS tool’s description of the Mail.ru for Business set-up: MX emx.mail.ru, preference 10',
      },
    ],
  },
  {
    id: 'proofpoint',
    name: 'Proofpoint',
    kind: 'filtering-service',
    mx: ['*.pphosted.com'],
    sources: [
      {
        url: 'https://www.captaindns.com/en/blog/proofpoint-secure-email-gateway',
        publisher: 'third-party',
        names: ['*.pphosted.com'],
        says: 'the MX records move to hosts under pphosted.com, by region (US1 to US5, EU1, AU)',
      },
    ],
  },
  {
    id: 'alibaba-mail',
    name: 'Alibaba Mail',
    kind: 'mailbox-provider',
    mx: ['*.qiye.aliyun.com'],
    sources: [
      {
        url: 'https://help.aliyun.com/en/document_detail/446248.html',
        publisher: 'provider',
        names: ['mx1.qiye.aliyun.com', 'mx2.qiye.aliyun.com', 'mx3.qiye.aliyun.com'],
        says: 'Alibaba Mail’s MX values: 5 mx1, 10 mx2, 15 mx3.qiye.aliyun.com (the page offers a second set instead, cut off in the stored copy and not recorded here)',
      },
    ],
  },
  {
    id: 'hosting-de',
    name: 'hosting.de',
    kind: 'hosting-provider',
    mx: ['*.hosting.de'],
    sources: [
      {
        url: 'https://www.hosting.de/helpdesk/produkte/e-mail/mx-eintraege',
        publisher: 'provider',
        names: ['mx01.hosting.de', 'mx02.hosting.de', 'mx03.hosting.de', 'mxbackup.hosting.de'],
        says: 'mx01, mx02 and mx03.hosting.de at priority 10, mxbackup.hosting.de at 20: a backup run by the same provider',
      },
    ],
  },
  {
    id: 'sendgrid',
    name: 'Twilio SendGrid Inbound Parse',
    kind: 'hosting-provider',
    mx: ['mx.sendgrid.net'],
    sources: [
      {
        url: 'https://www.twilio.com/docs/sendgrid/for-developers/parsing-email/setting-up-the-inbound-parse-webhook.md',
        publisher: 'provider',
        names: ['mx.sendgrid.net'],
        says: 'MX priority 10 mx.sendgrid.net, on a hostname that serves no other purpose than parsing incoming mail',
      },
    ],
  },
  {
    id: 'variomedia',
    name: 'Variomedia',
    kind: 'hosting-provider',
    mx: ['mail.variomedia.de'],
    sources: [
      {
        url: 'https://www.variomedia.de/faq/Was-sind-MX-Eintraege-und-wie-funktionieren-sie/article/169',
        publisher: 'provider',
        names: ['mail.variomedia.de'],
        says: 'the default MX records: 10 mail.variomedia.de for the domain and for *.domain',
      },
    ],
  },
  {
    id: 'startmail',
    name: 'StartMail',
    kind: 'mailbox-provider',
    mx: ['*.startmail.com'],
    sources: [
      {
        url: 'https://support.startmail.com/hc/de/articles/360006558278-DNS-Eintr%C3%A4ge',
        publisher: 'provider',
        names: ['mx1.startmail.com', 'mx2.startmail.com'],
        says: 'two mail servers at the same priority: MX 10 mx1.startmail.com, MX 10 mx2.startmail.com',
      },
    ],
  },
  {
    id: 'mail-connect',
    name: 'all-connect mail-connect',
    kind: 'hosting-provider',
    mx: ['mx.mail-connect.net'],
    sources: [
      {
        url: 'https://hilfe.all-connect.net/de/DNS-_und_Firewall-Einstellungen_f%C3%BCr_mail-connect_Dienste',
        publisher: 'provider',
        names: ['mx.mail-connect.net'],
        says: 'a single MX 10 mx.mail-connect.net: the name itself leads to several redundant MX nodes, so no further MX records are needed',
      },
    ],
  },
  // The provider's own page names no MX host: each customer is shown its own records. The ids stand for other features.
  {
    id: 'apple',
    name: 'iCloud Mail',
    kind: 'mailbox-provider',
    mx: [],
    sources: [
      {
        url: 'https://support.apple.com/en-sg/HT212514',
        publisher: 'provider',
        names: [],
        says: 'Apple’s Custom Email Domain page lists no record values: iCloud settings show the DNS records to publish',
      },
    ],
  },
  {
    id: 'forcepoint',
    name: 'Forcepoint Email Security',
    kind: 'filtering-service',
    mx: [],
    sources: [
      {
        url: 'https://help.forcepoint.com/fpone/cloud-web/onlinehelp/guid-dec7d861-339e-4e66-b15a-c9dda594e081.html',
        publisher: 'provider',
        names: [],
        says: 'the MX records are customer-specific and shown in the portal, under MX Record DNS entries',
      },
    ],
  },
  {
    id: 'spamtitan',
    name: 'SpamTitan',
    kind: 'filtering-service',
    mx: [],
    sources: [
      {
        url: 'https://helpstc.spamtitan.com/support/solutions/articles/108254-understanding-and-configuring-mx-records',
        publisher: 'provider',
        names: [],
        says: 'explains MX records with placeholder hosts and links the list of SpamTitan Cloud hostnames, which was not found',
      },
    ],
  },
];
