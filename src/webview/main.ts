/**
 * The Outage Scenarios webview: the seed's steps, the outage simulator and the knowledge base.
 * The delivery core is bundled in, so the simulator answers as the controls change; the host only supplies
 * articles and settings. Every message from the host is used as data, never as HTML.
 */
import {
  allProfiles,
  defaultFilteringService,
  filteringServiceProfile,
  outageTooLong,
  parseDuration,
  formatDuration,
  HOUR,
  type FilteringServiceSettings,
  type MtaProfile,
} from '../core/delivery';
import { chainLabels, chains, customerSummary, simulateChain, waitingLeg, type Chain } from '../core/delivery/chain';
import type { Timeline } from '../core/delivery/simulate';
import { loadKnowledgeIndex, searchKnowledge, type KnowledgeIndex } from '../core/knowledge/search';
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
let searchIndex: KnowledgeIndex | undefined;
let searchQuery = '';
/** Set when the user asked for an article or report, so that it gets the focus once it arrives. */
let focusOnArrival = false;

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
      focusOnArrival = true;
      post({ type: 'openArticle', path: target.path });
    }
  });
}

let pendingAnchor: string | undefined;

function anchorHeading(container: HTMLElement, anchor: string): HTMLElement | undefined {
  return Array.from(container.querySelectorAll<HTMLElement>('[data-anchor]')).find((node) => node.dataset.anchor === anchor);
}

function scrollToAnchor(container: HTMLElement, anchor: string): void {
  const heading = anchorHeading(container, anchor);
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

/** Opens the simulator on the step's mail path and moves the focus to the results' heading, which says what is shown. */
function simulateStep(step: StepNumber): void {
  state.simulator.chain = step === 4 ? 'server-down' : 'direct';
  if (step === 4) state.simulator.outage = `${Math.round(filteringServiceProfile(filteringService).giveUpAfter / HOUR) + 12}h`;
  renderSimulatorControls();
  runSimulation();
  selectTab('simulator');
  focusWhenShown(() => resultArea.querySelector<HTMLElement>('h2'));
}

/** Focuses what `find` returns once the tab switch has painted it (a hidden element cannot take the focus). */
function focusWhenShown(find: () => HTMLElement | null | undefined): void {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      const target = find();
      if (!target) return;
      if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
      target.focus();
      target.scrollIntoView({ block: 'nearest' });
    }),
  );
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
      presets.value = presetOf(value);
      setOutage(value);
    },
    'e.g. 36h or 2d',
  );
  const presets = ui.select(
    'outage-preset',
    'Common lengths',
    [{ value: '', label: 'other' }, ...outagePresets.map((p) => ({ value: p, label: p }))],
    presetOf(state.simulator.outage),
    (value) => {
      if (!value) return;
      outageField.value = value;
      setOutage(value);
    },
  );
  const setOutage = (value: string) => {
    const problem = outageProblem(value);
    outageField.setInvalid(problem);
    if (problem) {
      markResultsStale();
      return;
    }
    state.simulator.outage = value.trim();
    runSimulation();
  };
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
  chain.element.classList.add('wide');
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

/** The preset a typed length matches, else '' ("other"). */
function presetOf(value: string): string {
  const seconds = parseDuration(value);
  return outagePresets.find((preset) => parseDuration(preset) === seconds) ?? '';
}

/** Why a typed length cannot be simulated, or undefined when it can. */
function outageProblem(value: string): string | undefined {
  const seconds = parseDuration(value);
  if (seconds === undefined || seconds < 60) return 'Type a length of at least a minute, such as 90m, 36h, 2d or 1d12h.';
  return outageTooLong(seconds, filteringService);
}

/** The results still show the last valid length: say so, above them, until the length is fixed. */
function markResultsStale(): void {
  resultArea.classList.add('stale');
  let note = resultArea.querySelector('.stale-note');
  if (!note) {
    note = element('p', undefined, 'stale-note');
    resultArea.prepend(note);
  }
  note.textContent = `Out of date: these results are for the last valid length, ${formatDuration(parseDuration(state.simulator.outage) ?? 0)}. Correct the outage length to update them.`;
}

function chainLabel(chain: Chain): string {
  return chainLabels[chain].replace('filtering service', filteringService.name);
}

function runSimulation(): void {
  save();
  resultArea.classList.remove('stale');
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
    'Timeline: each tick is a delivery attempt that found no server (a labelled bar where retries are too close to draw apart); ▲ delay warning; ● delivered; ✕ returned to the sender. The shaded area is the outage.',
  );
  const chart = element('div', undefined, 'chart-scroll');
  chart.append(timelineSvg(rows, outageSeconds, `Timeline. ${description}`));
  figure.append(chart, caption);

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

