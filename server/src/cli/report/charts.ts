/**
 * Hand-written SVG charts of the report: horizontal bars, stacked by class, with labels on the
 * left and the value on the right. Colours come from CSS classes (light, dark and print themes);
 * every text is escaped; each row carries data attributes so tests and scripts can read it.
 */
import { esc, fit, textWidth } from './escape';

export interface BarSegment { value: number; cls: string; title: string; label?: string }
export interface BarRow {
  label: string;
  /** Tooltip of the whole row. */
  title?: string;
  segments: BarSegment[];
  /** The text shown after the bar (or at the end when normalised). */
  value: string;
  attrs?: Record<string, string | number>;
}
export interface BarOptions {
  /** Accessible name of the chart. */
  title: string;
  width?: number;
  /** Each row's bar fills the width (shares), instead of a common scale. */
  normalize?: boolean;
  rowHeight?: number;
  maxLabelWidth?: number;
}

const FONT = 13;

function attrs(a: Record<string, string | number> | undefined): string {
  if (!a) return '';
  return Object.entries(a).map(([k, v]) => ` ${k}="${esc(v)}"`).join('');
}

const n = (x: number): string => (Math.round(x * 10) / 10).toString();

export function barChart(rows: readonly BarRow[], o: BarOptions): string {
  const W = o.width ?? 540;
  const rowH = o.rowHeight ?? 26;
  const barH = Math.round(rowH * 0.64);
  const labelW = Math.min(o.maxLabelWidth ?? 260, Math.max(40, ...rows.map((r) => textWidth(r.label, FONT)))) + 10;
  const valueW = Math.max(44, ...rows.map((r) => textWidth(r.value, FONT))) + 12;
  const barW = W - labelW - valueW;
  const totals = rows.map((r) => r.segments.reduce((s, x) => s + x.value, 0));
  const max = Math.max(1, ...totals);
  const H = rows.length * rowH + 8;
  const out: string[] = [];
  out.push(`<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" data-width="${W}" role="img" aria-label="${esc(o.title)}">`);
  out.push(`<title>${esc(o.title)}</title>`);
  out.push(`<line class="axis" x1="${n(labelW)}" y1="2" x2="${n(labelW)}" y2="${H - 4}"/>`);
  rows.forEach((r, k) => {
    const y = 4 + k * rowH;
    const mid = y + rowH / 2;
    const total = totals[k];
    const scale = o.normalize ? (total ? barW / total : 0) : barW / max;
    out.push(`<g class="row"${attrs(r.attrs)}>`);
    if (r.title) out.push(`<title>${esc(r.title)}</title>`);
    out.push(`<text class="label" x="${n(labelW - 8)}" y="${n(mid)}" text-anchor="end" dominant-baseline="central">${esc(fit(r.label, labelW - 10, FONT))}</text>`);
    let x = labelW;
    for (const s of r.segments) {
      if (s.value <= 0) continue;
      const w = s.value * scale;
      out.push(`<rect class="${esc(s.cls)}" x="${n(x)}" y="${n(mid - barH / 2)}" width="${n(Math.max(w, 1))}" height="${barH}"><title>${esc(s.title)}</title></rect>`);
      if (s.label && w >= textWidth(s.label, 11) + 6) {
        out.push(`<text class="seg" x="${n(x + w / 2)}" y="${n(mid)}" text-anchor="middle" dominant-baseline="central">${esc(s.label)}</text>`);
      }
      x += w;
    }
    const vx = o.normalize ? labelW + barW + 6 : x + 6;
    out.push(`<text class="val" x="${n(vx)}" y="${n(mid)}" dominant-baseline="central">${esc(r.value)}</text>`);
    out.push('</g>');
  });
  out.push('</svg>');
  return out.join('');
}

/** A legend: coloured swatches with names (HTML, so it wraps and prints). */
export function legend(items: readonly { cls: string; label: string }[]): string {
  return `<ul class="legend">${items.map((i) => `<li><span class="sw ${esc(i.cls)}"></span>${esc(i.label)}</li>`).join('')}</ul>`;
}
