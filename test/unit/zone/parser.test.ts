import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brief, parse, problemList, range } from './helpers';

describe('owners', () => {
  test('blank owner inherits, @ is the origin, relative names get the origin, absolute ones stay', () => {
    const zone = parse('$TTL 60\n@ A 192.0.2.1\n  AAAA ::1\nwww A 192.0.2.2\nhost.example.net. A 192.0.2.3\n\tTXT "x"\n');
    assert.deepEqual(zone.records.map(brief), [
      'example.com. 60 IN A',
      'example.com. 60 IN AAAA',
      'www.example.com. 60 IN A',
      'host.example.net. 60 IN A',
      'host.example.net. 60 IN TXT',
    ]);
    assert.deepEqual(zone.records[0].ownerRange, range(1, 0, 1, 1));
    assert.equal(zone.records[1].ownerRange, undefined);
    assert.deepEqual(zone.records[1].range, range(2, 2, 2, 10));
    assert.deepEqual(zone.records[3].ownerRange, range(4, 0, 4, 17));
  });

  test('the first record without an owner is an error with its range, and parsing goes on', () => {
    const zone = parse('$TTL 60\n  A 192.0.2.1\nwww A 192.0.2.2\n');
    assert.deepEqual(problemList(zone), ['1:2-1:3 error no owner name: the first record must start with its name in the first column']);
    assert.deepEqual(zone.records.map(brief), ['www.example.com. 60 IN A']);
  });

  test('escapes in names: \\. inside a label, \\DDD decoded and printed canonically', () => {
    const zone = parse('$TTL 60\na\\.b A 192.0.2.1\n\\065BC A 192.0.2.2\nsp\\032ace A 192.0.2.3\n');
    assert.deepEqual(
      zone.records.map((r) => r.owner),
      ['a\\.b.example.com.', 'ABC.example.com.', 'sp\\032ace.example.com.'],
    );
    assert.deepEqual(zone.records[0].ownerRange, range(1, 0, 1, 4));
  });

  test('a label over 63 characters and an empty label are errors', () => {
    const zone = parse(`$TTL 60\n${'a'.repeat(64)} A 192.0.2.1\na..b A 192.0.2.2\n`);
    assert.deepEqual(problemList(zone), [
      `1:0-1:64 error bad owner name: label longer than 63 characters in name "${'a'.repeat(64)}"`,
      '2:0-2:4 error bad owner name: empty label in name "a..b"',
    ]);
    assert.equal(zone.records.length, 0);
  });
});

describe('directives', () => {
  test('$ORIGIN changes the origin for what follows, relative to the current one', () => {
    const zone = parse('$TTL 60\n$ORIGIN sub\nwww A 192.0.2.1\n$ORIGIN other.test.\n@ A 192.0.2.2\n');
    assert.deepEqual(
      zone.records.map((r) => r.owner),
      ['www.sub.example.com.', 'other.test.'],
    );
    assert.deepEqual(
      zone.directives.map((d) => [d.name, d.args.map((a) => a.text), d.range]),
      [
        ['$TTL', ['60'], range(0, 0, 0, 7)],
        ['$ORIGIN', ['sub'], range(1, 0, 1, 11)],
        ['$ORIGIN', ['other.test.'], range(3, 0, 3, 19)],
      ],
    );
    assert.equal(zone.origin, 'example.com.');
  });

  test('TTL: $TTL default, explicit TTL, units, and the previous TTL when there is no $TTL', () => {
    const zone = parse('a 1h30m A 192.0.2.1\nb A 192.0.2.2\n$TTL 2W\nc A 192.0.2.3\nd 1w2d3h4m5s A 192.0.2.4\ne A 192.0.2.5\n');
    assert.deepEqual(
      zone.records.map((r) => r.ttl),
      [5400, 5400, 1209600, 788645, 1209600],
    );
    assert.deepEqual(zone.problems, []);
  });

  test('class and TTL in either order, class case-insensitive', () => {
    const zone = parse('a IN 300 A 192.0.2.1\nb 300 in A 192.0.2.2\nc IN A 192.0.2.3\n');
    assert.deepEqual(zone.records.map(brief), ['a.example.com. 300 IN A', 'b.example.com. 300 IN A', 'c.example.com. 300 IN A']);
  });

  test('a TTL of 1x is a bad TTL with the range of the field', () => {
    const zone = parse('$TTL 60\nwww 1x A 192.0.2.1\nok A 192.0.2.2\n');
    assert.deepEqual(problemList(zone), ['1:4-1:6 error bad TTL "1x": expected seconds or numbers with units w, d, h, m, s (e.g. 3600 or 1h30m)']);
    assert.deepEqual(zone.records.map(brief), ['ok.example.com. 60 IN A']);
  });

  test('a TTL above 2^32-1 and "1h30" (a bare number after a unit) are refused', () => {
    const zone = parse('$TTL 60\na 4294967296 A 192.0.2.1\nb 1h30 A 192.0.2.1\n');
    assert.deepEqual(problemList(zone), [
      '1:2-1:12 error TTL "4294967296" is above the maximum of 4294967295 seconds',
      '2:2-2:6 error bad TTL "1h30": expected seconds or numbers with units w, d, h, m, s (e.g. 3600 or 1h30m)',
    ]);
  });

  test('no TTL anywhere: the SOA minimum becomes the default (warning), any other record is an error', () => {
    const soaFirst = parse('@ SOA ns h 1 2 3 4 300\nwww A 192.0.2.1\n');
    assert.deepEqual(
      soaFirst.records.map((r) => r.ttl),
      [300, 300],
    );
    assert.deepEqual(problemList(soaFirst), ['0:2-0:5 warning no TTL given and no $TTL before it: the SOA minimum (300) is used as the default TTL']);
    const aFirst = parse('www A 192.0.2.1\n');
    assert.deepEqual(problemList(aFirst), ['0:0-0:3 error no TTL given and no $TTL before it: BIND rejects the zone (add "$TTL 3600" at the top)']);
  });

  test('unknown directives and missing arguments are errors', () => {
    const zone = parse('$FOO bar\n$TTL\n$ORIGIN\n');
    assert.deepEqual(problemList(zone), [
      '0:0-0:4 error unknown directive "$FOO" (expected $ORIGIN, $TTL, $INCLUDE or $GENERATE)',
      '1:0-1:4 error $TTL needs 1 argument',
      '2:0-2:7 error $ORIGIN needs 1 argument',
    ]);
  });
});

