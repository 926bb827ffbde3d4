/** Draws simulator timelines as SVG (attempts, warning, delivery or bounce) and the comparison table. Colours come from the theme, through CSS classes. */
import { formatDuration, DAY, HOUR } from '../core/delivery/duration';
import type { Leg, Timeline } from '../core/delivery/simulate';

const svgNs = 'http://www.w3.org/2000/svg';
const width = 760;
const labelWidth = 150;
const rowHeight = 40;
const axisHeight = 28;

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

/** A tick every 6 h up to 2 days, every day up to 10, then every 2 days. */
function tickStep(span: number): number {
  if (span <= 12 * HOUR) return HOUR;
  if (span <= 2 * DAY) return 6 * HOUR;
  if (span <= 10 * DAY) return DAY;
  return 2 * DAY;
}

export interface TimelineRow {
  label: string;
  leg: Leg;
}

/** One row per leg of every timeline; the shaded band is the outage. `description` is read by screen readers. */
export function timelineSvg(rows: TimelineRow[], outageSeconds: number, description: string): SVGSVGElement {
  const end = Math.max(outageSeconds, ...rows.map((row) => row.leg.outcomeAt)) * 1.04 || HOUR;
  const height = axisHeight + rows.length * rowHeight + 8;
  const x = (seconds: number) => labelWidth + (seconds / end) * (width - labelWidth - 12);
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': description, class: 'timeline' });
  root.append(
    svg(
      'rect',
      { x: x(0), y: axisHeight - 4, width: x(outageSeconds) - x(0), height: rows.length * rowHeight + 4, class: 'outage' },
      `outage: ${formatDuration(outageSeconds)}`,
    ),
  );

  const step = tickStep(end);
  for (let t = 0; t <= end; t += step) {
    root.append(svg('line', { x1: x(t), x2: x(t), y1: axisHeight - 6, y2: height - 4, class: 'grid' }));
    const tick = svg('text', { x: x(t), y: axisHeight - 10, class: 'tick', 'text-anchor': 'middle' });
    tick.textContent = t === 0 ? '0' : formatDuration(t);
    root.append(tick);
  }

  rows.forEach((row, index) => {
    const y = axisHeight + index * rowHeight + rowHeight / 2;
    const label = svg('text', { x: 4, y: y + 4, class: 'row-label' });
    label.textContent = row.label;
    root.append(label);
    const { leg } = row;
    root.append(svg('line', { x1: x(leg.receivedAt), x2: x(leg.outcomeAt), y1: y, y2: y, class: 'queue' }));
    for (const attempt of leg.attempts) {
      if (attempt.delivered) continue;
      root.append(
        svg(
          'line',
          { x1: x(attempt.at), x2: x(attempt.at), y1: y - 8, y2: y + 8, class: 'attempt' },
          `attempt at ${formatDuration(attempt.at)}: no answer`,
        ),
      );
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
