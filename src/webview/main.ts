/**
 * The Outage Scenarios webview: the seed's steps, the outage simulator and the knowledge base.
 * The delivery core is bundled in, so the simulator answers as the controls change; the host only supplies
 * articles and settings. Every message from the host is used as data, never as HTML.
 */
import {
  allProfiles,
  defaultFilteringService,
  filteringServiceProfile,
  parseDuration,
  formatDuration,
  HOUR,
  type FilteringServiceSettings,
  type MtaProfile,
} from '../core/delivery';
import { chainLabels, chains, customerSummary, simulateChain, waitingLeg, type Chain } from '../core/delivery/chain';
import type { Timeline } from '../core/delivery/simulate';
import { linkTarget, renderMarkdown } from './markdown';
import {
  applyLink,
  parsePanelState,
  type Article,
  type HostMessage,
  type PanelState,
  type StepNumber,
  type Tab,
  type WebviewMessage,
} from './protocol';
import { outcomeText, timelineSvg, type TimelineRow } from './timeline';
import * as ui from './toolkit';

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): unknown;
  setState(state: PanelState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const app = document.getElementById('app') as HTMLElement;

const stepTitles: Record<StepNumber, string> = {
  0: '0 · Secondary MX?',
  1: '1 · Local delivery problem',
  2: '2 · Invalid domain',
  3: '3 · Server unresponsive',
  4: '4 · Your server behind the filter',
};
const outagePresets = ['3h', '12h', '1d', '36h', '2d', '4d', '6d', '8d'];
const mtaDocs = 'delivery/mta-defaults.md';

let state: PanelState = parsePanelState(vscode.getState());
let steps: Extract<HostMessage, { type: 'init' }>['steps'] = [];
let articles: Article[] = [];
let filteringService: FilteringServiceSettings = defaultFilteringService;
let currentArticle: { path: string; markdown: string } | undefined;
/** The article asked for when the panel came back, and that request once a newer report or link made its answer stale. */
let restoringArticle: string | undefined;
let staleArticle: string | undefined;
let tabs: ui.Tabs | undefined;

function save(): void {
  vscode.setState(state);
}

function post(message: WebviewMessage): void {
  vscode.postMessage(message);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

// ——— Links inside rendered markdown: followed here or by the host, never by the browser ———

function wireLinks(container: HTMLElement, fromPath: string | undefined): void {
  container.addEventListener('click', (event) => {
    const anchor = (event.target as Element).closest('a');
    if (!anchor) return;
    event.preventDefault();
    const target = linkTarget(anchor.getAttribute('href') ?? '', fromPath);
    if (!target) return;
    if (target.kind === 'external') post({ type: 'openExternal', url: target.url });
    else if (target.kind === 'anchor') scrollToAnchor(container, target.anchor);
    else {
      pendingAnchor = target.anchor;
      post({ type: 'openArticle', path: target.path });
    }
  });
}

let pendingAnchor: string | undefined;

function scrollToAnchor(container: HTMLElement, anchor: string): void {
  const heading = Array.from(container.querySelectorAll<HTMLElement>('[data-anchor]')).find((node) => node.dataset.anchor === anchor);
  if (!heading) return;
  heading.tabIndex = -1;
  heading.scrollIntoView({ block: 'start' });
  heading.focus({ preventScroll: true });
}

function markdownBlock(markdown: string, path: string | undefined): HTMLElement {
  const block = element('article', undefined, 'markdown-body');
  block.append(renderMarkdown(markdown));
  wireLinks(block, path);
  return block;
}

// ——— Scenarios ———

const scenariosView = element('section', undefined, 'view');

function renderScenarios(): void {
  const nav = element('nav', undefined, 'steps');
  nav.setAttribute('aria-label', 'Scenario steps');
  const list = element('ol');
  for (const { step } of steps) {
    const item = element('li');
    const button = ui.button(stepTitles[step], () => showStep(step), { primary: step === state.step, ariaLabel: `Step ${stepTitles[step]}` });
    if (step === state.step) button.setAttribute('aria-current', 'step');
    item.append(button);
    list.append(item);
  }
  nav.append(list);
  const current = steps.find((s) => s.step === state.step);
  const content = current ? markdownBlock(current.markdown, current.path) : element('p', 'Loading…');
  content.classList.add('step');
  content.dataset.step = String(state.step);
  const actions = element('div', undefined, 'actions');
  if (state.step === 3 || state.step === 4) {
    actions.append(ui.button('Simulate this outage', () => simulateStep(state.step), { primary: true }));
  }
  scenariosView.replaceChildren(nav, content, actions);
}

function showStep(step: StepNumber): void {
  state.step = step;
  save();
  renderScenarios();
  scenariosView.querySelector<HTMLElement>('[aria-current="step"]')?.focus();
}

function simulateStep(step: StepNumber): void {
  state.simulator.chain = step === 4 ? 'server-down' : 'direct';
  if (step === 4) state.simulator.outage = `${Math.round(filteringServiceProfile(filteringService).giveUpAfter / HOUR) + 12}h`;
  renderSimulatorControls();
  runSimulation();
  selectTab('simulator');
}

// ——— Simulator ———

const simulatorView = element('section', undefined, 'view');
const resultArea = element('div', undefined, 'results');
resultArea.setAttribute('aria-live', 'polite');
let lastSummary = '';

function senderProfiles(): MtaProfile[] {
  return allProfiles(filteringService).filter((profile) => profile.id !== 'vqnow');
}

function renderSimulatorControls(): void {
  const form = element('form', undefined, 'simulator-controls');
  form.addEventListener('submit', (event) => event.preventDefault());

  const senders = element('fieldset');
  senders.append(element('legend', 'Sending mail servers'));
  const boxes = senderProfiles().map((profile) => {
    const box = ui.checkbox(profile.name, state.simulator.mtas.includes(profile.id), () => {
      state.simulator.mtas = boxes.filter((b) => b.box.checked).map((b) => b.id);
      runSimulation();
    });
    box.element.dataset.mta = profile.id;
    return { id: profile.id, box };
  });
  senders.append(...boxes.map((b) => b.box.element));

  const outageField = ui.textField(
    'outage-length',
    'Outage length',
    state.simulator.outage,
    (value) => {
      const seconds = parseDuration(value);
      outageField.setInvalid(seconds === undefined || seconds <= 0 ? 'Type a length such as 36h, 2d or 1d12h' : undefined);
      if (seconds === undefined || seconds <= 0) return;
      state.simulator.outage = value.trim();
      runSimulation();
    },
    'e.g. 36h or 2d',
  );
  const presets = ui.select(
    'outage-preset',
    'Common lengths',
    [{ value: '', label: '—' }, ...outagePresets.map((p) => ({ value: p, label: p }))],
    '',
    (value) => {
      if (!value) return;
      outageField.value = value;
      outageField.setInvalid(undefined);
      state.simulator.outage = value;
      runSimulation();
    },
  );
  const chain = ui.select<Chain>(
    'chain',
    'Mail path',
    chains.map((c) => ({ value: c, label: chainLabel(c) })),
    state.simulator.chain,
    (value) => {
      state.simulator.chain = value;
      runSimulation();
    },
  );
  // The message may be sent well into the outage: a sender whose clock is per host (Exim) then bounces sooner, or at once.
  const sentAfterField = ui.textField(
    'sent-after',
    'Message sent after the outage began',
    state.simulator.sentAfter,
    (value) => {
      const seconds = parseDuration(value);
      sentAfterField.setInvalid(seconds === undefined ? 'Type a length such as 0, 3d or 12h' : undefined);
      if (seconds === undefined) return;
      state.simulator.sentAfter = value.trim();
      runSimulation();
    },
    'e.g. 0 or 3d',
  );
  const row = element('div', undefined, 'field-row');
  row.append(outageField.element, presets.element, sentAfterField.element, chain.element);
  form.append(senders, row);
  simulatorView.replaceChildren(form, resultArea);
}

function chainLabel(chain: Chain): string {
  return chainLabels[chain].replace('filtering service', filteringService.name);
}

function runSimulation(): void {
  save();
  const outageSeconds = parseDuration(state.simulator.outage) ?? 0;
  const relay = filteringServiceProfile(filteringService);
  const senders = senderProfiles().filter((profile) => state.simulator.mtas.includes(profile.id));
  if (senders.length === 0) {
    resultArea.replaceChildren(element('p', 'Choose at least one sending mail server.'));
    return;
  }
  const sentAfter = parseDuration(state.simulator.sentAfter) ?? 0;
  const results = senders.map((sender) => ({ sender, timeline: simulateChain(state.simulator.chain, sender, relay, outageSeconds, 1, sentAfter) }));
  lastSummary = customerSummary(state.simulator.chain, outageSeconds, filteringService.name, results);

  const sent = sentAfter > 0 ? `, message sent ${formatDuration(sentAfter)} after it began` : '';
  const heading = element('h2', `${chainLabel(state.simulator.chain)}, outage of ${formatDuration(outageSeconds)}${sent}`);
  const verdicts = element('ul', undefined, 'verdicts');
  for (const { sender, timeline } of results) {
    const item = element('li', `${sender.name}: ${outcomeText(timeline)}`);
    item.dataset.mta = sender.id;
    item.dataset.outcome = timeline.outcome;
    item.dataset.attempts = String(timeline.legs.reduce((sum, leg) => sum + leg.attempts.length, 0));
    if (timeline.reason) item.title = timeline.reason;
    verdicts.append(item);
  }
  const rows: TimelineRow[] = results.flatMap(({ sender, timeline }) =>
    timeline.legs.map((leg, index) => ({ label: index === 0 ? sender.name : `  → ${leg.profile.name}`, leg })),
  );
  const description = results.map(({ sender, timeline }) => `${sender.name}: ${outcomeText(timeline)}`).join('; ');
  const figure = element('figure', undefined, 'timeline-figure');
  const caption = element(
    'figcaption',
    'Timeline: each tick is a delivery attempt that found no server; ▲ delay warning; ● delivered; ✕ returned to the sender. The shaded band is the outage.',
  );
  figure.append(timelineSvg(rows, outageSeconds, `Timeline. ${description}`), caption);

  const copy = ui.button('Copy summary for the customer', () => post({ type: 'copy', text: lastSummary }), { primary: true });
  resultArea.replaceChildren(heading, verdicts, figure, comparisonTable(results), copy);
}

function comparisonTable(results: { sender: MtaProfile; timeline: Timeline }[]): HTMLElement {
  const table = element('table', undefined, 'comparison');
  table.append(element('caption', 'Comparison of the sending servers’ defaults and what they do in this outage'));
  const head = element('tr');
  for (const title of ['Sender', 'Who waits', 'Retries', 'Warning to the sender', 'Gives up after', 'Result', 'Source']) {
    const cell = element('th', title);
    cell.scope = 'col';
    head.append(cell);
  }
  const thead = element('thead');
  thead.append(head);
  table.append(thead);
  const body = element('tbody');
  for (const { sender, timeline } of results) {
    const leg = waitingLeg(timeline);
    const profile = leg.profile;
    const row = element('tr');
    row.dataset.mta = sender.id;
    const name = element('th', sender.name);
    name.scope = 'row';
    const source = element('td');
    const link = element('a', profile.source);
    link.href = `#${profile.docAnchor}`;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      pendingAnchor = profile.docAnchor;
      post({ type: 'openArticle', path: mtaDocs });
    });
    source.append(link);
    if (profile.unverified.length > 0) source.append(element('div', `Unverified: ${profile.unverified.join('; ')}`, 'unverified'));
    row.append(
      name,
      element('td', profile.name),
      element('td', profile.retrySummary),
      element('td', leg.warningAt === null ? (profile.warnAfter === null ? 'none' : 'not reached') : `at ${formatDuration(leg.warningAt)}`),
      element('td', formatDuration(profile.giveUpAfter)),
      element('td', outcomeText(timeline)),
      source,
    );
    body.append(row);
  }
  table.append(body);
  const scroller = element('div', undefined, 'table-scroll');
  scroller.append(table);
  return scroller;
}

