/**
 * Bounces written by Proofpoint's hosted gateways (Protection Server on pphosted.com, Essentials on
 * ppe-hosted.com): the bouncing host names itself in From, Reporting-MTA or the notice.
 */
import { postfixFormat } from './postfix';
import { providerReader } from './provider';

const proofpointHost = /\b[\w.-]+\.(pphosted|ppe-hosted)\.com\b/i;

export const proofpoint = providerReader({
  id: 'proofpoint',
  name: 'Proofpoint',
  signs: {
    from: proofpointHost,
    dsn: /^reporting-mta:\s*dns;\s*[\w.-]+\.(pphosted|ppe-hosted)\.com/im,
    body: /this is the mail system at host [\w.-]+\.(pphosted|ppe-hosted)\.com/i,
  },
  layout: postfixFormat.layout,
  remoteMta: postfixFormat.remoteMta,
  sentences: [[/ipcheck\.proofpoint\.com|proofpoint dynamic reputation|support\.proofpoint\.com\/dnsbl-lookup/i, 'blocked']],
});
