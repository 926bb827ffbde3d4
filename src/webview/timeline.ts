/**
 * Draws simulator timelines as SVG (attempts, warning, delivery or bounce). Colours come from the theme, through CSS
 * classes. The axis adapts its ticks from minutes to weeks, and retries too close to draw apart become a band
 * labelled with their interval ("every 10 min"), so the chart reads from a 1-minute outage to the longest give-up time.
 */
import { formatDuration, DAY, HOUR } from '../core/delivery/duration';
import type { Attempt, Leg, Timeline } from '../core/delivery/simulate';

const svgNs = 'http://www.w3.org/2000/svg';
const rowHeight = 36;
/** A tick label needs about this much room ("4 d 12 h" at 11 px). */
const tickSpacing = 70;
/** Attempts closer than this many pixels are drawn as a band. */
const minAttemptGap = 5;

function svg<K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string | number>, tooltip?: string): SVGElementTagNameMap[K] {
  const element = document.createElementNS(svgNs, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  if (tooltip) {
    const title = document.createElementNS(svgNs, 'title');
    title.textContent = tooltip;
    element.append(title);
  }
  return element;
}

const niceSteps = [
  60,
  2 * 60,
  5 * 60,
  10 * 60,
  15 * 60,
  30 * 60,
  HOUR,
  2 * HOUR,
  3 * HOUR,
  6 * HOUR,
  12 * HOUR,
  DAY,
  2 * DAY,
  7 * DAY,
  14 * DAY,
  28 * DAY,
];

/** The smallest round step that leaves each tick label room on an axis of `span` seconds drawn `pixels` wide. */
export function tickStep(span: number, pixels: number): number {
  const most = Math.max(1, Math.floor(pixels / tickSpacing));
  return niceSteps.find((step) => span / step <= most) ?? niceSteps[niceSteps.length - 1];
}

/** A run of failed attempts: drawn one line each, or as one band when they are too close together. */
export interface AttemptRun {
  attempts: Attempt[];
  band: boolean;
}

/** Splits failed attempts into runs: a band wherever three or more follow each other closer than `minGap` seconds. */
export function attemptRuns(attempts: Attempt[], minGap: number): AttemptRun[] {
  const runs: AttemptRun[] = [];
  let dense: Attempt[] = [];
  const flush = () => {
    if (dense.length >= 3) runs.push({ attempts: dense, band: true });
    else for (const attempt of dense) runs.push({ attempts: [attempt], band: false });
    dense = [];
  };
  for (const attempt of attempts) {
    const last = dense[dense.length - 1];
    if (last && attempt.at - last.at >= minGap) flush();
    dense.push(attempt);
  }
  flush();
  return runs;
}

/** "every 10 min", or "every 5–67 min" when the gaps grow. */
export function intervalLabel(attempts: Attempt[]): string {
  const gaps = attempts.slice(1).map((attempt, index) => attempt.at - attempts[index].at);
  const shortest = Math.min(...gaps);
  const longest = Math.max(...gaps);
  if (longest - shortest <= shortest * 0.1) return `every ${formatDuration(shortest)}`;
  return `every ${formatDuration(shortest)} to ${formatDuration(longest)}`;
}

export interface TimelineRow {
  label: string;
  leg: Leg;
}

/**
 * One row per leg of every timeline; the shaded band is the outage; `description` is what screen readers read.
 * Words (ticks, row names, band labels) are HTML beside the drawings, never text inside or over an SVG: there the
 * theme's colours cannot be checked for contrast (axe-core reports such text "to review"). Each row's marks are an
 * SVG of its own, placed in percent of the plot's width, so the chart follows the panel's width without scaling text.
 */
export function timelineChart(rows: TimelineRow[], outageSeconds: number, description: string, plotPixels: number): HTMLElement {
  const lastEvent = Math.max(0, ...rows.map((row) => row.leg.outcomeAt));
  // An outage that outlasts every sender would squeeze their timelines into a corner: the axis then ends a
  // little after the last event, and the outage band runs off its edge, labelled with its full length.
  const shown = outageSeconds > lastEvent * 1.25 && lastEvent > 0 ? lastEvent * 1.15 : Math.max(outageSeconds, lastEvent) * 1.04;
  const end = shown || HOUR;
  const at = (seconds: number) => (Math.min(seconds, end) / end) * 100;
  const percent = (seconds: number) => `${at(seconds).toFixed(3)}%`;
  const step = tickStep(end, plotPixels);
  const ticks: number[] = [];
  for (let t = 0; t <= end; t += step) ticks.push(t);

  const chart = html('div', 'timeline');
  chart.setAttribute('role', 'img');
  chart.setAttribute('aria-label', description);
  const axis = html('div', 'timeline-axis');
  for (const t of ticks) {
    const tick = html('span', 'tick', t === 0 ? '0' : formatDuration(t));
    tick.style.left = percent(t);
    axis.append(tick);
  }
  chart.append(html('span', 'row-label'), axis);

  const secondsPerPixel = end / plotPixels;
  for (const row of rows) {
    const { leg } = row;
    const plot = svg('svg', { class: 'row-plot', width: '100%', height: rowHeight, overflow: 'visible' });
    plot.append(
      svg('rect', { x: 0, y: 0, width: percent(outageSeconds), height: rowHeight, class: 'outage' }, `outage: ${formatDuration(outageSeconds)}`),
    );
    for (const t of ticks) plot.append(svg('line', { x1: percent(t), x2: percent(t), y1: 0, y2: rowHeight, class: 'grid' }));
    const y = rowHeight / 2;
    plot.append(svg('line', { x1: percent(leg.receivedAt), x2: percent(leg.outcomeAt), y1: y, y2: y, class: 'queue' }));
    const labels = html('div', 'band-labels');
    const failed = leg.attempts.filter((attempt) => !attempt.delivered);
    for (const run of attemptRuns(failed, minAttemptGap * secondsPerPixel)) {
      const first = run.attempts[0];
      if (!run.band) {
        plot.append(
          svg(
            'line',
            { x1: percent(first.at), x2: percent(first.at), y1: y - 8, y2: y + 8, class: 'attempt' },
            `attempt at ${formatDuration(first.at)}: no answer`,
          ),
        );
        continue;
      }
      const last = run.attempts[run.attempts.length - 1];
      const interval = intervalLabel(run.attempts);
      const band = svg(
        'rect',
        { x: percent(first.at), y: y - 6, width: `${Math.max(0.3, at(last.at) - at(first.at)).toFixed(3)}%`, height: 12, class: 'retry-band' },
        `${run.attempts.length} attempts from ${formatDuration(first.at)} to ${formatDuration(last.at)}, ${interval}: no answer`,
      );
      band.dataset.attempts = String(run.attempts.length);
      plot.append(band);
      const label = html('span', 'band-label', interval);
      label.style.left = percent(first.at);
      labels.append(label);
    }
    for (const warningAt of leg.warnings) {
      plot.append(mark(percent(warningAt), y, `M0,-16 l6,10 h-12 z`, 'warning', `delay warning to the sender at ${formatDuration(warningAt)}`));
    }
    if (leg.outcome === 'delivered') {
      const dot = svg('svg', { x: percent(leg.outcomeAt), y, overflow: 'visible' });
      dot.append(svg('circle', { cx: 0, cy: 0, r: 6, class: 'delivered' }, `delivered at ${formatDuration(leg.outcomeAt)}`));
      plot.append(dot);
    } else {
      plot.append(
        mark(percent(leg.outcomeAt), y, 'M-6,-6 l12,12 m0,-12 l-12,12', 'bounced', `returned to the sender at ${formatDuration(leg.outcomeAt)}`),
      );
    }
    const cell = html('div', 'row-cell');
    cell.append(plot, labels);
    chart.append(html('span', 'row-label', row.label), cell);
  }
  if (outageSeconds > end) {
    chart.append(html('span', 'row-label'), html('span', 'outage-more', `outage continues to ${formatDuration(outageSeconds)} →`));
  }
  return chart;
}

function html<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A path drawn around a point given in percent of the row's width (a nested SVG places it; the path keeps its shape). */
function mark(x: string, y: number, path: string, className: string, tooltip: string): SVGSVGElement {
  const holder = svg('svg', { x, y, overflow: 'visible' });
  holder.append(svg('path', { d: path, class: className }, tooltip));
  return holder;
}

/** The table's words for one timeline's result. */
export function outcomeText(timeline: Timeline): string {
  if (timeline.outcome === 'delivered') return `delivered after ${formatDuration(timeline.outcomeAt)}`;
  if (timeline.legs.every((leg) => leg.attempts.length === 0))
    return 'returned to the sender at once, without a delivery attempt (past its cutoff for your server)';
  return `returned to the sender after ${formatDuration(timeline.outcomeAt)}`;
}
