import * as dgram from 'node:dgram';
import * as net from 'node:net';
import { randomInt } from 'node:crypto';
import { Packet } from 'dns2';
import { serverLabel, type DnsServer } from './servers';

/**
 * One DNS question to one server: over UDP, and again over TCP when the UDP answer comes back
 * truncated (RFC 1035 §4.2.1, RFC 7766). dns2 encodes and decodes the messages; the sockets are ours
 * because dns2's own clients have no TCP timeout and drop malformed answers without a word
 * (see docs/decisions/dns-resolver.md).
 */

export type QueryType = 'MX' | 'A' | 'AAAA' | 'CNAME' | 'TXT' | 'SOA';

export interface DnsResponse {
  packet: Packet;
  /** The UDP answer was truncated, and this is the full answer read over TCP. */
  retriedOverTcp: boolean;
}

export type QueryErrorKind = 'timeout' | 'malformed' | 'network' | 'aborted';

export class DnsQueryError extends Error {
  constructor(
    readonly kind: QueryErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'DnsQueryError';
  }
}

export interface ExchangeOptions {
  timeoutMs: number;
  signal?: AbortSignal;
}

const HEADER_BYTES = 12;
/** The TC flag: bit 1 of the header's third octet (RFC 1035 §4.1.1). */
const TC_BIT = 0x02;
/** The fewest octets a question (root name, type, class) and a resource record can take on the wire. */
const MIN_QUESTION_BYTES = 5;
const MIN_RECORD_BYTES = 11;

interface Query {
  id: number;
  name: string;
  type: QueryType;
  wire: Buffer;
}

function buildQuery(name: string, type: QueryType): Query {
  const packet = new Packet();
  packet.header.id = randomInt(0x10000);
  packet.header.rd = 1;
  packet.questions.push({ name, type: Packet.TYPE[type], class: Packet.CLASS.IN } as Packet.Question);
  return { id: packet.header.id, name, type, wire: packet.toBuffer() };
}

type Checked = { packet: Packet } | { truncated: true } | { stray: string } | { malformed: string };

/** Decodes a reply and checks that it answers this query, in full. */
function checkReply(data: Buffer, query: Query): Checked {
  if (data.length < HEADER_BYTES) return { stray: `a ${data.length}-byte packet, too short for a DNS header` };
  if (data.readUInt16BE(0) !== query.id) return { stray: 'a packet with another message id' };
  // A truncated answer may be cut anywhere (RFC 2181 §9): only its TC bit counts, the rest is asked again over TCP.
  if (data[2] & TC_BIT) return { truncated: true };
  const counts = [4, 6, 8, 10].map((offset) => data.readUInt16BE(offset));
  const least = HEADER_BYTES + counts[0] * MIN_QUESTION_BYTES + (counts[1] + counts[2] + counts[3]) * MIN_RECORD_BYTES;
  if (least > data.length) {
    return { malformed: `its header announces ${counts[1]} answers in ${data.length} bytes, which cannot hold them` };
  }
  let packet: Packet;
  try {
    packet = Packet.parse(data);
  } catch (error) {
    return { malformed: `it could not be decoded (${error instanceof Error ? error.message : String(error)})` };
  }
  if (packet.header.qr !== 1) return { malformed: 'it is a query, not a response' };
  const sections = [packet.questions, packet.answers, packet.authorities, packet.additionals];
  if (sections.some((section, i) => section.length !== counts[i])) {
    return { malformed: 'some of its records could not be decoded' };
  }
  const question = packet.questions[0];
  if (packet.questions.length > 0 && (question.type !== Packet.TYPE[query.type] || question.name.toLowerCase() !== query.name.toLowerCase())) {
    return { malformed: 'it answers another question than the one asked' };
  }
  return { packet };
}

function describe(checked: Exclude<Checked, { packet: Packet }>): string {
  if ('malformed' in checked) return checked.malformed;
  return 'stray' in checked ? checked.stray : 'it is truncated even over TCP';
}

/** Asks `server` one question; resolves with the full answer, or rejects with a DnsQueryError. */
export function exchange(server: DnsServer, name: string, type: QueryType, options: ExchangeOptions): Promise<DnsResponse> {
  const query = buildQuery(name, type);
  const deadline = Date.now() + options.timeoutMs;
  return overUdp(server, query, deadline, options.signal).then((reply) =>
    'truncated' in reply
      ? overTcp(server, query, deadline, options.signal).then((packet) => ({ packet, retriedOverTcp: true }))
      : { packet: reply.packet, retriedOverTcp: false },
  );
}