/**
 * The list (with its search box) and the article pane are kept apart: opening an article redraws only the pane,
 * so the list keeps its scroll position, and the focus moves to the article the user asked for.
 */
const knowledgeView = element('section', undefined, 'view knowledge');
const articleList = element('nav', undefined, 'article-list');
articleList.setAttribute('aria-label', 'Articles');
const articleLinks = element('div', undefined, 'article-links');
const searchStatus = element('p', undefined, 'search-status');
searchStatus.setAttribute('role', 'status');
const articlePane = element('div', undefined, 'article-pane');

function renderKnowledge(): void {
  const search = ui.textField(
    'knowledge-search',
    'Search the knowledge base',
    searchQuery,
    (value) => {
      searchQuery = value;
      renderArticleLinks();
    },
    'e.g. greylisting, backup MX, 5.7.1',
  );
  articleList.replaceChildren(search.element, searchStatus, articleLinks);
  renderArticleLinks();
  renderArticlePane();
  knowledgeView.replaceChildren(articleList, articlePane);
}

function articleLink(title: string, onOpen: () => void, href: string): HTMLAnchorElement {
  const link = element('a', title);
  link.href = href;
  link.addEventListener('click', (event) => {
    event.preventDefault();
    focusOnArrival = true;
    onOpen();
  });
  return link;
}

/** Every article by section, or the search's ranked results while something is typed. */
function renderArticleLinks(): void {
  const query = searchQuery.trim();
  if (query && searchIndex) {
    const hits = searchKnowledge(searchIndex, query);
    searchStatus.textContent =
      hits.length === 0 ? `Nothing found for “${query}”.` : `${hits.length} result${hits.length === 1 ? '' : 's'} for “${query}”, best first.`;
    const list = element('ul', undefined, 'search-results');
    for (const hit of hits) {
      const item = element('li');
      item.dataset.id = hit.id;
      const open = hit.path ? () => post({ type: 'openArticle', path: hit.path! }) : () => post({ type: 'openCode', code: hit.code! });
      item.append(articleLink(hit.title, open, `#${hit.path ?? hit.code}`), element('span', hit.section, 'hit-section'));
      if (hit.summary) item.append(element('span', hit.summary, 'hit-summary'));
      list.append(item);
    }
    articleLinks.replaceChildren(list);
    markCurrentArticle();
    return;
  }
  searchStatus.textContent = '';
  const groups: HTMLElement[] = [];
  let list: HTMLUListElement | undefined;
  for (const article of articles) {
    if (!list || list.dataset.section !== article.section) {
      groups.push(element('h2', article.section));
      list = element('ul');
      list.dataset.section = article.section;
      groups.push(list);
    }
    const item = element('li');
    item.dataset.path = article.path;
    item.append(articleLink(article.title, () => post({ type: 'openArticle', path: article.path }), `#${article.path}`));
    list.append(item);
  }
  articleLinks.replaceChildren(...groups);
  markCurrentArticle();
}

function markCurrentArticle(): void {
  const current = !state.report && currentArticle ? currentArticle.path : undefined;
  for (const link of Array.from(articleLinks.querySelectorAll('a'))) {
    if (current !== undefined && link.getAttribute('href') === `#${current}`) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

function renderArticlePane(): void {
  if (state.report) {
    const report = element('section', undefined, 'report');
    report.setAttribute('aria-label', `Report: ${state.report.title}`);
    // A report that brings its own `# ` heading is not given a second one.
    if (!/^\s*# /.test(state.report.markdown)) report.append(element('h1', state.report.title, 'report-title'));
    report.append(markdownBlock(state.report.markdown, undefined));
    articlePane.replaceChildren(report);
  } else if (currentArticle) {
    articlePane.replaceChildren(markdownBlock(currentArticle.markdown, currentArticle.path));
  } else {
    articlePane.replaceChildren(element('p', 'Choose an article, or search the knowledge base.'));
  }
  markCurrentArticle();
  if (pendingAnchor) {
    const anchor = pendingAnchor;
    pendingAnchor = undefined;
    focusWhenShown(() => anchorHeading(articlePane, anchor));
  } else if (focusOnArrival) {
    focusWhenShown(() => articlePane.querySelector<HTMLElement>('h1'));
  }
  focusOnArrival = false;
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
      searchIndex = loadKnowledgeIndex(message.searchIndex);
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
      selectTab('knowledge');
      renderArticlePane();
      break;
    case 'report':
      staleArticle = restoringArticle;
      state.report = message.report;
      selectTab('knowledge');
      renderArticlePane();
      break;
    case 'settings':
      filteringService = message.filteringService;
      renderSimulatorControls();
      runSimulation();
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
