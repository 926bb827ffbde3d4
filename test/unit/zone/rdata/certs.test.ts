/** TLSA, SMIMEA, SSHFP, CERT, OPENPGPKEY, DHCID, IPSECKEY and HIP rows from their RFCs. */
import { rdataTable } from './table';

const HIT = '200100107B1A74DF365639CC39F1D578';
const HIP_KEY =
  'AwEAAbdxyhNuSutc5EMzxTs9LBPCIkOFH8cIvM4p9+LrV4e19WzK00+CI6zBCQTdtWsuxKbWIy87UOoJTwkUs7lBu+Upr1gsNrut79ryra+bSRGQb1slImA8YVJyuIDsj7kwzG7jnERNqnWxZ48AWkskmdHaVDP4BcelrTI3rMXdXF5D';

rdataTable('TLSA and SMIMEA (RFC 6698 section 2.3, RFC 8162)', [
  [
    'TLSA',
    '3 1 1 0C72AC70B745AC19998811B131D662C9AC69DBDBE7CB23E5B514B56664C5D3D6',
    '3 1 1 0C72AC70B745AC19998811B131D662C9AC69DBDBE7CB23E5B514B566 64C5D3D6',
  ],
  ['TLSA', '256 0 0 00', { error: 'TLSA certificate usage 256 is out of range 0-255', at: '256' }],
  ['TLSA', '0 0 0 0', { error: 'TLSA certificate association data "0" is not hexadecimal (pairs of 0-9, A-F)', at: '0' }],
  ['TLSA', '0 0 0', { error: 'TLSA record is missing its certificate association data', at: '0' }],
  ['SMIMEA', '3 0 1 ab cd', '3 0 1 ABCD'],
]);

rdataTable('SSHFP (RFC 4255 section 3.2, RFC 6594)', [
  ['SSHFP', '2 1 123456789abcdef67890123456789abcdef67890', '2 1 123456789ABCDEF67890123456789ABCDEF67890'],
  ['SSHFP', '4 2 01', { error: 'SSHFP fingerprint for SHA-256 must be 64 hex digits, got 2', at: '01' }],
  ['SSHFP', '4 3', '4 3'],
]);

rdataTable('CERT (RFC 4398 section 2)', [
  ['CERT', 'PGP 0 0 AQID', 'PGP 0 0 AQID'],
  ['CERT', '1 65535 RSASHA256 AQID', 'PKIX 65535 RSASHA256 AQID'],
  [
    'CERT',
    'X509 0 0 AQID',
    {
      error: 'CERT certificate type "X509" is neither a number (0-65535) nor one of PKIX, SPKI, PGP, IPKIX, ISPKI, IPGP, ACPKIX, IACPKIX, URI, OID',
      at: 'X509',
    },
  ],
]);

rdataTable('IPSECKEY gateways (RFC 4025 section 3)', [
  [
    'IPSECKEY',
    '10 1 2 192.0.2.38 AQNRU3mG7TVTO2BkR47usntb102uFJtugbo6BSGvgqt4AQ==',
    '10 1 2 192.0.2.38 AQNRU3mG7TVTO2BkR47usntb102uFJtugbo6BSGvgqt4AQ==',
  ],
  ['IPSECKEY', '10 0 2 . AQID', '10 0 2 . AQID'],
  ['IPSECKEY', '10 3 2 mygateway.example.com. AQID', '10 3 2 mygateway.example.com. AQID'],
  ['IPSECKEY', '10 2 2 2001:0DB8:0:8002::2000:1 AQID', '10 2 2 2001:db8:0:8002::2000:1 AQID'],
  ['IPSECKEY', '10 0 2 x AQID', { error: 'IPSECKEY gateway must be "." when the gateway type is 0, not "x"', at: 'x' }],
  ['IPSECKEY', '10 4 2 . AQID', { error: 'IPSECKEY gateway type 4 is not 0 (none), 1 (IPv4), 2 (IPv6) or 3 (name)', at: '4' }],
]);

rdataTable('OPENPGPKEY, DHCID, HIP (RFC 7929, RFC 4701, RFC 8005)', [
  ['OPENPGPKEY', 'mQCNAzIG', 'mQCNAzIG'],
  ['DHCID', 'AAIBY2/AuCccgoJbsaxcQc9TUapptP69lOjxfNuVAA2kjEA=', 'AAIBY2/AuCccgoJbsaxcQc9TUapptP69lOjxfNuVAA2kjEA='],
  ['DHCID', 'AAIBY2/', { error: 'DHCID DHCID data is not valid base64: 7 characters is not a multiple of 4', at: 'AAIBY2/' }],
  ['HIP', `2 ${HIT} ${HIP_KEY} rvs.example.com.`, `2 ${HIT} ${HIP_KEY} rvs.example.com.`],
]);
