/**
 * Turns text or a bounce message into explained replies, and renders them as markdown (hover, the
 * knowledge view) or plain text (the CLI). The same wording everywhere.
 */
import { commandLink } from '../editor/commandLink';
import { findReplies, type FoundReply } from './detect';
import { readBounce, type BounceRecipient, type BounceReport } from '../bounce';
import { classify } from '../bounce/classify';
import { matchProvider, type ProviderReply } from '../bounce/providers';
import { isHard } from '../bounce/reasons';
import { reasons, type ReasonId } from '../bounce/reasons';
import { explain, type Explanation } from './explain';

export interface ExplainedReply {
  reply: FoundReply;
  explanation: Explanation;
}

export function explainText(text: string): ExplainedReply[] {
  return findReplies(text).map((reply) => ({ reply, explanation: explain(reply.code ?? reply.enhanced!, reply.code ? reply.enhanced : undefined)! }));
}

export interface ExplainedRecipient extends BounceRecipient {
  /** The status and reply code explained, when the bounce gives either. */
  explanation?: Explanation;
}

export interface ExplainedMessage {
  /** Set when the text is a bounce (any format), an ARF report or an auto-reply. */
  report?: Omit<BounceReport, 'recipients'> & { recipients: ExplainedRecipient[] };
  replies: ExplainedReply[];
}

/** Text plus, for a bounce, its per-recipient statuses, each with a reason and a hard/soft verdict. */
export async function explainMessage(text: string): Promise<ExplainedMessage> {
  const replies = explainText(text);
  const bounce = await readBounce(text);
  if (!bounce) return { replies };
  const recipients = bounce.recipients.map((r) => {
    const code = r.replyCode ?? r.status;
    const explanation = code ? explain(code, r.replyCode ? r.status : undefined) : undefined;
    return { ...r, explanation };
  });
  return { report: { ...bounce, recipients }, replies };
}

/** "user unknown · hard": the reason and the verdict, as every view leads with them. */
/** What every view leads with: a reason and a verdict, with the codes that gave them. */
export type Verdict = Pick<BounceRecipient, 'reason' | 'hard' | 'codeReason' | 'replyCode' | 'status'> & { provider?: ProviderReply };

export function verdictText(r: Verdict): string {
  return `${reasons[r.reason].label} · ${r.hard ? 'hard bounce (the address itself is bad)' : 'soft bounce (the address may work later)'}`;
}

/** Where the text and the code name different reasons, say so. */
export function disagreementText(r: Verdict): string | undefined {
  if (!r.codeReason) return undefined;
  const code = [r.replyCode, r.status].filter(Boolean).join(' ') || 'the code';
  return `The text says ${reasons[r.reason].label}; ${code} alone would mean ${reasons[r.codeReason].label}. The text is more specific, so it decides.`;
}

/** The reason and verdict a reply on one line gives (its words first, then its codes), with the provider's own meaning when the line is theirs. */
export function lineVerdict(line: string, reply: FoundReply): Verdict {
  const status = reply.enhanced;
  const { reason, codeReason } = classify({ status, replyCode: reply.code, text: line });
  const provider = matchProvider(undefined, line, status);
  const final = provider?.reason ?? reason;
  return {
    reason: final,
    hard: isHard(final),
    replyCode: reply.code,
    status,
    ...(codeReason && codeReason !== final ? { codeReason } : {}),
    ...(provider ? { provider } : {}),
  };
}

/** The hover's first lines for a failure: reason and hard/soft, the provider's meaning before the registry's, and which applies. */
export function verdictMarkdown(verdict: Verdict, registryTitle: string): string {
  const lines = [`**Bounce reason:** ${verdictText(verdict)}`];
  const disagreement = disagreementText(verdict);
  if (disagreement) lines.push('', disagreement);
  if (verdict.provider) {
    lines.push(
      '',
      `**${verdict.provider.name} says:** ${verdict.provider.meaning} **What to do:** ${verdict.provider.action}`,
      '',
      `*This applies: the reply is ${verdict.provider.name}'s own. The registry meaning below ("${registryTitle}") is the general one.*`,
    );
  }
  return lines.join('\n');
}

const scenarioTitles = [
  'a backup MX',
  'a local delivery problem',
  'an invalid domain',
  'an unresponsive server',
  'your server offline behind the filter',
];

/** The user's own filtering service (settings `mxGuard.filteringService.*`), the sender in outage scenario 4. */
export interface FilteringService {
  name: string;
  retryHours: number;
}

