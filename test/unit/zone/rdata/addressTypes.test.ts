/** A6, APL, WKS, EUI48/64, L32/L64/NID, NSAP, ATMA, AMTRELAY rows from their RFCs. */
import { rdataTable } from './table';

rdataTable('locators and hardware addresses (RFC 6742, RFC 7043)', [
  ['L32', '10 10.1.2.0', '10 10.1.2.0'],
  ['L64', '10 2001:0DB8:1140:1000', '10 2001:db8:1140:1000'],
  ['NID', '10 0014:4fff:ff20:ee64', '10 14:4fff:ff20:ee64'],
  ['LP', '10 l64-subnet1.example.com.', '10 l64-subnet1.example.com.'],
  ['EUI48', '00-00-5e-00-53-2a', '00-00-5e-00-53-2a'],
  ['EUI64', '00-00-5E-EF-10-00-00-2A', '00-00-5e-ef-10-00-00-2a'],
  ['EUI48', '00-00-5e-00-53', { error: 'EUI48 address "00-00-5e-00-53" must be 6 hexadecimal pairs joined by "-"', at: '00-00-5e-00-53' }],
  ['L64', '10 2001:0DB8:1140', { error: 'L64 locator "2001:0DB8:1140" must be four groups of 1-4 hex digits joined by ":"', at: '2001:0DB8:1140' }],
]);

rdataTable('APL (RFC 3123 section 5)', [
  ['APL', '1:192.168.32.0/21 !1:192.168.38.0/28', '1:192.168.32.0/21 !1:192.168.38.0/28'],
  ['APL', '1:224.0.0.0/4 2:FF00:0:0:0:0:0:0:0/8', '1:224.0.0.0/4 2:ff00::/8'],
  ['APL', '', ''],
  ['APL', '3:1.2.3.4/8', { error: 'APL item "3:1.2.3.4/8": address family 3 is not 1 (IPv4) or 2 (IPv6)', at: '3:1.2.3.4/8' }],
  ['APL', '1:1.2.3.4/33', { error: 'APL item "1:1.2.3.4/33": prefix /33 is above 32', at: '1:1.2.3.4/33' }],
]);

rdataTable('A6, WKS, NSAP, ATMA, AMTRELAY (RFC 2874, RFC 1035, RFC 1706, RFC 8777)', [
  ['A6', '0 2345:00C1:CA11:0001:1234:5678:9ABC:DEF0', '0 2345:c1:ca11:1:1234:5678:9abc:def0'],
  ['A6', '64 ::1234:5678:9ABC:DEF0 SUBNET-1.IP6.A.NET.', '64 ::1234:5678:9abc:def0 SUBNET-1.IP6.A.NET.'],
  ['A6', '129 ::1 x.', { error: 'A6 prefix length 129 is out of range 0-128', at: '129' }],
  ['WKS', '192.0.2.1 tcp smtp 80 21', '192.0.2.1 6 21 25 80'],
  ['WKS', '192.0.2.1 6 65536', { error: 'WKS service port 65536 is out of range 0-65535', at: '65536' }],
  ['NSAP', '0x47.0005.80.005a00.0000.0001.e133.ffffff000161.00', '0x47000580005a0000000001e133ffffff00016100'],
  ['NSAP', '0x1', { error: 'NSAP NSAP address "0x1" must be 0x followed by pairs of hex digits', at: '0x1' }],
  ['ATMA', '+358400123456', '+358400123456'],
  ['ATMA', '39.246f.00.0e7c9c.0312.0001.0001.000012345678.00', '39246f000e7c9c0312000100010000123456780'.padEnd(40, '0')],
  ['AMTRELAY', '10 0 0 .', '10 0 0 .'],
  ['AMTRELAY', '10 1 3 amtrelays.example.com.', '10 1 3 amtrelays.example.com.'],
  ['AMTRELAY', '10 2 1 192.0.2.1', { error: 'AMTRELAY discovery optional flag 2 is out of range 0-1', at: '2' }],
]);
