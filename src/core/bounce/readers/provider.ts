/**
 * Readers for the bounces that providers and filtering gateways write themselves: found by the provider's own
 * signs, read from delivery-status fields where the bounce carries them (a DSN part, or fields written into the
 * notice's text) and from the notice's layout otherwise; the provider's fixed sentences name the reason.
 */
import { layoutReader, looksLikeBounce, showsSigns, withSentence, type BounceReader, type LayoutFormat } from '../reader';
import { noticeText } from '../textReader';
import { rfc3464 } from './rfc3464';

export interface ProviderFormat extends LayoutFormat {
  /** The line after which the notice's own text holds delivery-status fields (Amazon WorkMail's "Technical report:"). */
  fieldsAfter?: RegExp;
}

/** The delivery-status fields a notice writes into its text, after the format's marker line. */
function fieldsInText(body: string, marker: RegExp | undefined): string | undefined {
  const found = marker?.exec(body);
  return found ? noticeText(body.slice(found.index + found[0].length)) : undefined;
}

export function providerReader(format: ProviderFormat): BounceReader {
  const byLayout = layoutReader(format);
  return {
    id: format.id,
    name: format.name,
    // A provider's headers are also on its users' ordinary mail and auto-replies: a bounce's own sign must show too.
    matches: (m) => showsSigns(m, format.signs) && (m.deliveryStatus !== undefined || looksLikeBounce(m)),
    read(m) {
      const deliveryStatus = m.deliveryStatus ?? fieldsInText(m.body, format.fieldsAfter);
      if (!deliveryStatus) return byLayout.read(m);
      return rfc3464.read({ ...m, deliveryStatus }).map((r) => withSentence(r, format.sentences));
    },
  };
}
