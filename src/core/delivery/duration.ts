/** Durations as people type them ("36h", "2d", "1d12h", "90m") and as the simulator prints them. */

const unitSeconds: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };

export const HOUR = 3600;
export const DAY = 86400;

/** Seconds in `text`, or undefined when it is not a duration. A bare number counts as hours. */
export function parseDuration(text: string): number | undefined {
  const trimmed = text.trim().toLowerCase();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * HOUR);
  if (!/^(\d+(\.\d+)?\s*[smhdw]\s*)+$/.test(trimmed)) return undefined;
  let total = 0;
  for (const part of trimmed.matchAll(/(\d+(?:\.\d+)?)\s*([smhdw])/g)) {
    total += Number(part[1]) * unitSeconds[part[2]];
  }
  return Math.round(total);
}

/** "3 d 28 min", "1 d 12 h 18 min 8 s": every unit that is not zero, nothing rounded away (the CLI's timeline). */
export function formatExactDuration(seconds: number): string {
  let rest = Math.max(0, Math.round(seconds));
  const parts: string[] = [];
  for (const [unit, size] of [
    ['d', DAY],
    ['h', HOUR],
    ['min', 60],
    ['s', 1],
  ] as const) {
    if (rest < size) continue;
    parts.push(`${Math.floor(rest / size)} ${unit}`);
    rest %= size;
  }
  return parts.length === 0 ? '0 s' : parts.join(' ');
}

/** "4 d 2 h", "36 h", "15 min", "40 s": the two largest units, for timelines and tables. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  if (s < HOUR) return `${Math.round(s / 60)} min`;
  const days = Math.floor(s / DAY);
  const hours = Math.floor((s % DAY) / HOUR);
  const minutes = Math.round((s % HOUR) / 60);
  if (days === 0) return minutes === 0 ? `${hours} h` : `${hours} h ${minutes} min`;
  return hours === 0 ? `${days} d` : `${days} d ${hours} h`;
}
