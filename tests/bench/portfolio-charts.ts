/**
 * Steering data for the chart benchmarks: every one of the 10,000 measures
 * gets scores on all criteria, two cost items, a financing stack, a
 * milestone, and (when running) a status report, written raw in one
 * transaction. Reproducible: a fixed seed and fixed dates.
 */
import type Database from 'better-sqlite3';

const LIGHTS = ['green', 'green', 'green', 'yellow', 'red', 'grey'] as const;

export function fillPortfolioSteering(raw: Database.Database): void {
  const at = '2026-11-01T10:00:00.000Z';
  let state = 20261122;
  // mulberry32, as in the demo
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const measures = raw.prepare('SELECT id, phase, budget FROM measures').all() as { id: string; phase: string; budget: number | null }[];
  const criteria = raw.prepare('SELECT id, scale_max FROM scoring_criteria').all() as { id: string; scale_max: number }[];
  const score = raw.prepare('INSERT INTO measure_scores (id, measure_id, criterion_id, score, origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const cost = raw.prepare("INSERT INTO cost_items (id, measure_id, year, kind, recurrence, plan, actual, origin, created_at, updated_at) VALUES (?, ?, ?, ?, 'one_off', ?, ?, 'bench', ?, ?)");
  const fin = raw.prepare("INSERT INTO financing_items (id, measure_id, source_type, name, amount, origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'bench', ?, ?)");
  const ms = raw.prepare("INSERT INTO milestones (id, measure_id, title, planned_on, actual_on, done, sort_order, origin, created_at, updated_at) VALUES (?, ?, 'Meilenstein', ?, NULL, 0, 10, 'bench', ?, ?)");
  const report = raw.prepare(`INSERT INTO status_reports (id, measure_id, reported_on, overall, schedule, cost, scope, resources, impact, achievements, next_steps, origin, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'Läuft.', 'Weiter.', 'bench', ?, ?)`);
  const severity = { red: 3, yellow: 2, green: 1, grey: 0 } as const;
  raw.transaction(() => {
    measures.forEach((m, i) => {
      for (const c of criteria) score.run(`bs-${i}-${c.id}`, m.id, c.id, Math.floor(random() * (c.scale_max + 1)), 'bench', at, at);
      const plan = m.budget ?? 50_000;
      const year = 2024 + (i % 5);
      cost.run(`bc-${i}-a`, m.id, year, 'investive', Math.round(plan * 0.6), year < 2026 ? Math.round(plan * 0.6) : null, at, at);
      cost.run(`bc-${i}-b`, m.id, year + 1, 'consumptive', Math.round(plan * 0.4), null, at, at);
      const funded = Math.round(plan * pick([0, 0.3, 0.5, 0.8]));
      if (funded) fin.run(`bf-${i}-f`, m.id, 'funding', 'Förderung', funded, at, at);
      fin.run(`bf-${i}-o`, m.id, 'own', 'Haushalt', plan - funded, at, at);
      ms.run(`bm-${i}`, m.id, `${year + 1}-${String(1 + (i % 12)).padStart(2, '0')}-15`, at, at);
      if (m.phase === 'implementation' || m.phase === 'operation') {
        const lights = [pick(LIGHTS), pick(LIGHTS), pick(LIGHTS), pick(LIGHTS), pick(LIGHTS)];
        const overall = lights.reduce((w, l) => (severity[l] > severity[w] ? l : w), 'grey' as (typeof LIGHTS)[number]);
        report.run(`br-${i}`, m.id, `2026-${String(1 + (i % 10)).padStart(2, '0')}-20`, overall, ...lights, at, at);
      }
    });
  })();
}