describe('text: quotes, comments, parentheses, line endings', () => {
  test('quoted strings hold ; and ( and escaped quotes; comments are kept with ranges', () => {
    const zone = parse('$TTL 60\nt TXT "v=spf1 mx; -all" "a (b)" "say \\"hi\\"" ; note\n');
    assert.equal(zone.records.length, 1);
    assert.deepEqual(zone.records[0].rdata, { type: 'TXT', strings: ['v=spf1 mx; -all', 'a (b)', 'say "hi"'] });
    assert.deepEqual(
      zone.records[0].rdataTokens.map((t) => [t.text, t.range]),
      [
        ['"v=spf1 mx; -all"', range(1, 6, 1, 23)],
        ['"a (b)"', range(1, 24, 1, 31)],
        ['"say \\"hi\\""', range(1, 32, 1, 44)],
      ],
    );
    assert.deepEqual(zone.comments, [{ text: '; note', range: range(1, 45, 1, 51) }]);
  });

  test('TXT escapes: \\DDD as bytes (UTF-8), \\X as the character, unquoted words', () => {
    const zone = parse('$TTL 60\nt TXT "caf\\195\\169" \\"x\\\\ plain\n');
    assert.deepEqual(zone.records[0].rdata, { type: 'TXT', strings: ['café', '"x\\', 'plain'] });
  });

  test('( … ) joins lines: the record range runs from the owner to the last field', () => {
    const text = '$TTL 60\n@ IN SOA ns1 hostmaster (\n    2024 ; serial\n    3h 15m 2W\n    1D )\n';
    const zone = parse(text);
    assert.deepEqual(zone.problems, []);
    const soa = zone.records[0];
    assert.deepEqual(soa.rdata, {
      type: 'SOA',
      mname: 'ns1.example.com.',
      rname: 'hostmaster.example.com.',
      serial: 2024,
      refresh: 10800,
      retry: 900,
      expire: 1209600,
      minimum: 86400,
    });
    assert.deepEqual(soa.range, range(1, 0, 4, 6));
    assert.deepEqual(soa.typeRange, range(1, 5, 1, 8));
    assert.deepEqual(soa.rdataTokens[6].range, range(4, 4, 4, 6));
    assert.deepEqual(
      zone.comments.map((c) => c.range),
      [range(2, 9, 2, 17)],
    );
  });

  test('CRLF, a BOM (not counted in columns, as in VS Code), tabs and a lone CR', () => {
    const zone = parse('\ufeff$TTL 60\r\nwww\tIN\tA\t192.0.2.1\r\nold\tA\t192.0.2.2\rlast A 192.0.2.3');
    assert.deepEqual(zone.problems, []);
    assert.deepEqual(zone.records.map(brief), ['www.example.com. 60 IN A', 'old.example.com. 60 IN A', 'last.example.com. 60 IN A']);
    assert.deepEqual(zone.directives[0].range, range(0, 0, 0, 7));
    assert.deepEqual(zone.records[0].range, range(1, 0, 1, 18));
    assert.deepEqual(zone.records[2].range, range(3, 0, 3, 16));
  });

  test('an unterminated quoted string is an error on its line; the next line still parses', () => {
    const zone = parse('$TTL 60\nt TXT "open\nnext A 192.0.2.1\n');
    assert.deepEqual(problemList(zone), ['1:6-1:11 error unterminated quoted string: the closing " is missing on this line']);
    assert.deepEqual(zone.records.map(brief), ['next.example.com. 60 IN A']);
  });

  test('an unterminated parenthesis is an error at the "("', () => {
    const zone = parse('$TTL 60\nok A 192.0.2.1\nt TXT ( "a"\n "b"\n');
    assert.deepEqual(problemList(zone), ['2:6-2:7 error unterminated parenthesis: "(" is never closed']);
    assert.deepEqual(zone.records.map(brief), ['ok.example.com. 60 IN A']);
  });

  test('an unbalanced ")" is an error and drops only its record', () => {
    const zone = parse('$TTL 60\nbad A 192.0.2.1 )\ngood A 192.0.2.2\n');
    assert.deepEqual(problemList(zone), ['1:16-1:17 error unbalanced ")" without an opening "("']);
    assert.deepEqual(zone.records.map(brief), ['good.example.com. 60 IN A']);
  });

  test('binary data (a NUL byte) stops reading with one error at the byte', () => {
    const zone = parse('$TTL 60\nok A 192.0.2.1\nx\u0000\u0001\u0002 A\n');
    assert.deepEqual(problemList(zone), ['2:1-2:2 error binary data (a NUL byte): this is not a zone file; reading stopped here']);
    assert.deepEqual(zone.records.map(brief), ['ok.example.com. 60 IN A']);
  });
});

