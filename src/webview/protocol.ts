/**
 * The messages between the extension host and the Outage Scenarios webview, and their validation.
 * Pure TypeScript, used on both sides: whatever crosses the boundary is checked here before use.
 */
import { isMtaId, type FilteringServiceSettings, type MtaId } from '../core/delivery/profiles';
import { parseDuration } from '../core/delivery/duration';
import { chains, type Chain } from '../core/delivery/chain';
import { parseCode } from '../core/smtp/explain';

export const tabs = ['scenarios', 'simulator', 'knowledge'] as const;
export type Tab = (typeof tabs)[number];

export const stepNumbers = [0, 1, 2, 3, 4] as const;
export type StepNumber = (typeof stepNumbers)[number];

/** A deep link into the panel: "scenario 3 with Postfix and a 2-day outage". */
export interface ScenarioLink {
  step?: StepNumber;
  mta?: MtaId;
  outage?: string;
}

export interface SimulatorSettings {
  mtas: MtaId[];
  outage: string;
  chain: Chain;
  /** How long after the outage began the message is sent ("0" = as it began). */
  sentAfter: string;
}

export interface Article {
  path: string;
  title: string;
  /** The knowledge base's section ("Lint rules", "SMTP replies", …), for grouping. */
  section: string;
}

export interface Report {
  title: string;
  markdown: string;
}

/** What the webview keeps across reloads (vscode.setState) and the serializer hands back. */
export interface PanelState {
  tab: Tab;
  step: StepNumber;
  simulator: SimulatorSettings;
  articlePath?: string;
  report?: Report;
}

export const defaultPanelState: PanelState = {
  tab: 'scenarios',
  step: 0,
  simulator: { mtas: ['postfix', 'exim', 'exchange'], outage: '2d', chain: 'direct', sentAfter: '0' },
};

export type HostMessage =
  | {
      type: 'init';
      state: PanelState;
      filteringService: FilteringServiceSettings;
      steps: { step: StepNumber; path: string; markdown: string }[];
      articles: Article[];
      /** The full-text search index built with the extension (dist/knowledge-index.json). */
      searchIndex: string;
    }
  | { type: 'article'; path: string; markdown: string }
  | { type: 'report'; report: Report }
  | { type: 'link'; link: ScenarioLink }
  | { type: 'settings'; filteringService: FilteringServiceSettings };

export type WebviewMessage =
  | { type: 'ready' }
  | { type: 'openArticle'; path: string }
  | { type: 'openCode'; code: string }
  | { type: 'openExternal'; url: string }
  | { type: 'copy'; text: string };

/** The tab a deep link opens: the simulator when it names a sender or an outage, else the steps. */
export function linkTab(link: ScenarioLink): Tab {
  return link.mta || link.outage ? 'simulator' : 'scenarios';
}

/**
 * The state after following `link`: its step, and a simulator set to its sender and outage. Step 4 and the
 * filtering service itself mean the path through the filtering service; step 3 the direct path.
 */
export function applyLink(state: PanelState, link: ScenarioLink): PanelState {
  const next: PanelState = { ...state, tab: linkTab(link), simulator: { ...state.simulator } };
  if (link.step !== undefined) next.step = link.step;
  if (link.mta === 'vqnow' || link.step === 4) next.simulator.chain = 'server-down';
  else if (link.step === 3) next.simulator.chain = 'direct';
  if (link.mta && link.mta !== 'vqnow') next.simulator.mtas = [link.mta];
  if (link.outage) next.simulator.outage = link.outage;
  return next;
}

/** Reports and copied summaries larger than this are refused: nothing a person reads is that long. */
export const maxTextLength = 1_000_000;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.length <= maxTextLength;

/**
 * A docs/ article path as a relative, normalised `folder/name.md`, or undefined when it could leave docs/
 * (absolute, `..`, backslashes, odd characters). A `#fragment` is dropped.
 */
