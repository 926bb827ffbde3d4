import { isIP, isIPv6 } from 'node:net';

/** A DNS server to ask: an IP address (never a host name, which would need a lookup to find) and a port. */
export interface DnsServer {
  address: string;
  port: number;
}

export const DEFAULT_TIMEOUT_MS = 5000;
export const MIN_TIMEOUT_MS = 100;
export const MAX_TIMEOUT_MS = 60000;

export function serverLabel(server: DnsServer): string {
  return isIPv6(server.address) ? `[${server.address}]:${server.port}` : `${server.address}:${server.port}`;
}

/**
 * Reads `IP`, `IP:PORT`, `IPv6` or `[IPv6]:PORT` (the forms of `mxGuard.dns.server`, `--server` and
 * node's `dns.getServers()`). Returns a message instead when the text is none of them.
 */
export function parseServer(text: string): DnsServer | { error: string } {
  const value = text.trim();
  let address = value;
  let portText: string | undefined;
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(value);
  if (bracketed) {
    address = bracketed[1];
    portText = bracketed[2];
  } else if (!isIP(value)) {
    const colon = value.lastIndexOf(':');
    if (colon > 0 && value.indexOf(':') === colon) {
      address = value.slice(0, colon);
      portText = value.slice(colon + 1);
    }
  }
  if (isIP(address) === 0) {
    return {
      error: `"${value}" is not an IP address, IP:PORT or [IPv6]:PORT (host names are not accepted: they would need a DNS lookup themselves)`,
    };
  }
  const port = portText === undefined ? 53 : /^\d{1,5}$/.test(portText) ? Number(portText) : NaN;
  if (!(port >= 1 && port <= 65535)) return { error: `"${portText}" is not a port number (1-65535)` };
  return { address, port };
}

export interface ServerChoice {
  /** `mxGuard.dns.server` or `--server`; empty or absent = the system's resolvers. */
  configured?: string;
  /** The system's resolvers, as node's `dns.getServers()` lists them. */
  systemServers: () => string[];
}

/**
 * The servers a live check asks, in order: the configured one alone, or else the system's resolvers.
 * There is deliberately no public fallback: with no resolver known, the check stops and says so.
 */
export function chooseServers(choice: ServerChoice): DnsServer[] | { error: string } {
  const configured = choice.configured?.trim();
  if (configured) {
    const server = parseServer(configured);
    return 'error' in server ? { error: `DNS server setting: ${server.error}` } : [server];
  }
  const servers: DnsServer[] = [];
  for (const entry of choice.systemServers()) {
    const server = parseServer(entry);
    if (!('error' in server)) servers.push(server);
  }
  if (servers.length === 0) {
    return { error: 'No DNS resolver is configured on this system. Set mxGuard.dns.server (or pass --server IP[:PORT]) to choose one.' };
  }
  return servers;
}

/** A timeout from a setting or an option: whole milliseconds within the allowed range, or a message. */
export function parseTimeout(value: string | number | undefined): number | { error: string } {
  if (value === undefined || value === '') return DEFAULT_TIMEOUT_MS;
  const ms = typeof value === 'number' ? value : /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isInteger(ms) || ms < MIN_TIMEOUT_MS || ms > MAX_TIMEOUT_MS) {
    return { error: `the timeout must be a whole number of milliseconds from ${MIN_TIMEOUT_MS} to ${MAX_TIMEOUT_MS} (got "${value}")` };
  }
  return ms;
}

/** A setting's user and default layers, as VS Code's `WorkspaceConfiguration.inspect` returns them. */
export interface UserSettingLayers<T> {
  defaultValue?: T;
  globalValue?: T;
}

/**
 * The value of a DNS setting to use. In a trusted workspace, what VS Code resolves (`effective`: it
 * already ignores workspace values of these machine-scoped settings); in an untrusted one only the
 * user's own value or the default, so that a cloned repository cannot send the queries elsewhere.
 */
export function dnsSettingValue<T>(effective: T | undefined, layers: UserSettingLayers<T> | undefined, workspaceTrusted: boolean): T | undefined {
  return workspaceTrusted ? effective : (layers?.globalValue ?? layers?.defaultValue);
}
