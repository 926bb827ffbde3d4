import type { BounceMessage } from './message';
import type { RawRecipient } from './textReader';

/** One bounce format: found by its own signs (headers, subject, reporting MTA, body phrases), then read. */
export interface BounceReader {
  /** Stable id, shown as the bounce's format ("postfix", "exchange", "gmail"). */
  id: string;
  name: string;
  matches(message: BounceMessage): boolean;
  read(message: BounceMessage): RawRecipient[];
}

/** True when any pattern matches the text. */
export function anyMatch(text: string, patterns: RegExp[]): boolean {
  return patterns.some((p) => p.test(text));
}
