/**
 * Zone files generated from the master-file grammar (RFC 1035 section 5, BIND's extensions): owners,
 * TTLs with units, classes, types, rdata with quoted strings and escapes, `( … )` spans, comments and
 * directives. Mostly valid pieces with a share of near-misses, so that both the happy paths and the
 * error paths of the parser and the rules are exercised.
 */
import fc from 'fast-check';
import type { IncludeReader } from '../../../src/core/zone/model';

const label = fc.oneof(
  fc.constantFrom('mail', 'mx1', 'mx2', 'www', 'backup', 'example', 'vqnow', '*', 'xn--bcher-kva', '_dmarc'),
  fc.stringMatching(/^[a-z0-9-]{1,12}$/),
  fc.constantFrom('a\\.b', 'a\\032b', 'caf\\233', 'x\\(y', 'q\\"', '\\999', 'tab\\009', 'ü'),
  fc.constant('l'.repeat(64)),
);
const relativeName = fc.array(label, { minLength: 1, maxLength: 4 }).map((labels) => labels.join('.'));
const absoluteName = fc.oneof(
  relativeName.map((name) => name + '.'),
  fc.constantFrom('mx.vqnow.com.', 'mail.example.com.', 'mail.example.net.', 'aspmx.l.google.com.', '.', '..', 'a..b.'),
);
const name = fc.oneof({ weight: 3, arbitrary: relativeName }, { weight: 3, arbitrary: absoluteName }, { weight: 1, arbitrary: fc.constant('@') });

