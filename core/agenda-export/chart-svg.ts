/**
 * Draws a document chart (bars or lines) as a calm SVG: light grid, one
 * colour per series, a legend, German numbers. HTML inlines the SVG; DOCX,
 * ODT and PDF get it as PNG (chart-png.ts). Pure string work, no DOM.
 */
import type { DocChart } from '../../api/index.ts';
import { formatCompact } from './format.ts';

export const CHART_SIZE = { width: 720, height: 340 } as const;
/** Calm, distinguishable, AA contrast against white (KERN-like blues, a green, a grey). */
const COLOURS = ['#1c4e80', '#4f86c6', '#2e7d4f', '#8c6d1f', '#6b7280', '#a23b72'];
const FONT = 'DejaVu Sans, Arial, sans-serif';

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] as string);
}

function niceStep(max: number, ticks: number): number {
  const raw = max / ticks;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / magnitude;
  const nice = norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10;
  return nice * magnitude;
}

function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, Math.max(1, max - 1)).join('')}…`;
}

/**
 * Many categories with long names (fields of action) read better as
 * horizontal bars: the names stay whole on the left.
 */
function horizontalBars(chart: DocChart, lang: 'de' | 'en'): string {
  const { width, height } = CHART_SIZE;
  const left = 230, right = 40, top = 56, bottom = 28;
  const values = chart.series[0]?.values ?? [];
  const maxValue = Math.max(0, ...values.filter(Number.isFinite));
  const step = maxValue > 0 ? niceStep(maxValue, 4) : 1;
  const axisMax = Math.max(step, Math.ceil(maxValue / step) * step);
  const plotW = width - left - right, plotH = height - top - bottom;
  const slot = plotH / Math.max(1, chart.categories.length);
  const x = (v: number) => left + (Math.max(0, v) / axisMax) * plotW;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}" role="img" aria-label="${escapeXml(chart.title)}">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="20" y="22" font-size="15" font-weight="bold" fill="#1f2937">${escapeXml(clip(chart.title, 80))}</text>`,
  ];
  if (chart.unit) out.push(`<text x="${width - right}" y="22" font-size="11" fill="#4b5563" text-anchor="end">${escapeXml(clip(chart.unit, 24))}</text>`);
  for (let v = 0; v <= axisMax + step / 2; v += step) {
    out.push(`<line x1="${x(v).toFixed(1)}" x2="${x(v).toFixed(1)}" y1="${top}" y2="${top + plotH}" stroke="#e5e7eb" stroke-width="1"/>`);
    out.push(`<text x="${x(v).toFixed(1)}" y="${top - 6}" font-size="11" fill="#4b5563" text-anchor="middle">${escapeXml(formatCompact(v, lang))}</text>`);
  }
  const barH = Math.max(2, Math.min(22, slot * 0.7));
  chart.categories.forEach((c, i) => {
    const cy = top + slot * i + slot / 2;
    out.push(`<text x="${left - 10}" y="${(cy + 4).toFixed(1)}" font-size="11" fill="#374151" text-anchor="end">${escapeXml(clip(c, 34))}</text>`);
    const v = values[i] ?? 0;
    if (Number.isFinite(v) && v > 0) out.push(`<rect x="${left}" y="${(cy - barH / 2).toFixed(1)}" width="${(x(v) - left).toFixed(1)}" height="${barH.toFixed(1)}" fill="${COLOURS[0]}"/>`);
  });
  out.push(`<line x1="${left}" x2="${left}" y1="${top}" y2="${top + plotH}" stroke="#6b7280" stroke-width="1"/>`, '</svg>');
  return out.join('');
}

