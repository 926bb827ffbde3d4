import type { Packet } from 'dns2';
import { serverLabel, type DnsServer } from './servers';
import { DnsQueryError, exchange, type QueryType } from './transport';

/** What asking one question came to, after trying each server in turn. */
export type QueryOutcome =
  | {
      status: 'answered';
      rcode: 'NOERROR' | 'NXDOMAIN';
      answers: Packet.Resource[];
      authorities: Packet.Resource[];
      retriedOverTcp: boolean;
      server: string;
    }
  | { status: 'failed'; reason: 'SERVFAIL' | 'REFUSED' | 'error-rcode' | 'timeout' | 'malformed' | 'network'; message: string };

export interface Resolver {
  query(name: string, type: QueryType): Promise<QueryOutcome>;
}

export interface ResolverOptions {
  servers: DnsServer[];
  /** Per server and question, UDP and the TCP retry together. */
  timeoutMs: number;
  signal?: AbortSignal;
}

// RFC 1035 §4.1.1 response codes (dns2's typings leave its RCODE table out).
const NOERROR = 0;
const NXDOMAIN = 3;
const RCODE_NAMES: Record<number, string> = { 1: 'FORMERR', 2: 'SERVFAIL', 4: 'NOTIMP', 5: 'REFUSED' };

/**
 * A stub resolver over the given servers: each question goes to the first server, and to the next one
 * only when that one fails (no answer, a malformed one, SERVFAIL or REFUSED), as the system's own
 * resolver does. NXDOMAIN and NOERROR are answers and end the question. Cancelling rejects.
 */
export function createResolver(options: ResolverOptions): Resolver {
  return {
    async query(name, type) {
      let failure: QueryOutcome | undefined;
      for (const server of options.servers) {
        const label = serverLabel(server);
        try {
          const { packet, retriedOverTcp } = await exchange(server, name, type, options);
          const rcode = packet.header.rcode;
          if (rcode === NOERROR || rcode === NXDOMAIN) {
            return {
              status: 'answered',
              rcode: rcode === NXDOMAIN ? 'NXDOMAIN' : 'NOERROR',
              answers: packet.answers,
              authorities: packet.authorities,
              retriedOverTcp,
              server: label,
            };
          }
          const rcodeName = RCODE_NAMES[rcode] ?? `response code ${rcode}`;
          failure = {
            status: 'failed',
            reason: rcodeName === 'SERVFAIL' || rcodeName === 'REFUSED' ? rcodeName : 'error-rcode',
            message: `${label} answered ${rcodeName}`,
          };
        } catch (error) {
          if (!(error instanceof DnsQueryError)) throw error;
          if (error.kind === 'aborted') throw error;
          failure = { status: 'failed', reason: error.kind, message: error.message };
        }
      }
      return failure ?? { status: 'failed', reason: 'network', message: 'no DNS server to ask' };
    },
  };
}
