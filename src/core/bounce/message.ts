/**
 * A bounce as the readers see it: its headers, its notification text (text/plain parts, or an HTML-only
 * notice read through its text), its machine-readable parts (delivery-status, feedback-report) and the
 * returned message's headers. MIME is taken apart by postal-mime; a pasted NDR body without headers is
 * read as it stands.
 */
export interface BounceMessage {
  /** Lower-case header names, first value of each; empty for pasted text. */
  headers: Map<string, string>;
  from: string;
  subject: string;
  /** The human-readable notification (may still hold an inline copy of the original message). */
  body: string;
  /** The message/delivery-status (or global-delivery-status) part, RFC 3464 / 6533. */
  deliveryStatus?: string;
  /** The message/feedback-report part, RFC 5965. */
  feedbackReport?: string;
  /** The returned message or its headers (message/rfc822, text/rfc822-headers), as text. */
  original?: string;
  /** True when the text has no header block: an NDR body pasted by a user. */
  pasted: boolean;
}

const entities: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The text of an HTML notice: block ends become line ends, tags go, entities are decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|head)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<br\s*\/?>|<\/(p|div|tr|li|h\d|table|blockquote)\s*>/gi, '\n')
    .replace(/<\/t[dh]\s*>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16) || 32);
      if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10) || 32);
      return entities[name.toLowerCase()] ?? whole;
    })
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n');
}

/** A message begins with a header field; a pasted NDR body does not. */
function startsWithHeader(text: string): boolean {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0];
  return /^[A-Za-z][\w-]*:\s?\S/.test(first) || /^From \S/.test(first);
}

function decode(content: string | ArrayBuffer | Uint8Array): string {
  return typeof content === 'string' ? content : new TextDecoder().decode(content);
}

/** Reads a raw message or a pasted text; never throws. */
export async function readMessage(raw: string): Promise<BounceMessage> {
  const pasted: BounceMessage = { headers: new Map(), from: '', subject: '', body: raw, pasted: true };
  if (!startsWithHeader(raw)) return pasted;
  let email;
  try {
    // Loaded on first use: the editor activates without the MIME parser, and most sessions never read a bounce.
    const { default: PostalMime } = await import('postal-mime');
    email = await PostalMime.parse(raw, { attachmentEncoding: 'utf8', forceRfc822Attachments: true });
  } catch {
    return pasted;
  }
  const headers = new Map<string, string>();
  for (const { key, value } of email.headers) if (!headers.has(key.toLowerCase())) headers.set(key.toLowerCase(), value);
  const part = (...types: string[]) => email.attachments.find((a) => types.includes(a.mimeType.toLowerCase()));
  const deliveryStatus = part('message/delivery-status', 'message/global-delivery-status');
  const feedbackReport = part('message/feedback-report');
  const original = part('message/rfc822', 'text/rfc822-headers', 'message/global', 'message/rfc822-headers', 'message/global-headers');
  // Some NDRs attach their notice as a text part with a file name; postal-mime lists those as attachments.
  const textAttachments = email.attachments
    .filter((a) => a.mimeType === 'text/plain' && a !== original)
    .map((a) => decode(a.content))
    .join('\n');
  let body = [email.text ?? '', textAttachments].filter((t) => t.trim()).join('\n');
  if (!body.trim() && email.html) body = htmlToText(email.html);
  return {
    headers,
    from: headers.get('from') ?? '',
    subject: email.subject ?? '',
    body,
    deliveryStatus: deliveryStatus && decode(deliveryStatus.content),
    feedbackReport: feedbackReport && decode(feedbackReport.content),
    original: original && decode(original.content),
    pasted: false,
  };
}
