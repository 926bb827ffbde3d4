/**
 * Inputs that once broke an invariant in a fuzz run, kept as regression cases (the shrunk
 * counterexample fast-check printed, with what it broke).
 */
export const zoneRegressions: Array<{ text: string; origin: string; broke: string }> = [
  {
    text: '$$TTL 600\n@\t\tSOA\tns hostmaster 2011012708 3600 1200 604800 1200\n\t\tNS\tns\nns\t\tA\t192.0.2.1\nbad\t\tMX\t10 .\nbad\t\tCNAME\t@\n708 3600 1200 604800 1200\n\t\tNS\tns\nns\t\tA\t192.0.2.1\nbad\t\tMX\t10 .',
    origin: 'example.com.',
    broke:
      'the fix removing a duplicate on the last line (no final line break) ends one line past the end: allowed for edits as the end of the document',
  },
];

export const replyRegressions: Array<{ text: string; broke: string }> = [];

export const fixRegressions: Array<{ text: string; broke: string }> = [
  {
    text: '$TTL 300\r@ SOA ns hostmaster 1 2 3 4 5\r@\tMX 20 .\r@\tMX 0 mx\r',
    broke: 'applyFixes counted lines at LF only: with lone CRs the null-MX fix appended "0" at the end of the file',
  },
  {
    text: '$TTL 300\n@ SOA ns hostmaster 1 2 3 4 5\n@\tMX 10 mx ; mx-guard-disable-next-line backup-mx\n@\tMX 20 mx\n@\tMX 0 mail.example.net\nmx A 192.0.2.1\n',
    broke: 'removing a record also removed the suppression comment ending its line, so fix-all then removed the record that comment silenced',
  },
];
