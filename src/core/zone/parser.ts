// PLACEHOLDER until the zone-core work lands: replaced by the real parser.
import type { ParseOptions, ParsedZone } from './model';

export function parseZone(_text: string, options: ParseOptions): ParsedZone {
  const origin = options.origin.endsWith('.') ? options.origin : options.origin + '.';
  return { origin, records: [], directives: [], comments: [], problems: [] };
}