export function normalizeDocPath(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const path = value
    .split('#')[0]
    .replace(/^\.\//, '')
    .replace(/^docs\//, '');
  return /^[a-z0-9][a-z0-9_-]*(\/[a-z0-9][a-z0-9._-]*)*\.md$/i.test(path) && !path.split('/').includes('..') ? path : undefined;
}

export { articleTitle } from '../core/knowledge/articles';

export function parseWebviewMessage(raw: unknown): WebviewMessage | undefined {
  if (!isRecord(raw)) return undefined;
  switch (raw.type) {
    case 'ready':
      return { type: 'ready' };
    case 'openArticle': {
      const path = normalizeDocPath(raw.path);
      return path ? { type: 'openArticle', path } : undefined;
    }
    case 'openCode':
      return typeof raw.code === 'string' && parseCode(raw.code) ? { type: 'openCode', code: raw.code.trim() } : undefined;
    case 'openExternal':
      return typeof raw.url === 'string' && /^https?:\/\/[^\s]+$/i.test(raw.url) && raw.url.length < 2048
        ? { type: 'openExternal', url: raw.url }
        : undefined;
    case 'copy':
      return isText(raw.text) ? { type: 'copy', text: raw.text } : undefined;
    default:
      return undefined;
  }
}

function parseStep(value: unknown): StepNumber | undefined {
  const step = typeof value === 'string' && /^\d$/.test(value) ? Number(value) : value;
  return (stepNumbers as readonly unknown[]).includes(step) ? (step as StepNumber) : undefined;
}

/** Reads a deep link from a command argument (any caller): unknown fields are dropped, a bad value is an error. */
export function parseScenarioLink(raw: unknown): { link: ScenarioLink } | { error: string } {
  if (raw === undefined || raw === null) return { link: {} };
  if (!isRecord(raw)) return { error: 'a scenario link must be an object like {step: 3, mta: "postfix", outage: "2d"}' };
  const link: ScenarioLink = {};
  if (raw.step !== undefined) {
    const step = parseStep(raw.step);
    if (step === undefined) return { error: `unknown scenario step ${JSON.stringify(raw.step)} (0 to 4)` };
    link.step = step;
  }
  if (raw.mta !== undefined) {
    if (!isMtaId(raw.mta)) return { error: `unknown MTA ${JSON.stringify(raw.mta)}` };
    link.mta = raw.mta;
  }
  if (raw.outage !== undefined) {
    if (typeof raw.outage !== 'string' || parseDuration(raw.outage) === undefined)
      return { error: `not an outage length: ${JSON.stringify(raw.outage)} (e.g. 36h, 2d)` };
    link.outage = raw.outage;
  }
  return { link };
}

/** Restores saved state; anything missing or wrong falls back to the default, so an old or damaged state still opens. */
export function parsePanelState(raw: unknown): PanelState {
  if (!isRecord(raw)) return defaultPanelState;
  const simulator = isRecord(raw.simulator) ? raw.simulator : {};
  const mtas = Array.isArray(simulator.mtas) ? simulator.mtas.filter(isMtaId) : [];
  const outage =
    typeof simulator.outage === 'string' && parseDuration(simulator.outage) !== undefined ? simulator.outage : defaultPanelState.simulator.outage;
  const report =
    isRecord(raw.report) && isText(raw.report.title) && isText(raw.report.markdown)
      ? { title: raw.report.title, markdown: raw.report.markdown }
      : undefined;
  return {
    tab: (tabs as readonly unknown[]).includes(raw.tab) ? (raw.tab as Tab) : defaultPanelState.tab,
    step: parseStep(raw.step) ?? defaultPanelState.step,
    simulator: {
      mtas: mtas.length > 0 ? [...new Set(mtas)] : defaultPanelState.simulator.mtas,
      outage,
      chain: (chains as readonly unknown[]).includes(simulator.chain) ? (simulator.chain as Chain) : defaultPanelState.simulator.chain,
      sentAfter:
        typeof simulator.sentAfter === 'string' && parseDuration(simulator.sentAfter) !== undefined
          ? simulator.sentAfter
          : defaultPanelState.simulator.sentAfter,
    },
    articlePath: normalizeDocPath(raw.articlePath),
    report,
  };
}
