/**
 * `explain(code)`: everything a support engineer needs about one reply — meaning, class, what the
 * sending server does next, usual causes, what to do, the RFCs and the article. A pair such as
 * "550 5.1.1" is explained as one: the enhanced code gives the detail, the basic code the behaviour.
 */
import { basicCodes, isReplyCodeShape, type ScenarioStep } from './basicCodes';
import { classOfEnhanced, classOfReply, replyCategories, replyClasses, subjects, type ReplyClass } from './classes';
import { enhancedEntry } from './enhancedCodes';

export interface Explanation {
  code?: string;
  enhanced?: string;
  /** "550 5.1.1", "5.7.606", "421". */
  label: string;
  title: string;
  class: ReplyClass;
  classLabel: string;
  meaning: string;
  /** What the sending server does next. */
  next: string;
  causes: string[];
  /** What the admin or support engineer should do. */
  action: string;
  rfc: string[];
  /** Article path under docs/, for `mxGuard.openArticle`. */
  article: string;
  /** The outage scenario that tells this story, for `mxGuard.openScenarios`. */
  scenario?: ScenarioStep;
  /** An enhanced code whose detail number the IANA registry does not list (e.g. Microsoft's 5.7.606). */
  vendorSpecific: boolean;
  /** False when the basic code is in no RFC (e.g. 571); it is then explained from its digits alone. */
  standard: boolean;
}

const enhancedShape = /^[245]\.\d{1,3}\.\d{1,3}$/;

/** Splits "550 5.1.1", "550-5.1.1", "550", "5.1.1" into its parts; undefined if neither part is valid. */
export function parseCode(text: string): { code?: string; enhanced?: string } | undefined {
  const parts = text
    .trim()
    .split(/[\s-]+#?|#/)
    .filter((p) => p !== '');
  let code: string | undefined;
  let enhanced: string | undefined;
  for (const part of parts) {
    if (code === undefined && enhanced === undefined && isReplyCodeShape(part)) code = part;
    else if (enhanced === undefined && enhancedShape.test(part)) enhanced = part;
    else return undefined;
  }
  return code || enhanced ? { code, enhanced } : undefined;
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}

/** Explains a basic code, an enhanced code, or both ("550 5.1.1"). Undefined if it is not an SMTP code. */
export function explain(code: string, enhanced?: string): Explanation | undefined {
  const parsed = parseCode(enhanced ? `${code} ${enhanced}` : code);
  if (!parsed) return undefined;
  const basic = parsed.code ? basicCodes.get(parsed.code) : undefined;
  const entry = parsed.enhanced ? enhancedEntry(parsed.enhanced) : undefined;
  const subject = parsed.enhanced ? subjects[parsed.enhanced.split('.')[1]] : undefined;
  // The basic code decides what the sender does (RFC 5321 §4.2.1); the enhanced class only when alone.
  const cls = (parsed.code ? classOfReply(parsed.code) : classOfEnhanced(parsed.enhanced!))!;
  const classInfo = replyClasses[cls];
  const vendorSpecific = parsed.enhanced !== undefined && entry === undefined;

  let meaning: string;
  let title: string;
  if (entry) {
    title = entry.title || 'Deprecated registry entry';
    meaning = entry.meaning;
  } else if (parsed.enhanced && subject) {
    title = `Vendor-specific ${subject.name} status`;
    meaning = `The detail number is not in the IANA registry: it is the server vendor's own. Its subject says: ${subject.summary}`;
  } else if (parsed.enhanced) {
    title = 'Unregistered status';
    meaning = 'Neither the subject nor the detail number is in the IANA registry; only the class is meaningful.';
  } else if (basic) {
    title = basic.title;
    meaning = basic.meaning;
  } else {
    title = `Non-standard ${classInfo.label} reply`;
    const category = replyCategories[parsed.code![1]];
    meaning = `No RFC defines ${parsed.code}. By its first digit it is a ${classInfo.label}; by its second, ${category ? `about ${category}` : 'in a category RFC 5321 does not assign'}.`;
  }
  if (basic && parsed.enhanced) title = `${basic.title}: ${title}`;

  // The enhanced code is the more specific: its causes (or its subject's) come before the basic code's, so that
  // "4.2.0" and "450 4.2.0" list the same causes. A success is no problem: no problem's causes for it.
  const success = cls === 'success';
  const causes = success ? (basic?.causes ?? []) : (entry?.causes ?? subject?.causes ?? basic?.causes ?? []);
  const action = success
    ? (basic?.action ?? 'Nothing to do: the server reports success.')
    : (entry?.action ?? subject?.action ?? basic?.action ?? 'Read the text that follows the code.');
  const rfc = unique([...(basic?.rfc ?? []), ...(entry?.rfc ?? (parsed.enhanced ? ['RFC3463'] : [])), ...(parsed.code && !basic ? ['RFC5321'] : [])]);

  return {
    code: parsed.code,
    enhanced: parsed.enhanced,
    label: [parsed.code, parsed.enhanced].filter(Boolean).join(' '),
    title,
    class: cls,
    classLabel: classInfo.label,
    meaning,
    next: classInfo.next,
    causes,
    action,
    rfc,
    article: entry?.article ?? basic?.article ?? subject?.article ?? classInfo.article,
    // With an enhanced code, its own story decides: 550 5.1.1 (an unknown mailbox) is not the invalid-domain scenario of a bare 550.
    scenario: (parsed.enhanced ? entry?.scenario : basic?.scenario) ?? (cls === 'temporary' ? 3 : undefined),
    vendorSpecific,
    standard: parsed.code === undefined || basic !== undefined,
  };
}
