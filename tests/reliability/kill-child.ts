/**
 * The writer process of the kill test. Opens a workspace through the real open
 * path (checks, backup on open) and then loops random writes through the
 * dispatcher — the one door every transport uses — until it is killed.
 *
 * Protocol on stdout (one JSON object per line; stdout to a pipe is written
 * synchronously on Linux, so a line printed is a line the parent will read):
 *   {"ready":true}                          the workspace is open
 *   {"intent":n,"op":...}                   about to call the API (the write may or may not land)
 *   {"ack":n}                               the call returned ok: this write must survive any kill
 * A failed call prints {"failed":n,...} and exits 3: the parent reports it.
 *
 * argv: <workspace file> <data folder> <seed> <undo depth> <redo depth>
 * (the depths come from the parent's model, so undo never reaches below the
 * steps this test made, e.g. the seeding of a new workspace).
 */
import type { Measure } from '../../api/index.ts';
import { Core, createDispatcher, openWorkspaceFile } from '../../core/index.ts';
import { rng } from './rng.ts';

const [file, dataDir, seedArg, undoArg, redoArg] = process.argv.slice(2);
const say = (o: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(o)}\n`);
if (!file || !dataDir || !seedArg) {
  say({ usage: 'kill-child <file> <dataDir> <seed> <undo> <redo>' });
  process.exit(2);
}

const seed = Number(seedArg);
const random = rng(seed);
const int = (n: number) => Math.floor(random() * n);
const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
const PHASES = ['idea', 'concept', 'implementation', 'operation'] as const;

const core = new Core({ dataDir, autoBackupMs: 0 });
const api = createDispatcher(core);

async function must<T>(n: number, method: string, input: unknown): Promise<T> {
  const r = await api.call(method, input);
  if (!r.ok) {
    say({ failed: n, method, error: r.error });
    process.exit(3);
  }
  return r.value as T;
}

// No top-level await: the child runs as a CommonJS bundle (cheap to start, like dist/node).
async function main(): Promise<void> {
  const opened = await api.run(() => openWorkspaceFile(core, file!));
  if (!opened.ok) {
    say({ failed: -1, method: 'open', error: opened.error });
    process.exit(3);
  }
  say({ ready: true });

  let undoDepth = Number(undoArg ?? 0);
  let redoDepth = Number(redoArg ?? 0);
  let measures: Measure[] = [];
  const refresh = async (n: number) => {
    measures = (await must<{ rows: Measure[] }>(n, 'listMeasures', { limit: 20_000, sort: 'title' })).rows;
  };
  await refresh(-1);
  const criteria = (await must<{ id: string; name: string; scaleMax: number }[]>(-1, 'listCriteria', {})).slice(0, 3);

  for (let n = 0; ; n++) {
    const tag = `${seed}-${n}`;
    const roll = random();
    const existing = measures.length > 0 ? pick(measures) : null;
    let op: string;
    if (roll < 0.12 && undoDepth > 0) op = 'undo';
    else if (roll < 0.2 && redoDepth > 0) op = 'redo';
    else if (!existing || roll < 0.4) op = 'create';
    else if (roll < 0.55) op = 'update';
    else if (roll < 0.72) op = 'score';
    else if (roll < 0.88) op = 'cost';
    else op = 'import';

    if (op === 'undo' || op === 'redo') {
      say({ intent: n, op });
      await must(n, op, {});
      if (op === 'undo') [undoDepth, redoDepth] = [undoDepth - 1, redoDepth + 1];
      else [undoDepth, redoDepth] = [undoDepth + 1, redoDepth - 1];
      say({ ack: n });
      await refresh(n);
      continue;
    }

    if (op === 'create' || op === 'update') {
      const budget = 1000 + int(9_000_000);
      const phase = pick(PHASES);
      const title = op === 'create' || !existing ? `KT ${tag}` : existing.title;
      say({ intent: n, op: 'save', title, budget, phase });
      const saved = await must<Measure>(n, 'saveMeasure', {
        ...(op === 'update' && existing ? { id: existing.id } : {}),
        title, budget, phase, description: `Schreibtest ${tag}: Bürgerportal, Straßenbeleuchtung`, leadUnit: 'Hauptamt',
      });
      measures = [...measures.filter((m) => m.id !== saved.id), saved];
    } else if (op === 'score' && existing) {
      const c = pick(criteria);
      const now = await must<{ scores: { criterionId: string; score: number | null }[] }>(n, 'getMeasureScoring', { measureId: existing.id });
      const before = now.scores.find((s) => s.criterionId === c.id)?.score ?? null;
      // Always a different value: an unchanged score writes no undo step, and the parent models one step per write.
      const score = (((before ?? -1) + 1 + int(c.scaleMax)) % (c.scaleMax + 1));
      say({ intent: n, op: 'score', title: existing.title, criterion: c.name, score });
      await must(n, 'saveScores', { measureId: existing.id, scores: [{ criterionId: c.id, score }] });
    } else if (op === 'cost' && existing) {
      const plan = 100 + int(500_000);
      const note = `Kosten ${tag}`;
      say({ intent: n, op: 'cost', title: existing.title, note, plan });
      await must(n, 'saveCostItem', { measureId: existing.id, year: 2026 + int(4), kind: pick(['investive', 'consumptive']), plan, note });
    } else {
      const rows = Array.from({ length: 1 + int(3) }, (_, k) => ({ title: `KT ${tag} Import ${k + 1}`, budget: 500 + int(90_000) }));
      say({ intent: n, op: 'import', rows });
      const csv = `Titel;Phase;Budget\n${rows.map((r) => `${r.title};Idee;${r.budget}`).join('\n')}\n`;
      await must(n, 'importProjects', { bytes: new TextEncoder().encode(csv), fileName: `projektliste-${tag}.csv` });
      await refresh(n);
    }
    undoDepth += 1;
    redoDepth = 0;
    say({ ack: n });
  }
}

void main();