/**
 * Markdown for one explanation. `links` adds command links for VS Code (hover); off for plain views.
 * With `filteringService`, a temporary failure also says what that service does when it is the sender.
 */
export function explanationMarkdown(ex: Explanation, links: boolean, filteringService?: FilteringService): string {
  const lines = [`**${ex.label}** — ${ex.title} · *${ex.classLabel}*`, '', ex.meaning, '', `**What happens next:** ${ex.next}`];
  if (filteringService && ex.class === 'temporary') {
    lines.push(
      '',
      `If ${filteringService.name} is the sender (mail it filtered, on its way to your server), it retries for ` +
        `${filteringService.retryHours} hours, then returns the message, with no warning before.`,
    );
  }
  if (ex.causes.length) lines.push('', `**Usual causes:** ${ex.causes.join('; ')}.`);
  lines.push('', `**What to do:** ${ex.action}`);
  const refs = ex.rfc.map((r) => r.replace(/^RFC(\d+)$/, 'RFC $1')).join(', ');
  if (links) {
    const article = commandLink('mxGuard.openArticle', ex.article);
    const more = [`[Article](${article} "Open ${ex.article} in the knowledge view")`];
    if (ex.scenario !== undefined) {
      const scenario = commandLink('mxGuard.openScenarios', { step: ex.scenario });
      more.push(`[Outage scenario ${ex.scenario}: ${scenarioTitles[ex.scenario]}](${scenario})`);
    }
    lines.push('', `${more.join(' · ')} · ${refs}`);
  } else {
    lines.push('', `Source: ${refs} · article: docs/${ex.article}`);
  }
  return lines.join('\n');
}

function escapeCell(text: string | undefined): string {
  return (text ?? '—').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
}

export interface MarkdownOptions {
  /** Start with the title as a heading (off when the view shows the title itself). Default true. */
  heading?: boolean;
  /** Added to line numbers, for a selection that starts further down its document. Default 0. */
  lineOffset?: number;
}

/** "1, 4, 9" — at most `shown` line numbers, then how many more. */
function lineList(lines: number[], shown = 12): string {
  const list = lines.slice(0, shown).join(', ');
  return lines.length > shown ? `${list} and ${lines.length - shown} more` : list;
}

/** The bounce explainer's report: the DSN table (when there is one), then each distinct code once, with where it was seen. */
export function messageMarkdown(title: string, result: ExplainedMessage, options: MarkdownOptions = {}): string {
  const out = options.heading === false ? [] : [`# ${title}`, ''];
  if (result.report) {
    const kind = { bounce: 'Bounce', 'feedback-report': 'Feedback report (not a bounce)', 'auto-reply': 'Auto-reply (not a bounce)' }[
      result.report.kind
    ];
    out.push(`## ${kind}: ${result.report.formatName}`, '');
    if (result.report.reportingMta) out.push(`Reported by \`${result.report.reportingMta}\`.`, '');
    for (const r of result.report.recipients) {
      out.push(`### ${escapeCell(r.recipient ?? '(recipient not named)')}: ${verdictText(r)}`, '', reasons[r.reason].summary, '');
      const disagreement = disagreementText(r);
      if (disagreement) out.push(disagreement, '');
      if (r.provider) out.push(`**${r.provider.name} says:** ${r.provider.meaning} **What to do:** ${r.provider.action}`, '');
      out.push(
        `| Status | Reply | Action | Remote MTA | Diagnostic |`,
        '|---|---|---|---|---|',
        `| ${escapeCell(r.status)} | ${escapeCell(r.replyCode)} | ${escapeCell(r.action)} | ${escapeCell(r.remoteMta)} | ${escapeCell(r.diagnostic)} |`,
        '',
        `Article: docs/bounces/${r.reason}.md`,
        '',
      );
    }
  }
  const seen = new Map<string, { explanation: Explanation; lines: number[] }>();
  for (const r of result.report?.recipients ?? []) if (r.explanation) seen.set(r.explanation.label, { explanation: r.explanation, lines: [] });
  for (const { reply, explanation } of result.replies) {
    const entry = seen.get(explanation.label) ?? { explanation, lines: [] };
    entry.lines.push(reply.range.start.line + 1 + (options.lineOffset ?? 0));
    seen.set(explanation.label, entry);
  }
  if (seen.size === 0) {
    out.push('No SMTP reply code or enhanced status code was found.');
  } else {
    out.push('## Codes found', '');
    for (const { explanation, lines } of seen.values()) {
      out.push(`### ${explanation.label}`, '');
      if (lines.length) out.push(`On line${lines.length > 1 ? 's' : ''} ${lineList(lines)}.`, '');
      out.push(explanationMarkdown(explanation, false), '');
    }
  }
  return out.join('\n');
}

