/**
 * Markdown: headings, lists and pipe tables. Every text is escaped so that
 * nothing in it is read as Markdown or HTML (a `<script>` stays text, a
 * leading "1." is no list). Charts become their data table.
 */
import type { AgendaDocument, DocBlock, DocTable } from '../../api/index.ts';
import { contentsEntries, titleLines } from './model.ts';

/** Backslash-escapes CommonMark's punctuation; line starts that would open a block are escaped too. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()<>#+!|~&]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([-=>])/gm, '$1\\$2')
    .replace(/^(\s*\d{1,9})([.)])(?=\s|$)/gm, '$1\\$2');
}

/** One line: table cells and list items cannot hold a line break. */
function inline(text: string): string {
  return escapeMarkdown(text.replace(/\s*[\r\n]+\s*/g, ' ').trim());
}

function paragraphs(text: string): string[] {
  return text.split(/\r?\n\s*\r?\n/).map((p) => p.trim()).filter(Boolean).map((p) => escapeMarkdown(p).replace(/\r?\n/g, '  \n'));
}

function table(t: DocTable): string[] {
  const out: string[] = [];
  if (t.caption) out.push(`**${inline(t.caption)}**`, '');
  out.push(`| ${t.columns.map((c) => inline(c.label)).join(' | ')} |`);
  out.push(`| ${t.columns.map((c) => (c.align === 'right' ? '---:' : ':---')).join(' | ')} |`);
  for (const row of t.rows) out.push(`| ${t.columns.map((_, i) => inline(row[i] ?? '')).join(' | ')} |`);
  if (t.footer) out.push(`| ${t.columns.map((_, i) => (t.footer?.[i] ? `**${inline(t.footer[i] ?? '')}**` : '')).join(' | ')} |`);
  return [...out, ''];
}

function block(b: DocBlock, doc: AgendaDocument): string[] {
  switch (b.kind) {
    case 'paragraph':
      return paragraphs(b.text).flatMap((p) => [b.note ? `*${p}*` : p, '']);
    case 'list':
      return [...b.items.map((i) => `- ${inline(i)}`), ''];
    case 'facts':
      return [...b.items.map((f) => `- **${inline(f.label)}:** ${inline(f.value)}`), ''];
    case 'table':
      return table(b.table);
    case 'chart':
      return [`**${inline(`${doc.labels.chart}: ${b.chart.title}`)}**`, '', inline(b.chart.summary), '', ...table(b.table)];
  }
}

export function renderMarkdown(doc: AgendaDocument): Uint8Array {
  const out: string[] = [`# ${inline(doc.title)}`, ''];
  if (doc.subtitle) out.push(inline(doc.subtitle), '');
  out.push(...titleLines(doc).map((l) => `${inline(l)}  `), '');
  out.push(`## ${inline(doc.labels.contents)}`, '');
  for (const s of contentsEntries(doc)) out.push(`${'  '.repeat(s.level - 1)}- ${inline(s.heading)}`);
  out.push('');
  for (const s of doc.sections) {
    out.push(`${'#'.repeat(s.level + 1)} ${inline(s.heading)}`, '');
    for (const b of s.blocks) out.push(...block(b, doc));
  }
  return new TextEncoder().encode(`${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`);
}