const ttl = fc.oneof(
  fc.nat({ max: 2 ** 32 + 5 }).map(String),
  fc.constantFrom('1h30m', '1W2D', '2d', '0', '4294967295', '4294967296', '99999999999999999999', '1x', 'h', '1h1h', '7w'),
);
const rrclass = fc.constantFrom('IN', 'in', 'CH', 'HS', 'ANY', 'CLASS1', 'NONE');
const ipv4 = fc.oneof(fc.ipV4(), fc.constantFrom('256.1.1.1', '1.2.3', '01.2.3.4'));
const ipv6 = fc.oneof(fc.ipV6(), fc.constantFrom('::1', 'fe80::1%eth0', '1::2::3'));
const preference = fc.oneof(fc.nat({ max: 70000 }).map(String), fc.constantFrom('-1', '10x', ''));
const escapedChar = fc.constantFrom('\\"', '\\\\', '\\;', '\\(', '\\)', '\\065', '\\255', '\\256', '\\', ';', '(', ')', ' ', '\t', 'é');
const quoted = fc.array(fc.oneof(fc.stringMatching(/^[ -!#-[\]-~]{0,20}$/), escapedChar), { maxLength: 6 }).map((parts) => `"${parts.join('')}"`);
const unterminated = quoted.map((q) => q.slice(0, -1));
const word = fc.oneof(fc.stringMatching(/^[!-~]{1,10}$/), quoted);

const rdataByType: Record<string, fc.Arbitrary<string[]>> = {
  A: fc.tuple(ipv4).map((x) => x),
  AAAA: fc.tuple(ipv6).map((x) => x),
  MX: fc.tuple(preference, name),
  NS: fc.tuple(name),
  CNAME: fc.tuple(name),
  DNAME: fc.tuple(name),
  PTR: fc.tuple(name),
  TXT: fc.array(fc.oneof(quoted, word, unterminated), { minLength: 1, maxLength: 4 }),
  SOA: fc.tuple(name, name, fc.nat().map(String), ttl, ttl, ttl, ttl),
  SRV: fc.tuple(preference, preference, preference, name),
  CAA: fc.tuple(fc.constantFrom('0', '128', '256'), fc.constantFrom('issue', 'iodef', 'bad tag'), quoted),
  TYPE65: fc.constantFrom(['\\#', '0'], ['\\#', '2', '0a0b'], ['\\#', '3', '0a'], ['\\#', 'x']),
  TYPE99999: fc.constant(['\\#', '0']),
  SPF: fc.tuple(quoted),
  HINFO: fc.tuple(quoted, quoted),
  BOGUS: fc.array(word, { maxLength: 3 }),
};
const types = Object.keys(rdataByType);

/** One record's fields: owner or blank, optional TTL and class in either order, type, rdata. */
const recordFields = fc
  .record({
    owner: fc.option(name, { nil: undefined }),
    ttl: fc.option(ttl, { nil: undefined }),
    rrclass: fc.option(rrclass, { nil: undefined }),
    classFirst: fc.boolean(),
    type: fc.constantFrom(...types),
    lowerType: fc.boolean(),
  })
  .chain((r) =>
    fc.tuple(fc.constant(r), fc.oneof({ weight: 6, arbitrary: rdataByType[r.type] }, { weight: 1, arbitrary: fc.array(word, { maxLength: 4 }) })),
  )
  .map(([r, rdata]) => {
    const ttlClass = [r.ttl, r.rrclass].filter((x): x is string => x !== undefined);
    if (r.classFirst) ttlClass.reverse();
    return { owner: r.owner, fields: [...ttlClass, r.lowerType ? r.type.toLowerCase() : r.type, ...rdata] };
  });

const space = fc.constantFrom(' ', '\t', '  ', ' \t ');
const comment = fc.oneof(
  fc.stringMatching(/^;[ -~]{0,20}$/),
  fc.constantFrom(
    '; mx-guard-disable-next-line backup-mx',
    '; mx-guard-disable',
    '; mx-guard-enable',
    '; mx-guard-disable duplicate-mx, no-mx',
    '; ( not a paren',
  ),
);

/** A record written on one line, or spread over lines by `( … )` after a chosen field. */
const recordLine = fc
  .record({
    record: recordFields,
    sep: space,
    openAt: fc.option(fc.nat({ max: 8 }), { nil: undefined }),
    closes: fc.constantFrom(1, 1, 1, 0, 2),
    comment: fc.option(comment, { nil: undefined }),
  })
  .map(({ record, sep, openAt, closes, comment: c }) => {
    const fields = [...record.fields];
    if (openAt !== undefined && fields.length > 0) {
      const at = Math.min(openAt, fields.length - 1);
      fields.splice(at, 0, '(');
      for (let i = at + 2; i < fields.length; i += 2) fields[i] = '\n' + sep + fields[i];
      fields.push(')'.repeat(closes));
    }
    return (record.owner ?? '') + sep + fields.join(sep) + (c === undefined ? '' : sep + c);
  });

const directive = fc.oneof(
  name.map((n) => `$ORIGIN ${n}`),
  ttl.map((t) => `$TTL ${t}`),
  fc.constantFrom(
    '$INCLUDE inc/mail.inc',
    '$INCLUDE "inc/mail.inc" sub',
    '$INCLUDE inc/self.inc',
    '$INCLUDE missing.inc',
    '$INCLUDE',
    '$INCLUDE a b c',
    '$BOGUS 1',
  ),
  fc
    .record({
      start: fc.nat({ max: 300 }),
      count: fc.oneof(fc.nat({ max: 20 }), fc.constantFrom(70000, 2 ** 31)),
      step: fc.constantFrom('', '/2', '/0'),
      lhs: fc.constantFrom('host$', 'h${1,3,d}', '${0,4,n}', '$$', 'x${', 'y${-1}', 'z${0,0,q}'),
      type: fc.constantFrom('A', 'MX', 'CNAME', 'PTR', 'TXT'),
      rhs: fc.constantFrom('10.0.0.$', '10 mx$.example.com.', 'host$', '"v=$"', '${2147483647}', '1.2.3.${0,3,x}'),
    })
    .map(({ start, count, step, lhs, type, rhs }) => `$GENERATE ${start}-${start + count}${step} ${lhs} ${type} ${rhs}`),
);

const lineEnd = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r');

/** A whole zone text: lines of records, directives, comments and blanks, joined by mixed line ends. */
export const zoneText: fc.Arbitrary<string> = fc
  .record({
    bom: fc.boolean(),
    lines: fc.array(
      fc.oneof(
        { weight: 10, arbitrary: recordLine },
        { weight: 2, arbitrary: directive },
        { weight: 2, arbitrary: comment },
        { weight: 1, arbitrary: fc.constantFrom('', ' ', ')', '(', '"', '\\') },
      ),
      { maxLength: 30 },
    ),
    ends: fc.array(lineEnd, { minLength: 30, maxLength: 30 }),
  })
  .map(({ bom, lines, ends }) => (bom ? '\ufeff' : '') + lines.map((line, i) => line + ends[i]).join(''));

/** The origin each generated zone is parsed with. */
export const zoneOrigin = fc.constantFrom('example.com.', 'example.com', '.', 'ü.example', '');

/** An in-memory `$INCLUDE` reader: a small file of MX records, a file that includes itself, nothing else. */
export const memoryIncludes: IncludeReader = (includePath) => {
  const files: Record<string, string> = {
    'inc/mail.inc': '@ 300 IN MX 10 mx1\n  300 IN MX 20 mail.example.net.\nmx1 300 A 192.0.2.1\n',
    'inc/self.inc': 'x 300 A 192.0.2.2\n$INCLUDE inc/self.inc\n',
  };
  const text = files[includePath];
  return text === undefined ? { error: `${includePath}: no such file` } : { text, fileName: includePath };
};
