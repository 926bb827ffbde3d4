import type { Range } from '../types';
import type { ParsedZone, Rdata, Token, ZoneRecord } from '../zone/model';
import type { PublishedRecord } from './lookup';
import { presentText } from './names';

/**
 * Writes published records as zone-file text (`owner TTL IN TYPE rdata`, one a line) and builds the
 * same ParsedZone the parser would give for that text, so the zone rules run on live answers unchanged
 * and every finding points at a line someone can read.
 */
export interface PublishedZone {
  zone: ParsedZone;
  text: string;
}

function span(line: number, start: number, text: string): Range {
  return { start: { line, character: start }, end: { line, character: start + text.length } };
}

function rdataFields(data: PublishedRecord['data']): string[] {
  switch (data.type) {
    case 'MX':
      return [String(data.preference), data.exchange];
    case 'CNAME':
      return [data.target];
    case 'TXT':
      return data.strings.map(presentText);
    default:
      return [data.address];
  }
}

function recordAt(record: PublishedRecord, line: number): { zoneRecord: ZoneRecord; text: string } {
  const fields = [record.owner, String(record.ttl), 'IN', record.data.type, ...rdataFields(record.data)];
  const tokens: Token[] = [];
  let column = 0;
  for (const field of fields) {
    tokens.push({ text: field, range: span(line, column, field) });
    column += field.length + 1;
  }
  const rdataTokens = tokens.slice(4);
  const last = tokens[tokens.length - 1].range;
  let rdata: Rdata;
  const data = record.data;
  if (data.type === 'MX') {
    rdata = { type: 'MX', preference: data.preference, exchange: data.exchange, exchangeWritten: data.exchange, exchangeRange: rdataTokens[1].range };
  } else if (data.type === 'CNAME') {
    rdata = { type: 'CNAME', target: data.target, targetWritten: data.target, targetRange: rdataTokens[0].range };
  } else if (data.type === 'TXT') {
    rdata = { type: 'TXT', strings: data.strings };
  } else {
    rdata = { type: data.type, address: data.address };
  }
  const zoneRecord: ZoneRecord = {
    owner: record.owner,
    ownerRange: tokens[0].range,
    ttl: record.ttl,
    rrclass: 'IN',
    type: data.type,
    typeRange: tokens[3].range,
    rdata,
    rdataTokens,
    range: { start: tokens[0].range.start, end: last.end },
  };
  return { zoneRecord, text: fields.join(' ') };
}

/** `origin` is the checked domain (lower-case, no trailing dot). */
export function publishedZone(origin: string, records: readonly PublishedRecord[]): PublishedZone {
  const lines: string[] = [];
  const zoneRecords = records.map((record, line) => {
    const { zoneRecord, text } = recordAt(record, line);
    lines.push(text);
    return zoneRecord;
  });
  return {
    zone: { origin: origin + '.', records: zoneRecords, directives: [], comments: [], problems: [] },
    text: lines.length > 0 ? lines.join('\n') + '\n' : '',
  };
}
