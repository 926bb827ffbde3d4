/**
 * Whether a name as written is really an IP address. Mirrors what BIND's MX check accepts as an
 * address (inet_pton): a strict dotted quad, or an IPv6 address; a trailing dot is ignored.
 */
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const HEX_GROUP = /^[0-9a-f]{1,4}$/i;

function isIpv6(text: string): boolean {
  const halves = text.split('::');
  if (halves.length > 2) return false;
  const groups: string[][] = halves.map((half) => (half === '' ? [] : half.split(':')));
  const all = groups.flat();
  let count = all.length;
  const last = all[all.length - 1];
  if (last !== undefined && last.includes('.')) {
    if (!IPV4.test(last)) return false;
    all.pop();
    count += 1; // an embedded IPv4 address fills two groups
  }
  if (!all.every((g) => HEX_GROUP.test(g))) return false;
  return halves.length === 2 ? count <= 7 : count === 8;
}

export function isIpAddress(written: string): boolean {
  // Host names are ruled out without a copy or a regex: an IPv4 address starts with a digit, an IPv6 one has a colon.
  const first = written.charCodeAt(0);
  if (!(first >= 0x30 && first <= 0x39) && !written.includes(':')) return false;
  const text = written.endsWith('.') ? written.slice(0, -1) : written;
  if (IPV4.test(text)) return true;
  return text.includes(':') && isIpv6(text);
}