export function chartSvg(chart: DocChart, lang: 'de' | 'en'): string {
  if (chart.kind === 'bar' && chart.series.length === 1 && chart.categories.length > 6) return horizontalBars(chart, lang);
  const { width, height } = CHART_SIZE;
  const left = 70, right = 20, top = 56, bottom = 54;
  const plotW = width - left - right, plotH = height - top - bottom;
  const values = chart.series.flatMap((s) => s.values).filter(Number.isFinite);
  const maxValue = Math.max(0, ...values);
  const step = maxValue > 0 ? niceStep(maxValue, 4) : 1;
  const axisMax = Math.max(step, Math.ceil(maxValue / step) * step);
  const y = (v: number) => top + plotH - (Math.max(0, v) / axisMax) * plotH;
  const n = Math.max(1, chart.categories.length);
  const slot = plotW / n;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}" role="img" aria-label="${escapeXml(chart.title)}">`);
  out.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  out.push(`<text x="${left}" y="22" font-size="15" font-weight="bold" fill="#1f2937">${escapeXml(clip(chart.title, 80))}</text>`);
  // Legend below the title.
  let lx = left;
  chart.series.forEach((s, i) => {
    const label = escapeXml(clip(s.name, 28));
    out.push(`<rect x="${lx}" y="32" width="12" height="12" fill="${COLOURS[i % COLOURS.length]}"/>`);
    out.push(`<text x="${lx + 17}" y="42" font-size="11" fill="#374151">${label}</text>`);
    lx += 30 + Math.min(28, [...s.name].length) * 6.5;
  });
  for (let v = 0; v <= axisMax + step / 2; v += step) {
    const yy = y(v).toFixed(1);
    out.push(`<line x1="${left}" x2="${width - right}" y1="${yy}" y2="${yy}" stroke="#e5e7eb" stroke-width="1"/>`);
    out.push(`<text x="${left - 8}" y="${(y(v) + 4).toFixed(1)}" font-size="11" fill="#4b5563" text-anchor="end">${escapeXml(formatCompact(v, lang))}</text>`);
  }
  if (chart.unit) out.push(`<text x="${width - right}" y="42" font-size="11" fill="#4b5563" text-anchor="end">${escapeXml(clip(chart.unit, 24))}</text>`);
  const labelChars = Math.max(3, Math.floor(slot / 6.5));
  chart.categories.forEach((c, i) => {
    if (n > 16 && i % Math.ceil(n / 16) !== 0) return; // keep labels readable on long axes
    out.push(`<text x="${(left + slot * i + slot / 2).toFixed(1)}" y="${height - bottom + 18}" font-size="11" fill="#374151" text-anchor="middle">${escapeXml(clip(c, labelChars))}</text>`);
  });
  if (chart.kind === 'bar') {
    const groupW = slot * 0.72;
    const barW = groupW / Math.max(1, chart.series.length);
    chart.series.forEach((s, si) => {
      s.values.forEach((v, ci) => {
        if (!Number.isFinite(v) || v <= 0) return;
        const x = left + slot * ci + (slot - groupW) / 2 + barW * si;
        out.push(`<rect x="${x.toFixed(1)}" y="${y(v).toFixed(1)}" width="${Math.max(1, barW - 2).toFixed(1)}" height="${(top + plotH - y(v)).toFixed(1)}" fill="${COLOURS[si % COLOURS.length]}"/>`);
      });
    });
  } else {
    chart.series.forEach((s, si) => {
      const pts = s.values.map((v, ci) => `${(left + slot * ci + slot / 2).toFixed(1)},${y(Number.isFinite(v) ? v : 0).toFixed(1)}`);
      const colour = COLOURS[si % COLOURS.length];
      out.push(`<polyline points="${pts.join(' ')}" fill="none" stroke="${colour}" stroke-width="2.5"/>`);
      for (const p of pts) {
        const [cx, cy] = p.split(',');
        out.push(`<circle cx="${cx}" cy="${cy}" r="3.5" fill="${colour}"/>`);
      }
    });
  }
  out.push(`<line x1="${left}" x2="${width - right}" y1="${top + plotH}" y2="${top + plotH}" stroke="#6b7280" stroke-width="1"/>`);
  out.push('</svg>');
  return out.join('');
}
