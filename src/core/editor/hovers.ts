/**
 * The hover texts of both faces (the VS Code extension and the language server), built once. VS Code
 * shows `command:` links that open the knowledge view and the scenarios; other editors get links to
 * the articles on the web, or none where a page has no web address.
 */
import { ruleById } from '../rules';
import { mxFallbackHover } from '../mx/zoneFallback';
import { findReplies, replyAt } from '../smtp/detect';
import { explain } from '../smtp/explain';
import { explanationMarkdown, lineVerdict, verdictMarkdown, type FilteringService } from '../smtp/report';
import { guidesFor, mxLimitsNote } from '../delivery/guides';
import type { Position, Range } from '../types';
import type { ParsedZone } from '../zone/model';
import { commandLink } from './commandLink';
import { articleUrl, ruleArticleUrl } from './ruleArticle';

/** `commands`: VS Code's command links (the hover must then be trusted for `hoverCommands`); `web`: plain https links. */
export type HoverLinks = 'commands' | 'web';

/** The commands a hover with `commands` links may run. */
export const hoverCommands = {
  mx: ['mxGuard.openRuleDoc', 'mxGuard.openScenarios'],
  smtp: ['mxGuard.openArticle', 'mxGuard.openScenarios'],
};

export interface HoverText {
  markdown: string;
  /** The span the hover is about (the reply code), when narrower than the word under the pointer. */
  range?: Range;
}

/**
 * On an MX record: its owner's fallback order, this record marked, with where to read why a backup MX
 * matters. `filteringServiceName` names a trusted primary.
 */
export function mxHover(
  zone: ParsedZone,
  position: Position,
  trustedMxHosts: readonly string[],
  filteringServiceName: string | undefined,
  links: HoverLinks,
): HoverText | undefined {
  const found = mxFallbackHover(zone, position, trustedMxHosts, filteringServiceName);
  if (found === undefined) return undefined;
  const text = `${found}\n\n${mxLimitsNote()}`;
  if (links === 'web') {
    const article = ruleArticleUrl(ruleById.get('backup-mx')!.meta);
    return { markdown: `${text}\n\n[Why a backup MX can bypass the filter](${article})` };
  }
  const ruleLink = commandLink('mxGuard.openRuleDoc', 'backup-mx');
  const scenarioLink = commandLink('mxGuard.openScenarios', { step: 0 });
  return {
    markdown: `${text}\n\n[Why a backup MX can bypass the filter](${ruleLink}) · [What senders do when the primary is down](${scenarioLink})`,
  };
}

/**
 * On an SMTP reply or enhanced status code in `lineText` (line `line` of a log or a message): its
 * explanation. Detection works line by line, so one line is all it needs, whatever the file's size.
 */
export function smtpHover(lineText: string, position: Position, filteringService: FilteringService, links: HoverLinks): HoverText | undefined {
  const reply = replyAt(findReplies(lineText), 0, position.character);
  if (!reply) return undefined;
  const explanation = explain(reply.code ?? reply.enhanced!, reply.code ? reply.enhanced : undefined)!;
  const related = guidesFor(reply.code, reply.enhanced)
    .map((guide) => `[${guide.title}](${links === 'commands' ? commandLink('mxGuard.openArticle', guide.article) : articleUrl(guide.article)})`)
    .join(' · ');
  // A failure leads with its reason and hard/soft verdict (the line's words first, then its codes).
  const verdict = explanation.class === 'success' ? '' : `${verdictMarkdown(lineVerdict(lineText, reply), explanation.title)}\n\n---\n\n`;
  const { start, end } = reply.range;
  return {
    markdown: verdict + explanationMarkdown(explanation, links === 'commands', filteringService) + (related ? `\n\nSee also: ${related}` : ''),
    range: { start: { line: position.line, character: start.character }, end: { line: position.line, character: end.character } },
  };
}
