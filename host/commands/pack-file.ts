/** Reading a .cdopack for the CLI and printing what is in it, in plain words. */
import { readFileSync, statSync } from 'node:fs';
import { PACK_LIMITS, type PackPreview } from '../../api/index.ts';
import { hostMessage, type HostMessageKey } from '../messages.ts';
import { CliError, type CliContext } from './context.ts';
import { textTable } from './import-projects.ts';

/** The pack's bytes, read only after its size is known to be acceptable. */
export function readPackFile(ctx: CliContext, file: string): Uint8Array {
  let size: number;
  try {
    size = statSync(file).isFile() ? statSync(file).size : -1;
  } catch {
    size = -1;
  }
  if (size < 0) throw CliError.badInput(hostMessage(ctx.lang, 'input_missing', { file }));
  if (size > PACK_LIMITS.packBytes) throw CliError.badInput(hostMessage(ctx.lang, 'input_too_large', { file, max: PACK_LIMITS.packBytes / 1024 / 1024 }));
  return new Uint8Array(readFileSync(file));
}

const day = (ctx: CliContext, iso: string) => new Date(iso).toLocaleDateString(ctx.lang === 'de' ? 'de-DE' : 'en-GB', { timeZone: 'UTC' });

export function printPackHead(ctx: CliContext, p: { title: string; publisher: string; createdAt: string; license: string; projects: number; fingerprint: string | null }): void {
  ctx.out(hostMessage(ctx.lang, 'pack_head', { title: p.title, publisher: p.publisher, date: day(ctx, p.createdAt), license: p.license, projects: p.projects }));
  ctx.out(p.fingerprint ? hostMessage(ctx.lang, 'pack_signed', { fingerprint: p.fingerprint }) : hostMessage(ctx.lang, 'pack_unsigned'));
}

export function printPreview(ctx: CliContext, p: PackPreview): void {
  const t = (key: HostMessageKey, params?: Record<string, unknown>) => hostMessage(ctx.lang, key, params);
  printPackHead(ctx, { title: p.title, publisher: p.publisher.name, createdAt: p.createdAt, license: p.license, projects: p.projectCount, fingerprint: p.fingerprint });
  ctx.out(t(`pack_state_${p.state}`, { date: p.previous ? day(ctx, p.previous.importedAt) : '' }));
  ctx.out(t('pack_counts', p.counts));
  if (p.fields.length) {
    ctx.out('');
    ctx.out(t('pack_fields'));
    const rows = p.fields.map((f) => [`  ${f.packField} (${f.projectCount})`, '→', f.fieldName ? `${f.fieldName} (${t(`pack_field_${f.match}` as HostMessageKey)})` : t('pack_field_none')]);
    for (const line of textTable(rows)) ctx.out(line);
  }
  const notes = p.notes.filter((n) => n.kind !== 'unsigned');
  if (notes.length) {
    ctx.out('');
    ctx.out(t('pack_notes'));
    for (const n of notes) ctx.out(`  – ${n.message}`);
  }
}
