/** Rdata made of names: MINFO, RP, AFSDB, RT, KX, PX, MB, MG, MR, NSAP-PTR, TALINK, LP; and LOC. */
import { rdataTable } from './table';

rdataTable('names with and without a preference (RFC 1035, RFC 1183, RFC 2163, RFC 2230)', [
  ['MINFO', 'rmail emailbx', 'rmail.example. emailbx.example.'],
  ['RP', 'louie.trantor.umd.edu. LAM1.people.umd.edu.', 'louie.trantor.umd.edu. LAM1.people.umd.edu.'],
  ['AFSDB', '1 bigbird.toaster.com.', '1 bigbird.toaster.com.'],
  ['RT', '2 Relay.Prime.COM.', '2 Relay.Prime.COM.'],
  ['KX', '10 kx1.example.com.', '10 kx1.example.com.'],
  ['PX', '50 ab.net2.it. O-ab.PRMD-net2.ADMDb.C-it.', '50 ab.net2.it. O-ab.PRMD-net2.ADMDb.C-it.'],
  ['MB', 'a@b', 'a\\@b.example.'],
  ['TALINK', 'prev next', 'prev.example. next.example.'],
  ['AFSDB', '65536 x.', { error: 'AFSDB subtype 65536 is out of range 0-65535', at: '65536' }],
  ['RP', 'a..b. c.', { error: 'RP mailbox: empty label in name "a..b."', at: 'a..b.' }],
]);

rdataTable('LOC (RFC 1876 section 3)', [
  ['LOC', '42 21 54 N 71 06 18 W -24m 30m', '42 21 54.000 N 71 6 18.000 W -24.00m 30m 10000m 10m'],
  ['LOC', '42 21 43.952 N 71 5 6.344 W -24m 1m 200m 10m', '42 21 43.952 N 71 5 6.344 W -24.00m 1m 200m 10m'],
  ['LOC', '52 22 23.000 N 4 53 32.000 E -2.00m 0.00m 10000m 10m', '52 22 23.000 N 4 53 32.000 E -2.00m 0.00m 10000m 10m'],
  ['LOC', '1 N 1 E 1234m 1234m', '1 0 0.000 N 1 0 0.000 E 1234.00m 1000m 10000m 10m'],
  ['LOC', '91 N 1 E 1m', { error: 'LOC latitude degrees 91 is out of range 0-90', at: '91' }],
  ['LOC', '1 N 1 E 1M', { error: 'LOC altitude "1M" must be metres from -100000.00 to 42849672.95', at: '1M' }],
]);