// ——— Knowledge base ———

const knowledgeView = element('section', undefined, 'view knowledge');

function renderKnowledge(): void {
  const nav = element('nav', undefined, 'article-list');
  nav.setAttribute('aria-label', 'Articles');
  let list: HTMLUListElement | undefined;
  for (const article of articles) {
    if (!list || list.dataset.section !== article.section) {
      nav.append(element('h2', article.section));
      list = element('ul');
      list.dataset.section = article.section;
      nav.append(list);
    }
    const item = element('li');
    const link = element('a', article.title);
    link.href = `#${article.path}`;
    if (currentArticle?.path === article.path && !state.report) link.setAttribute('aria-current', 'page');
    link.addEventListener('click', (event) => {
      event.preventDefault();
      post({ type: 'openArticle', path: article.path });
    });
    item.append(link);
    list.append(item);
  }
  const main = element('div', undefined, 'article-pane');
  if (state.report) {
    const report = element('section', undefined, 'report');
    report.setAttribute('aria-label', `Report: ${state.report.title}`);
    // A report that brings its own `# ` heading is not given a second one.
    if (!/^\s*# /.test(state.report.markdown)) report.append(element('h1', state.report.title, 'report-title'));
    report.append(markdownBlock(state.report.markdown, undefined));
    main.append(report);
  } else if (currentArticle) {
    main.append(markdownBlock(currentArticle.markdown, currentArticle.path));
  } else {
    main.append(element('p', 'Choose an article, or run “MX Guard: Search Knowledge Base”.'));
  }
  knowledgeView.replaceChildren(nav, main);
  if (pendingAnchor) {
    scrollToAnchor(main, pendingAnchor);
    pendingAnchor = undefined;
  }
}

// ——— Frame ———

function selectTab(tab: Tab): void {
  state.tab = tab;
  save();
  tabs?.select(tab);
}

function start(): void {
  const title = element('h1', 'MX Guard: Outage Scenarios', 'panel-title');
  tabs = ui.tabs(
    [
      { id: 'scenarios', label: 'Scenarios', view: scenariosView },
      { id: 'simulator', label: 'Simulator', view: simulatorView },
      { id: 'knowledge', label: 'Knowledge base', view: knowledgeView },
    ],
    state.tab,
    (tab) => {
      state.tab = tab as Tab;
      save();
    },
  );
  app.replaceChildren(title, tabs.element);
  renderScenarios();
  renderSimulatorControls();
  runSimulation();
  renderKnowledge();
}

window.addEventListener('message', (event: MessageEvent<HostMessage>) => {
  const message = event.data;
  if (typeof message !== 'object' || message === null) return;
  switch (message.type) {
    case 'init':
      // After the webview was hidden and shown again, its own saved state is newer than the host's.
      state = parsePanelState(vscode.getState() ?? message.state);
      steps = message.steps;
      articles = message.articles;
      filteringService = message.filteringService;
      save();
      start();
      if (state.tab === 'knowledge' && state.articlePath && !state.report) {
        restoringArticle = state.articlePath;
        post({ type: 'openArticle', path: state.articlePath });
      }
      break;
    case 'article':
      currentArticle = { path: message.path, markdown: message.markdown };
      restoringArticle = undefined;
      if (message.path === staleArticle) {
        // The restored article's answer came after a newer report or link: keep what that shows.
        staleArticle = undefined;
        break;
      }
      state.report = undefined;
      state.articlePath = message.path;
      renderKnowledge();
      selectTab('knowledge');
      break;
    case 'report':
      staleArticle = restoringArticle;
      state.report = message.report;
      renderKnowledge();
      selectTab('knowledge');
      break;
    case 'link':
      staleArticle = restoringArticle;
      state = applyLink(state, message.link);
      renderScenarios();
      renderSimulatorControls();
      runSimulation();
      selectTab(state.tab);
      break;
  }
});

post({ type: 'ready' });
