/**
 * One file sent through a file-taking API method (pack, spreadsheet): the
 * answer is a Result, never `internal`; a refusal is `invalid_input` with a
 * German sentence and leaves every table and file as it was; a preview never
 * writes at all, even when it accepts the file.
 */
import type { Result } from '../../api/index.ts';
import type { Harness } from '../support/core-harness.ts';
import { short } from './fuzz-run.ts';
import { fullPrint, quickPrint } from './store-fingerprint.ts';

/** A German sentence, not a code, a stack trace or an English library message. */
export function expectGermanSentence(text: string, where: string): void {
  // Quoted parts („…“) repeat what the file said (a header, a cell, an entry name): not ours to judge.
  const own = text.replace(/„[^“]*“/g, '„…“');
  if (/\bat .+\.(ts|js):\d+/.test(own)) throw new Error(`${where}: stack trace in message ${short(text)}`);
  const sentence = own;
  if (!/[a-zäöüß]{3,}.*[.!?:)“]/i.test(sentence) || /\{\w+\}|Error:|Unexpected|invalid|cannot|undefined|\bfound\b/i.test(sentence)) {
    throw new Error(`${where}: unclear message ${short(text)}`);
  }
}

export interface FileOutcome {
  ok: boolean;
  code?: string;
  message?: string;
}

/** Calls `method` with `input`; `preview` methods must not write even when they accept. */
export async function sendFile(h: Harness, method: string, input: Record<string, unknown>, kind: 'preview' | 'import'): Promise<FileOutcome> {
  const beforeFull = fullPrint(h);
  const before = quickPrint(h);
  let r: Result<unknown>;
  try {
    r = await h.dispatcher.call(method, input, { lang: 'de' });
  } catch (err) {
    throw new Error(`${method} threw across the boundary: ${String(err)}`, { cause: err });
  }
  const where = `${method}(${short(input, 120)})`;
  if (!r.ok) {
    if (r.error.code !== 'invalid_input') throw new Error(`${where} answered ${r.error.code}: ${r.error.message}`);
    expectGermanSentence(r.error.message, where);
    for (const i of r.error.details?.issues ?? []) expectGermanSentence(i.message, where);
  }
  const after = quickPrint(h);
  const mustBeUnchanged = !r.ok || kind === 'preview';
  if (mustBeUnchanged) {
    if (after.files !== before.files || after.open !== before.open) throw new Error(`${where} changed files although it ${r.ok ? 'only previewed' : 'refused'}`);
    if (after.changes !== before.changes && fullPrint(h) !== beforeFull) throw new Error(`${where} wrote to the store although it ${r.ok ? 'only previewed' : 'refused'}`);
  }
  return r.ok ? { ok: true } : { ok: false, code: r.error.code, message: r.error.message };
}