/** One JSON item of `mx-guard explain --format json` (DESIGN.md), plus where it came from. */
export interface ExplainJsonItem {
  /** The basic code, or the enhanced code when the text has no basic code with it. */
  code: string;
  enhanced?: string;
  /** 1-based; null for a DSN status that is not in the raw text (e.g. a base64-encoded part). */
  line: number | null;
  column: number | null;
  class: string;
  meaning: string;
  action: string;
  source: 'text' | 'dsn' | 'bounce-text';
  recipient?: string;
  status?: string;
  replyCode?: string;
  reason?: ReasonId;
  hard?: boolean;
  /** The provider catalogue's id of the receiver whose own reply this is. */
  provider?: string;
}

function jsonItem(ex: Explanation, line: number | null, column: number | null, source: ExplainJsonItem['source']): ExplainJsonItem {
  return {
    code: ex.code ?? ex.enhanced!,
    ...(ex.code && ex.enhanced ? { enhanced: ex.enhanced } : {}),
    line,
    column,
    class: ex.class,
    meaning: ex.meaning,
    action: ex.action,
    source,
  };
}

export function messageJson(result: ExplainedMessage): ExplainJsonItem[] {
  const items = result.replies.map(({ reply, explanation }) =>
    jsonItem(explanation, reply.range.start.line + 1, reply.range.start.character + 1, 'text'),
  );
  for (const r of result.report?.recipients ?? []) {
    const base = r.explanation
      ? jsonItem(r.explanation, null, null, r.source)
      : {
          code: '',
          line: null,
          column: null,
          class: r.action === 'delayed' ? 'temporary' : 'permanent',
          meaning: reasons[r.reason].summary,
          action: `See docs/bounces/${r.reason}.md`,
          source: r.source,
        };
    items.push({
      ...base,
      ...(r.recipient ? { recipient: r.recipient } : {}),
      ...(r.status ? { status: r.status } : {}),
      ...(r.replyCode ? { replyCode: r.replyCode } : {}),
      reason: r.reason,
      hard: r.hard,
      ...(r.provider ? { provider: r.provider.provider } : {}),
    });
  }
  return items;
}

/** Plain text for the terminal; a code seen again is named, not explained twice. */
export function messageText(result: ExplainedMessage): string {
  const out: string[] = [];
  const explained = new Set<string>();
  const details = (ex: Explanation): string[] => {
    if (explained.has(ex.label)) return [`     ${ex.title} (explained above)`];
    explained.add(ex.label);
    return explanationText(ex);
  };
  if (result.report && result.report.kind !== 'bounce') out.push(`${result.report.formatName}: not a bounce.`);
  for (const r of result.report?.recipients ?? []) {
    out.push(`${r.source === 'dsn' ? 'DSN ' : 'BOUNCE'} ${r.recipient ?? '(recipient not named)'}: ${verdictText(r)}`);
    out.push(`     status ${r.status ?? '?'}, reply ${r.replyCode ?? '?'}, action ${r.action ?? '?'}`);
    const disagreement = disagreementText(r);
    if (disagreement) out.push(`     ${disagreement}`);
    if (r.provider) out.push(`     ${r.provider.name} says: ${r.provider.meaning}`, `     ${r.provider.name}: ${r.provider.action}`);
    if (r.remoteMta) out.push(`     remote MTA: ${r.remoteMta}`);
    if (r.diagnostic) out.push(`     diagnostic: ${r.diagnostic}`);
    if (r.explanation) out.push(...details(r.explanation));
    out.push(`     article: docs/bounces/${r.reason}.md`);
  }
  for (const { reply, explanation } of result.replies) {
    out.push(`${reply.range.start.line + 1}:${reply.range.start.character + 1}  ${explanation.label}`, ...details(explanation));
  }
  if (out.length === 0) out.push('No SMTP reply code or enhanced status code found.');
  return out.join('\n') + '\n';
}

function explanationText(ex: Explanation): string[] {
  return [
    `     ${ex.title} (${ex.classLabel})`,
    `     meaning: ${ex.meaning}`,
    `     next: ${ex.next}`,
    `     do: ${ex.action}`,
    `     see: ${ex.rfc.join(', ')}; docs/${ex.article}`,
  ];
}
