/**
 * Fetches a domain's MTA-STS policy as senders do (RFC 8461 §3.3): HTTPS to `mta-sts.<domain>`, the
 * certificate verified for that name, no redirects, status 200 only, within a deadline and a size limit.
 * The host's address comes from the same resolver as every other answer, so `--server` is honoured.
 */
import * as https from 'node:https';
import { Packet } from 'dns2';
import type { Resolver } from './resolver';

export interface PolicyFetchOptions {
  resolver: Resolver;
  /** For the whole fetch: the address lookup, the connection, the TLS handshake and the body. */
  timeoutMs: number;
  /** 443 unless a test says otherwise. */
  port?: number;
  /** Trusted CA certificates in place of the system's (a test's own CA). */
  ca?: string | Buffer;
}

export type PolicyFetch = { text: string; source: string } | { error: string; source: string };

/** The largest policy read; RFC 8461 §3.3 asks senders to bound it, and 64 KB is generous. */
export const MAX_POLICY_BYTES = 64 * 1024;

export async function fetchMtaStsPolicy(domain: string, options: PolicyFetchOptions): Promise<PolicyFetch> {
  const host = `mta-sts.${domain}`;
  const source = `https://${host}/.well-known/mta-sts.txt`;
  const outcome = await options.resolver.query(host, 'A');
  if (outcome.status === 'failed') return { error: `looking up ${host} failed (${outcome.message})`, source };
  const address = outcome.answers.find((r) => r.type === Packet.TYPE.A && typeof r.address === 'string')?.address;
  if (address === undefined) return { error: `${host} has no IPv4 address`, source };
  return new Promise<PolicyFetch>((resolve) => {
    let settled = false;
    const finish = (result: { text: string } | { error: string }) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      request.destroy();
      resolve({ ...result, source });
    };
    const request = https.request(
      {
        host: address,
        port: options.port ?? 443,
        servername: host,
        path: '/.well-known/mta-sts.txt',
        headers: { host },
        ca: options.ca,
        rejectUnauthorized: true,
        agent: false,
      },
      (response) => {
        const status = response.statusCode ?? 0;
        if (status !== 200) {
          finish({
            error:
              status >= 300 && status < 400 ? `the server redirects (${status}), and senders follow no redirect` : `the server answered ${status}`,
          });
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_POLICY_BYTES) finish({ error: `the policy is larger than ${MAX_POLICY_BYTES / 1024} KB` });
          else chunks.push(chunk);
        });
        response.on('end', () => finish({ text: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', (error) => finish({ error: describe(error) }));
      },
    );
    const deadline = setTimeout(() => finish({ error: `no complete answer within ${options.timeoutMs} ms` }), options.timeoutMs);
    request.on('error', (error) => finish({ error: describe(error) }));
    request.end();
  });
}

function describe(error: Error): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ECONNREFUSED') return 'the connection was refused';
  if (code !== undefined && /CERT|SELF_SIGNED|ALTNAME|UNABLE_TO/.test(code)) return `the certificate does not verify (${code})`;
  return code !== undefined ? `${error.message} (${code})` : error.message;
}