describe('types and typed rdata', () => {
  test('MX: preference and exchange with the written form and its range', () => {
    const zone = parse('$TTL 60\n@ MX 10 mail\n@ MX 20 mx.example.net.\n@ MX 0 .\n');
    assert.deepEqual(
      zone.records.map((r) => r.rdata),
      [
        { type: 'MX', preference: 10, exchange: 'mail.example.com.', exchangeWritten: 'mail', exchangeRange: range(1, 8, 1, 12) },
        { type: 'MX', preference: 20, exchange: 'mx.example.net.', exchangeWritten: 'mx.example.net.', exchangeRange: range(2, 8, 2, 23) },
        { type: 'MX', preference: 0, exchange: '.', exchangeWritten: '.', exchangeRange: range(3, 7, 3, 8) },
      ],
    );
  });

  test('MX preference above 65535 is an error at the preference', () => {
    const zone = parse('$TTL 60\n@ MX 65536 mail\n@ MX ten mail\n');
    assert.deepEqual(problemList(zone), [
      '1:5-1:10 error MX preference 65536 is out of range 0-65535',
      '2:5-2:8 error MX preference "ten" is not a number (expected 0-65535)',
    ]);
  });

  test('A and AAAA are validated; AAAA is kept in compressed form', () => {
    const zone = parse(
      '$TTL 60\na A 192.0.2.1\nb AAAA 2001:DB8:0:0:0:0:0:1\nc AAAA ::ffff:192.0.2.4\nd A 192.0.2.256\ne A 01.2.3.4\nf AAAA 1::2::3\n',
    );
    assert.deepEqual(
      zone.records.map((r) => r.rdata),
      [
        { type: 'A', address: '192.0.2.1' },
        { type: 'AAAA', address: '2001:db8::1' },
        { type: 'AAAA', address: '::ffff:192.0.2.4' },
      ],
    );
    assert.deepEqual(problemList(zone), [
      '4:4-4:15 error bad IPv4 address "192.0.2.256"',
      '5:4-5:12 error bad IPv4 address "01.2.3.4"',
      '6:7-6:14 error bad IPv6 address "1::2::3"',
    ]);
  });

  test('NS, CNAME, DNAME, PTR, SRV and CAA', () => {
    const zone = parse(
      '$TTL 60\n@ NS ns1\nw CNAME www.example.net.\nd DNAME other.test.\n1 PTR host\n_sip._tcp SRV 10 60 5060 sip\nc CAA 0 issue "ca.example.net"\n',
    );
    assert.deepEqual(zone.problems, []);
    assert.deepEqual(
      zone.records.map((r) => r.rdata),
      [
        { type: 'NS', target: 'ns1.example.com.', targetWritten: 'ns1', targetRange: range(1, 5, 1, 8) },
        { type: 'CNAME', target: 'www.example.net.', targetWritten: 'www.example.net.', targetRange: range(2, 8, 2, 24) },
        { type: 'DNAME', target: 'other.test.', targetWritten: 'other.test.', targetRange: range(3, 8, 3, 19) },
        { type: 'PTR', target: 'host.example.com.', targetWritten: 'host', targetRange: range(4, 6, 4, 10) },
        { type: 'SRV', priority: 10, weight: 60, port: 5060, target: 'sip.example.com.' },
        { type: 'CAA', flags: 0, tag: 'issue', value: 'ca.example.net' },
      ],
    );
  });

  test('other known types keep their tokens and their canonical text; an unknown type is an error like BIND', () => {
    const digest = 'abcdef0123456789abcdef0123456789abcdef01';
    const zone = parse(`$TTL 60\n@ SSHFP 1 1 ${digest}\n@ FOO 1 2\n@ TYPE65280 \\# 2 abcd\n@ SSHFP 1 1 abcdef\n`);
    assert.deepEqual(
      zone.records.map((r) => [r.type, r.rdata, r.rdataTokens.map((t) => t.text)]),
      [
        ['SSHFP', { type: 'generic', text: `1 1 ${digest.toUpperCase()}` }, ['1', '1', digest]],
        ['TYPE65280', { type: 'generic', text: '\\# 2 ABCD' }, ['\\#', '2', 'abcd']],
      ],
    );
    assert.deepEqual(problemList(zone), [
      '2:2-2:5 error unknown record type "FOO"',
      '4:12-4:18 error SSHFP fingerprint for SHA-1 must be 40 hex digits, got 6',
    ]);
  });

  test('RFC 3597: TYPEnnn of a known type is that type, and \\# rdata of typed types is decoded', () => {
    const zone = parse('$TTL 60\na TYPE1 \\# 4 C0000201\nm MX \\# 8 000A 046D61696C 00\nt TXT \\# 6 0568656C6C6F\n');
    assert.deepEqual(zone.problems, []);
    assert.deepEqual(
      zone.records.map((r) => r.type),
      ['A', 'MX', 'TXT'],
    );
    assert.deepEqual(zone.records[0].rdata, { type: 'A', address: '192.0.2.1' });
    assert.deepEqual(zone.records[1].rdata, {
      type: 'MX',
      preference: 10,
      exchange: 'mail.',
      exchangeWritten: 'mail.',
      exchangeRange: range(2, 10, 2, 28),
    });
    assert.deepEqual(zone.records[2].rdata, { type: 'TXT', strings: ['hello'] });
  });

  test('\\# with a wrong length is an error over the data', () => {
    const zone = parse('$TTL 60\na TYPE1 \\# 5 C0000201\n');
    assert.deepEqual(problemList(zone), ['1:13-1:21 error generic rdata (\\#) says 5 bytes but holds 4']);
  });

  test('extra and missing fields are errors at the right place', () => {
    const zone = parse('$TTL 60\nwww A 192.0.2.1 extra\n@ MX 10\n');
    assert.deepEqual(problemList(zone), [
      '1:16-1:21 error extra text "extra" after the A record\'s data',
      '2:5-2:7 error MX record is missing its exchange',
    ]);
  });

  test('a TXT string over 255 bytes is an error', () => {
    const zone = parse(`$TTL 60\nt TXT "${'a'.repeat(256)}"\n`);
    assert.deepEqual(problemList(zone), ['1:6-1:264 error text string longer than 255 bytes (256)']);
  });

  test("a record with a class other than the zone's is refused", () => {
    const zone = parse('$TTL 60\na IN A 192.0.2.1\nb CH A 192.0.2.2\n');
    assert.deepEqual(problemList(zone), ["2:0-2:16 error class CH differs from the zone's class IN"]);
  });

  test('records outside the origin are kept with a warning, as BIND ignores them', () => {
    const zone = parse('$TTL 60\nhost.example.net. A 192.0.2.1\n');
    assert.equal(zone.records.length, 1);
    assert.deepEqual(problemList(zone), ['1:0-1:17 warning host.example.net. is outside the zone example.com.: BIND ignores this record']);
  });
});

describe('robustness', () => {
  test('never throws on arbitrary input and always gives in-range positions', () => {
    const samples = [
      '(',
      ')',
      '"',
      '\\',
      '$GENERATE',
      '$INCLUDE',
      '@ MX',
      '\u0000',
      ' \t\r\n',
      'a b c d e f g',
      '$ORIGIN .',
      '@ SOA ( ( ) )',
      '\\# 1',
    ];
    for (const a of samples) {
      for (const b of samples) {
        const text = `${a}\n${b} ${a}`;
        const zone = parse(text);
        const lines = text.split(/\r\n|\r|\n/).length;
        for (const p of zone.problems) assert.ok(p.range.start.line < lines && p.range.end.line < lines, `${JSON.stringify(text)}: ${p.message}`);
      }
    }
  });
});
