/**
 * HTML: one self-contained file that a council member opens in any browser
 * and prints. No script, no external request: its own CSP allows only inline
 * styles and data: images; charts are inline SVG with their data table.
 * Every text goes through escapeHtml.
 */
import type { AgendaDocument, DocBlock, DocTable } from '../../api/index.ts';
import { chartSvg } from './chart-svg.ts';
import { contentsEntries, titleLines } from './model.ts';

export const HTML_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

function paragraphs(text: string, note?: boolean): string {
  const cls = note ? ' class="note"' : '';
  return text.split(/\r?\n\s*\r?\n/).map((p) => p.trim()).filter(Boolean)
    .map((p) => `<p${cls}>${escapeHtml(p).replace(/\r?\n/g, '<br>')}</p>`).join('\n');
}

function table(t: DocTable): string {
  const cell = (tag: 'td' | 'th', text: string, i: number) =>
    `<${tag}${t.columns[i]?.align === 'right' ? ' class="num"' : ''}${tag === 'th' ? ' scope="col"' : ''}>${escapeHtml(text)}</${tag}>`;
  return [
    '<table>',
    t.caption ? `<caption>${escapeHtml(t.caption)}</caption>` : '',
    `<thead><tr>${t.columns.map((c, i) => cell('th', c.label, i)).join('')}</tr></thead>`,
    `<tbody>${t.rows.map((r) => `<tr>${t.columns.map((_, i) => cell('td', r[i] ?? '', i)).join('')}</tr>`).join('\n')}</tbody>`,
    t.footer ? `<tfoot><tr>${t.columns.map((_, i) => cell('td', t.footer?.[i] ?? '', i)).join('')}</tr></tfoot>` : '',
    '</table>',
  ].join('');
}

function block(b: DocBlock, doc: AgendaDocument): string {
  switch (b.kind) {
    case 'paragraph':
      return paragraphs(b.text, b.note);
    case 'list':
      return `<ul>${b.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
    case 'facts':
      return `<dl class="facts">${b.items.map((f) => `<dt>${escapeHtml(f.label)}</dt><dd>${escapeHtml(f.value)}</dd>`).join('')}</dl>`;
    case 'table':
      return table(b.table);
    case 'chart':
      return `<figure class="chart">${chartSvg(b.chart, doc.lang)}<figcaption>${escapeHtml(`${doc.labels.chart}: ${b.chart.title}`)}. ${escapeHtml(b.chart.summary)}</figcaption>${table(b.table)}</figure>`;
  }
}

function css(doc: AgendaDocument): string {
  const quoted = (s: string) => `"${s.replace(/["\\]/g, '\\$&').replace(/[\r\n]/g, ' ')}"`;
  const [before = '', rest = ''] = doc.labels.pageOf.split('{page}');
  const [middle = '', after = ''] = rest.split('{pages}');
  const pageCounter = `${quoted(before)} counter(page) ${quoted(middle)} counter(pages) ${quoted(after)}`;
  return `
:root { color: #1f2937; font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; line-height: 1.5; }
body { max-width: 52rem; margin: 0 auto; padding: 2rem 1.5rem; font-size: 11pt; }
h1, h2, h3, h4 { color: #0f2a47; line-height: 1.25; }
h2 { border-bottom: 2px solid #1c4e80; padding-bottom: .2rem; margin-top: 2.5rem; }
.title-page { min-height: 60vh; display: flex; flex-direction: column; justify-content: center; border-left: 6px solid #1c4e80; padding-left: 1.5rem; }
.title-page h1 { font-size: 2.2rem; margin: 0 0 .5rem; }
.title-page p { margin: .15rem 0; font-size: 1.1rem; }
.title-page .municipality { font-weight: bold; font-size: 1.3rem; }
nav ol { list-style: none; padding-left: 0; } nav ol ol { padding-left: 1.5rem; }
nav a { color: #1c4e80; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; font-size: 10pt; }
caption { text-align: left; font-weight: bold; padding-bottom: .3rem; }
th, td { border: 1px solid #d1d5db; padding: .3rem .5rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
thead th { background: #e8eef5; }
tfoot td { font-weight: bold; background: #f3f4f6; }
.num { text-align: right; white-space: nowrap; }
dl.facts { display: grid; grid-template-columns: 12rem 1fr; gap: .2rem 1rem; }
dl.facts dt { font-weight: bold; } dl.facts dd { margin: 0; overflow-wrap: anywhere; }
p { overflow-wrap: anywhere; }
.note { color: #4b5563; font-style: italic; }
figure.chart { margin: 1.5rem 0; } figure.chart svg { max-width: 100%; height: auto; }
figcaption { font-size: 10pt; color: #374151; }
@page { size: A4; margin: 20mm 18mm 22mm; @bottom-center { content: ${pageCounter}; font-size: 9pt; color: #4b5563; } }
@media print {
  body { max-width: none; padding: 0; }
  .title-page { min-height: 240mm; break-after: page; }
  nav { break-after: page; }
  h2 { break-before: page; } h2, h3, h4 { break-after: avoid; }
  table, figure, dl { break-inside: avoid; }
  nav a { color: inherit; text-decoration: none; }
}`;
}

export function renderHtml(doc: AgendaDocument): Uint8Array {
  const ids = new Map(doc.sections.map((s, i) => [s, `abschnitt-${i + 1}`]));
  const entries = contentsEntries(doc);
  const toc: string[] = ['<ol>'];
  let inner = false;
  entries.forEach((s, i) => {
    const next = entries[i + 1];
    if (s.level === 2 && !inner) {
      toc.push('<li><ol>');
      inner = true;
    }
    toc.push(`<li><a href="#${ids.get(s)}">${escapeHtml(s.heading)}</a>`);
    if (s.level === 1 && next?.level === 2) {
      toc.push('<ol>');
      inner = true;
      return;
    }
    toc.push('</li>');
    if (inner && (!next || next.level === 1)) {
      toc.push('</ol></li>');
      inner = false;
    }
  });
  toc.push('</ol>');
  const [municipality, ...meta] = titleLines(doc);
  const body = doc.sections.map((s) => {
    const h = `h${s.level + 1}`;
    return `<section aria-labelledby="${ids.get(s)}"><${h} id="${ids.get(s)}">${escapeHtml(s.heading)}</${h}>\n${s.blocks.map((b) => block(b, doc)).join('\n')}</section>`;
  });
  const html = `<!DOCTYPE html>
<html lang="${doc.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${HTML_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${doc.title} – ${doc.municipality}`)}</title>
<style>${css(doc)}</style>
</head>
<body>
<header class="title-page">
<p class="municipality">${escapeHtml(municipality ?? '')}</p>
<h1>${escapeHtml(doc.title)}</h1>
${doc.subtitle ? `<p>${escapeHtml(doc.subtitle)}</p>` : ''}
${meta.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n')}
</header>
<nav aria-label="${escapeHtml(doc.labels.contents)}"><h2>${escapeHtml(doc.labels.contents)}</h2>
${toc.join('')}
</nav>
<main>
${body.join('\n')}
</main>
</body>
</html>
`;
  return new TextEncoder().encode(html);
}
