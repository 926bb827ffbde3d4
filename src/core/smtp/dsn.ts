/**
 * Delivery status notifications (RFC 3464): the fields of a message/delivery-status part. The MIME
 * structure is taken apart by postal-mime (src/core/bounce/message.ts); reasons are given in src/core/bounce.
 */
export interface DsnRecipient {
  finalRecipient?: string;
  originalRecipient?: string;
  action?: string;
  status?: string;
  remoteMta?: string;
  diagnosticCode?: string;
}

export interface DeliveryReport {
  subject?: string;
  reportingMta?: string;
  recipients: DsnRecipient[];
}

/**
 * Splits field blocks ("Name: value", folded lines continued by white space, blocks separated by a
 * blank line) into maps with lower-case names. The first block holds the per-message fields.
 */
export function parseFieldBlocks(text: string): Map<string, string>[] {
  const blocks: Map<string, string>[] = [];
  let current: Map<string, string> | undefined;
  let lastName: string | undefined;
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line.trim() === '') {
      current = undefined;
      lastName = undefined;
      continue;
    }
    if (/^[ \t]/.test(line) && current && lastName) {
      current.set(lastName, `${current.get(lastName)} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    if (!current) blocks.push((current = new Map<string, string>()));
    lastName = line.slice(0, colon).trim().toLowerCase();
    if (!current.has(lastName)) current.set(lastName, line.slice(colon + 1).trim());
  }
  return blocks;
}

/** "rfc822; user@example.com" → "user@example.com" (the address-type or MTA-name-type prefix goes). */
function withoutType(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const semicolon = value.indexOf(';');
  return (semicolon >= 0 ? value.slice(semicolon + 1) : value).trim();
}

/** Reads the fields of a message/delivery-status body. */
export function readDeliveryStatus(body: string): Pick<DeliveryReport, 'reportingMta' | 'recipients'> {
  const blocks = parseFieldBlocks(body);
  // The first block holds the per-message fields; some MTAs run the first recipient's fields into it.
  const recipients = blocks
    .filter((b) => b.has('final-recipient') || b.has('status') || b.has('action'))
    .map((b) => ({
      finalRecipient: withoutType(b.get('final-recipient')),
      originalRecipient: withoutType(b.get('original-recipient')),
      action: b.get('action')?.toLowerCase(),
      status: b.get('status')?.match(/^[245]\.\d{1,3}\.\d{1,3}/)?.[0],
      remoteMta: withoutType(b.get('remote-mta')),
      diagnosticCode: b.get('diagnostic-code'),
    }));
  return { reportingMta: withoutType(blocks[0]?.get('reporting-mta')), recipients };
}