/**
 * Runs one socket conversation with a deadline and an abort signal, and guarantees a single settlement
 * and that the socket is closed however it ends.
 */
function converse<T>(
  label: string,
  deadline: number,
  signal: AbortSignal | undefined,
  start: (settle: { resolve: (value: T) => void; reject: (error: DnsQueryError) => void }) => { close: () => void; timeoutMessage: () => string },
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal?.aborted) {
      reject(new DnsQueryError('aborted', 'cancelled'));
      return;
    }
    let settled = false;
    let conversation: { close: () => void; timeoutMessage: () => string } | undefined;
    const finish = () => {
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      conversation?.close();
    };
    const settle = {
      resolve: (value: T) => {
        if (settled) return;
        finish();
        resolve(value);
      },
      reject: (error: DnsQueryError) => {
        if (settled) return;
        finish();
        reject(error);
      },
    };
    const onAbort = () => settle.reject(new DnsQueryError('aborted', 'cancelled'));
    const timer = setTimeout(
      () => settle.reject(new DnsQueryError('timeout', conversation?.timeoutMessage() ?? `${label}: no answer in time`)),
      Math.max(0, deadline - Date.now()),
    );
    signal?.addEventListener('abort', onAbort);
    try {
      conversation = start(settle);
      if (settled) conversation.close();
    } catch (error) {
      settle.reject(new DnsQueryError('network', `${label}: ${error instanceof Error ? error.message : String(error)}`));
    }
  });
}

function overUdp(
  server: DnsServer,
  query: Query,
  deadline: number,
  signal: AbortSignal | undefined,
): Promise<{ packet: Packet } | { truncated: true }> {
  const label = serverLabel(server);
  return converse(label, deadline, signal, ({ resolve, reject }) => {
    const socket = dgram.createSocket(net.isIPv6(server.address) ? 'udp6' : 'udp4');
    let ignored: string | undefined;
    // A connected socket hears only from the server, and learns at once (ICMP) when nothing listens there.
    socket.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        new DnsQueryError(
          'network',
          error.code === 'ECONNREFUSED' ? `${label} refused the query: no DNS server listens there` : `${label}: ${error.message}`,
        ),
      ),
    );
    socket.on('message', (data) => {
      const checked = checkReply(data, query);
      if ('packet' in checked || 'truncated' in checked) resolve(checked);
      else if ('malformed' in checked) reject(new DnsQueryError('malformed', `${label} sent a malformed answer: ${checked.malformed}`));
      else ignored = checked.stray; // could be a late reply to an earlier query: keep listening
    });
    socket.connect(server.port, server.address, () => {
      socket.send(query.wire, (error) => {
        if (error) reject(new DnsQueryError('network', `${label}: ${error.message}`));
      });
    });
    return {
      close: () => {
        try {
          socket.close();
        } catch {
          // already closed after an error
        }
      },
      timeoutMessage: () =>
        ignored
          ? `${label} did not answer within the timeout; it sent only ${ignored}, which is not a DNS answer to this query`
          : `${label} did not answer within the timeout`,
    };
  });
}

function overTcp(server: DnsServer, query: Query, deadline: number, signal: AbortSignal | undefined): Promise<Packet> {
  const label = `${serverLabel(server)} (TCP)`;
  return converse(label, deadline, signal, ({ resolve, reject }) => {
    const socket = net.connect({ host: server.address, port: server.port });
    let received = Buffer.alloc(0);
    const frame = Buffer.alloc(2);
    frame.writeUInt16BE(query.wire.length);
    // No half-close after the query: some servers and middleboxes drop a connection on an early FIN.
    socket.on('connect', () => socket.write(Buffer.concat([frame, query.wire])));
    socket.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        new DnsQueryError(
          'network',
          error.code === 'ECONNREFUSED'
            ? `${label} refused the connection: the truncated answer could not be fetched in full`
            : `${label}: ${error.message}`,
        ),
      ),
    );
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (received.length < 2) return;
      const length = received.readUInt16BE(0);
      if (received.length < 2 + length) return;
      const checked = checkReply(received.subarray(2, 2 + length), query);
      if ('packet' in checked) resolve(checked.packet);
      else reject(new DnsQueryError('malformed', `${label} sent a malformed answer: ${describe(checked)}`));
    });
    socket.on('end', () =>
      reject(new DnsQueryError('malformed', `${label} closed the connection after ${received.length} bytes, before a whole answer`)),
    );
    return { close: () => socket.destroy(), timeoutMessage: () => `${label} did not send the full answer within the timeout` };
  });
}
