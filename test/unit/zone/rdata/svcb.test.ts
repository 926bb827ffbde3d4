/** SVCB and HTTPS rows from RFC 9460 (appendix D) and BIND 9.18's rules. */
import { rdataTable } from './table';

rdataTable('SVCB and HTTPS parameters (RFC 9460 appendix D)', [
  ['SVCB', '0 foo.example.com.', '0 foo.example.com.'],
  ['SVCB', '1 .', '1 .'],
  ['SVCB', '16 foo.example.com. port=53', '16 foo.example.com. port=53'],
  ['SVCB', '1 foo.example.com. key667=hello', '1 foo.example.com. key667="hello"'],
  ['SVCB', '1 foo.example.com. ipv6hint=2001:db8::1,2001:db8::53:1', '1 foo.example.com. ipv6hint=2001:db8::1,2001:db8::53:1'],
  [
    'SVCB',
    '16 foo.example.org. alpn=h2,h3-19 mandatory=ipv4hint,alpn ipv4hint=192.0.2.1',
    '16 foo.example.org. mandatory=alpn,ipv4hint alpn="h2,h3-19" ipv4hint=192.0.2.1',
  ],
  ['HTTPS', '1 . alpn="h2 x,h3" ech=AQID', '1 . alpn="h2 x,h3" ech=AQID'],
  ['HTTPS', '1 . dohpath=/dns-query{?dns}', '1 . key7="/dns-query{?dns}"'],
  ['HTTPS', '65536 .', { error: 'HTTPS priority 65536 is out of range 0-65535', at: '65536' }],
  ['SVCB', '1 foo.example.com. mandatory', { error: 'SVCB parameter mandatory needs a value', at: 'mandatory' }],
  ['SVCB', '1 . mandatory=alpn', { error: 'SVCB mandatory lists alpn, which the record does not have', at: 'mandatory=alpn' }],
  ['SVCB', '1 . mandatory=port,port port=1', { error: 'SVCB parameter mandatory lists port twice', at: 'mandatory=port,port' }],
  ['SVCB', '1 . port=1 port=2', { error: 'SVCB key port appears twice', at: 'port=2' }],
  ['SVCB', '1 . no-default-alpn', { error: 'SVCB no-default-alpn needs alpn', at: 'no-default-alpn' }],
  ['SVCB', '1 . port=65536', { error: 'SVCB parameter port 65536 is out of range 0-65535', at: 'port=65536' }],
  ['SVCB', '1 . ipv4hint=1.2.3.4,', { error: 'SVCB parameter ipv4hint "" is not an IPv4 address', at: 'ipv4hint=1.2.3.4,' }],
  [
    'SVCB',
    '1 . key0001=a',
    {
      error:
        'SVCB parameter "key0001" is not a key (mandatory, alpn, no-default-alpn, port, ipv4hint, ech, ipv6hint, dohpath, or keyNNNNN without leading zeros)',
      at: 'key0001=a',
    },
  ],
  ['SVCB', '1 . key1=abc', { error: 'SVCB parameter key1 is not a list of protocol ids', at: 'key1=abc' }],
  ['SVCB', '1 . dohpath=/q', { error: 'SVCB parameter dohpath must be a path starting with "/" that holds {?dns}', at: 'dohpath=/q' }],
]);
