import * as dgram from 'node:dgram';
import DNS from 'dns2';
import type { DnsServer } from '../../../src/core/dns/servers';

/**
 * Real DNS servers on 127.0.0.1 for the tests: dns2's own createServer (UDP and TCP on one ephemeral
 * port) answering from a small table, and raw UDP sockets for the hostile cases dns2 will not produce.
 * Nothing here ever sends a packet beyond loopback.
 */

const { Packet } = DNS;
const LOOPBACK = '127.0.0.1';

/**
 * The lookup timeout for questions that are answered: loopback answers take milliseconds, so this only
 * bounds a hang, and a busy machine (both cores loaded) cannot make such a test fail.
 */
export const ANSWER_TIMEOUT_MS = 30_000;
/**
 * For a check in which some questions are answered and others never are: the silent ones cost this
 * long, and the answered ones must come within it, which they do even on a heavily loaded machine.
 */
export const MIXED_TIMEOUT_MS = 5_000;

export type RecordData =
  | { type: 'MX'; preference: number; exchange: string }
  | { type: 'CNAME'; target: string }
  | { type: 'A' | 'AAAA'; address: string }
  | { type: 'TXT'; strings: string[] }
  | { type: 'SOA'; serial: number };

export interface FakeZone {
  /** Records by owner name (lower case, no trailing dot). A name that is absent answers NXDOMAIN. */
  records: Record<string, (RecordData & { ttl?: number })[]>;
  /** Names answered with SERVFAIL. */
  servfail?: string[];
  /** Names never answered. */
  silent?: string[];
  /** Names answered with hand-made bytes (dns2 sends them whole over TCP, cut to 512 bytes with TC set over UDP). */
  raw?: Record<string, (request: DNS.Packet) => Buffer>;
}

export interface RunningServer extends DnsServer {
  /** Every question received, as `name TYPE transport`. */
  questions: string[];
  close(): Promise<void>;
}

const typeName = (code: number) => Object.keys(Packet.TYPE).find((k) => (Packet.TYPE as Record<string, number>)[k] === code) ?? String(code);

function resource(name: string, record: RecordData & { ttl?: number }) {
  const base = { name, class: Packet.CLASS.IN, ttl: record.ttl ?? 300 };
  switch (record.type) {
    case 'MX':
      return { ...base, type: Packet.TYPE.MX, priority: record.preference, exchange: record.exchange };
    case 'CNAME':
      return { ...base, type: Packet.TYPE.CNAME, domain: record.target };
    case 'TXT':
      return { ...base, type: Packet.TYPE.TXT, data: record.strings };
    case 'SOA':
      return {
        ...base,
        type: Packet.TYPE.SOA,
        primary: `ns.${name}`,
        admin: `hostmaster.${name}`,
        serial: record.serial,
        refresh: 3600,
        retry: 600,
        expiration: 604800,
        minimum: 300,
      };
    default:
      return { ...base, type: Packet.TYPE[record.type], address: record.address };
  }
}

/** Answers one question from the table, following CNAMEs as a recursive resolver would. */
function answer(zone: FakeZone, request: DNS.Packet) {
  const response = Packet.createResponseFromRequest(request);
  response.header.ra = 1;
  const question = request.questions[0];
  let name = question.name.toLowerCase();
  if (zone.servfail?.includes(name)) {
    response.header.rcode = 2;
    return response;
  }
  const wanted = typeName(question.type);
  for (let hops = 0; hops < 8; hops++) {
    const records = zone.records[name];
    if (!records) {
      response.header.rcode = 3;
      return response;
    }
    const alias = records.find((r) => r.type === 'CNAME');
    if (alias && wanted !== 'CNAME') {
      response.answers.push(resource(name, alias) as unknown as DNS.Packet.Resource);
      name = (alias as { target: string }).target.toLowerCase();
      continue;
    }
    for (const record of records.filter((r) => r.type === wanted)) response.answers.push(resource(name, record) as unknown as DNS.Packet.Resource);
    return response;
  }
  return response;
}

/** A free UDP port on loopback; TCP on the same number is nearly always free too, and the start retries if not. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = dgram.createSocket('udp4');
    socket.on('error', reject);
    socket.bind(0, LOOPBACK, () => {
      const { port } = socket.address();
      socket.close(() => resolve(port));
    });
  });
}

/** Starts dns2's server on 127.0.0.1, UDP and TCP on the same ephemeral port, answering from `zone`. */
export async function startZoneServer(zone: FakeZone): Promise<RunningServer> {
  for (let attempt = 0; ; attempt++) {
    const port = await freePort();
    const questions: string[] = [];
    const server = DNS.createServer({
      udp: true,
      tcp: true,
      handle: (request, send, client) => {
        const question = request.questions[0];
        const transport = 'remoteAddress' in client ? 'tcp' : 'udp';
        questions.push(`${question.name} ${typeName(question.type)} ${transport}`);
        const name = question.name.toLowerCase();
        if (zone.silent?.includes(name)) return;
        const raw = zone.raw?.[name];
        void send(raw ? raw(request) : answer(zone, request));
      },
    });
    try {
      await new Promise<void>((resolve, reject) => {
        server.on('error', reject);
        server.listen({ udp: { port, address: LOOPBACK }, tcp: { port, address: LOOPBACK } }).then(() => resolve(), reject);
      });
    } catch (error) {
      await server.close().catch(() => undefined);
      if (attempt < 5) continue;
      throw error;
    }
    return { address: LOOPBACK, port, questions, close: () => server.close() };
  }
}

/** A raw UDP socket on 127.0.0.1 that answers each query with `reply(query)`, or not at all when it returns undefined. */
export async function startRawServer(reply: (query: Buffer) => Buffer | undefined): Promise<RunningServer> {
  const socket = dgram.createSocket('udp4');
  const questions: string[] = [];
  socket.on('message', (query, rinfo) => {
    questions.push(`${query.length} bytes udp`);
    const data = reply(query);
    if (data) socket.send(data, rinfo.port, rinfo.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, LOOPBACK, resolve));
  return {
    address: LOOPBACK,
    port: socket.address().port,
    questions,
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
}

/**
 * An answer of `count` MX records (`mx0.<name>` …) written byte by byte: dns2's encoder takes seconds for
 * thousands of records, and the test is about the client reading a huge answer, not the server writing one.
 */
export function manyMxAnswer(request: DNS.Packet, count: number, ttl = 300): Buffer {
  const header = Buffer.alloc(12);
  header.writeUInt16BE(request.header.id, 0);
  header.writeUInt16BE(0x8180, 2); // a response, recursion desired and available, NOERROR
  header.writeUInt16BE(1, 4);
  header.writeUInt16BE(count, 6);
  const question = Packet.Question.encode(request.questions[0]);
  const records = Array.from({ length: count }, (_, i) => {
    const label = Buffer.from(`mx${i}`);
    // The exchange is one label followed by a pointer to the question's name (offset 12).
    const exchange = Buffer.concat([Buffer.from([label.length]), label, Buffer.from([0xc0, 0x0c])]);
    const fixed = Buffer.alloc(14);
    fixed.writeUInt16BE(0xc00c, 0);
    fixed.writeUInt16BE(Packet.TYPE.MX, 2);
    fixed.writeUInt16BE(Packet.CLASS.IN, 4);
    fixed.writeUInt32BE(ttl, 6);
    fixed.writeUInt16BE(2 + exchange.length, 10);
    fixed.writeUInt16BE(10 + i, 12);
    return Buffer.concat([fixed, exchange]);
  });
  return Buffer.concat([header, question, ...records]);
}
