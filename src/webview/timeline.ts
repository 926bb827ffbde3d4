/**
 * Draws simulator timelines as SVG (attempts, warning, delivery or bounce). Colours come from the theme, through CSS
 * classes. The axis adapts its ticks from minutes to weeks, and retries too close to draw apart become a band
 * labelled with their interval ("every 10 min"), so the chart reads from a 1-minute outage to the longest give-up time.
 */
import { formatDuration, DAY, HOUR } from '../core/delivery/duration';
import type { Attempt, Leg, Timeline } from '../core/delivery/simulate';

const svgNs = 'http://www.w3.org/2000/svg';
const width = 760;
const labelWidth = 150;
const rowHeight = 44;
const axisHeight = 28;
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

/** One row per leg of every timeline; the shaded band is the outage. `description` is read by screen readers. */
export function timelineSvg(rows: TimelineRow[], outageSeconds: number, description: string): SVGSVGElement {
  const lastEvent = Math.max(0, ...rows.map((row) => row.leg.outcomeAt));
  // An outage that outlasts every sender would squeeze their timelines into a corner: the axis then ends a
  // little after the last event, and the outage band runs off its edge, labelled with its full length.
  const shown = outageSeconds > lastEvent * 1.25 && lastEvent > 0 ? lastEvent * 1.15 : Math.max(outageSeconds, lastEvent) * 1.04;
  const end = shown || HOUR;
  const plotWidth = width - labelWidth - 12;
  const height = axisHeight + rows.length * rowHeight + 8;
  const x = (seconds: number) => labelWidth + (Math.min(seconds, end) / end) * plotWidth;
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': description, class: 'timeline' });
  root.append(
    svg(
      'rect',
      { x: x(0), y: axisHeight - 4, width: x(outageSeconds) - x(0), height: rows.length * rowHeight + 4, class: 'outage' },
      `outage: ${formatDuration(outageSeconds)}`,
    ),
  );
  if (outageSeconds > end) {
    const more = svg('text', { x: width - 4, y: height - 2, class: 'outage-more', 'text-anchor': 'end' });
    more.textContent = `outage continues to ${formatDuration(outageSeconds)} →`;
    root.append(more);
  }

  const step = tickStep(end, plotWidth);
  for (let t = 0; t <= end; t += step) {
    root.append(svg('line', { x1: x(t), x2: x(t), y1: axisHeight - 6, y2: height - 4, class: 'grid' }));
    const tick = svg('text', { x: x(t), y: axisHeight - 10, class: 'tick', 'text-anchor': t === 0 ? 'start' : 'middle' });
    tick.textContent = t === 0 ? '0' : formatDuration(t);
    root.append(tick);
  }

  const secondsPerPixel = end / plotWidth;
  rows.forEach((row, index) => {
    const y = axisHeight + index * rowHeight + rowHeight / 2 - 4;
    const label = svg('text', { x: 4, y: y + 4, class: 'row-label' });
    label.textContent = row.label;
    root.append(label);
    const { leg } = row;
    root.append(svg('line', { x1: x(leg.receivedAt), x2: x(leg.outcomeAt), y1: y, y2: y, class: 'queue' }));
    const failed = leg.attempts.filter((attempt) => !attempt.delivered);
    for (const run of attemptRuns(failed, minAttemptGap * secondsPerPixel)) {
      const first = run.attempts[0];
      if (!run.band) {
        root.append(
          svg(
            'line',
            { x1: x(first.at), x2: x(first.at), y1: y - 8, y2: y + 8, class: 'attempt' },
            `attempt at ${formatDuration(first.at)}: no answer`,
          ),
        );
        continue;
      }
      const last = run.attempts[run.attempts.length - 1];
      const interval = intervalLabel(run.attempts);
      const band = svg('g', { class: 'retry-band', 'data-attempts': run.attempts.length });
      band.append(
        svg(
          'rect',
          { x: x(first.at), y: y - 6, width: Math.max(2, x(last.at) - x(first.at)), height: 12 },
          `${run.attempts.length} attempts from ${formatDuration(first.at)} to ${formatDuration(last.at)}, ${interval}: no answer`,
        ),
      );
      const text = svg('text', { x: x(first.at), y: y + 19, class: 'band-label' });
      text.textContent = interval;
      band.append(text);
      root.append(band);
    }
    for (const warningAt of leg.warnings) {
      const wx = x(warningAt);
      root.append(
        svg('path', { d: `M${wx},${y - 16} l6,10 h-12 z`, class: 'warning' }, `delay warning to the sender at ${formatDuration(warningAt)}`),
      );
    }
    const ox = x(leg.outcomeAt);
    if (leg.outcome === 'delivered') {
      root.append(svg('circle', { cx: ox, cy: y, r: 6, class: 'delivered' }, `delivered at ${formatDuration(leg.outcomeAt)}`));
    } else {
      root.append(
        svg(
          'path',
          { d: `M${ox - 6},${y - 6} l12,12 m0,-12 l-12,12`, class: 'bounced' },
          `returned to the sender at ${formatDuration(leg.outcomeAt)}`,
        ),
      );
    }
  });
  return root;
}

/** The table's words for one timeline's result. */
export function outcomeText(timeline: Timeline): string {
  if (timeline.outcome === 'delivered') return `delivered after ${formatDuration(timeline.outcomeAt)}`;
  if (timeline.legs.every((leg) => leg.attempts.length === 0))
    return 'returned to the sender at once, without a delivery attempt (past its cutoff for your server)';
  return `returned to the sender after ${formatDuration(timeline.outcomeAt)}`;
}
