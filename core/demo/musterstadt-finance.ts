/**
 * Demo money for Musterstadt: cost items 2024–2028 (investive first, then
 * licences and operation), actuals for the years already past, and a
 * financing stack for most measures. A few stacks are left short on purpose,
 * as in a real portfolio, so the "es fehlen …" check has something to show.
 */
import type { CostKind, CostRecurrence, FinancingSource } from '../../api/index.ts';
import type { Core } from '../core.ts';
import type { DemoClock } from './demo-clock.ts';

/** Years the demo plans in, as of its base day (January 2026); moved with the demo's calendar. */
interface Years { first: number; last: number; fallback: number }

type Share = [FinancingSource, string, number, string?];

/**
 * Stacks as shares of the planned cost (the own share takes the rest, so the
 * stack adds up exactly); `short` leaves that many euros unfinanced.
 * The fourth value is a search term for a programme of the funding catalogue.
 */
const STACKS: Record<string, { shares: Share[]; own?: string; short?: number }> = {
  'Digitaler Wohngeldantrag': { shares: [['funding', 'Digitale Modellkommunen NRW', 2 / 3, 'Modellkommunen']] },
  'Glasfaserausbau Gewerbegebiet Nord': { shares: [['funding', 'Gigabitförderung des Bundes', 0.5, 'Gigabit'], ['funding', 'Kofinanzierung Land NRW', 0.4]] },
  'Digitale Schulverwaltung und Lernplattform': { shares: [['funding', 'DigitalPakt Schule', 0.9, 'DigitalPakt']] },
  'Digitale Fahrgastinformation im Busverkehr': { shares: [['partner', 'Verkehrsverbund Rhein-Ruhr', 0.4], ['funding', 'Landesprogramm Mobilität 4.0', 0.35, 'Mobilität']] },
  'Energiemonitoring kommunaler Gebäude': { shares: [['funding', 'Kommunalrichtlinie – Klimaschutz', 0.6, 'Kommunalrichtlinie']] },
  'Kommunale Wärmeplanung digital': { shares: [['funding', 'Konnexitätsmittel Wärmeplanung NRW', 0.9, 'Wärme']] },
  'Bürgerportal mit Servicekonto': { shares: [['funding', 'Digitale Modellkommunen NRW', 0.25, 'Modellkommunen']] },
  'Parkraummanagement mit Sensorik': { shares: [['partner', 'Stadtwerke Musterstadt', 0.45]] },
  'Digitaler Bauantrag': { shares: [['funding', 'Digitale Modellkommunen NRW', 0.5, 'Modellkommunen']] },
  'Kita-Platzvergabe online': { shares: [['funding', 'Digitale Modellkommunen NRW', 50_000 / 95_000, 'Modellkommunen']], short: 10_000 },
  'Öffentliches WLAN in der Innenstadt': { shares: [['funding', 'WiFi4EU', 15_000 / 65_000, 'WiFi'], ['partner', 'Sparkasse Musterstadt (Sponsoring)', 10_000 / 65_000]] },
  'E-Akte in der Kernverwaltung': { shares: [['partner', 'IKZ-Anteil Gemeinde Nachbarort', 0.1]], own: 'Haushalt Hauptamt' },
  'Informationssicherheitsmanagement (ISMS)': { shares: [['funding', 'Informationssicherheit in Kommunen', 0.5, 'Informationssicherheit']] },
  'Open-Data-Portal': { shares: [], short: 15_000 },
  'Schulnetz: WLAN und Glasfaser an allen Schulen': { shares: [['funding', 'DigitalPakt Schule', 0.75, 'DigitalPakt']] },
  'Smarte Straßenbeleuchtung': { shares: [['funding', 'Kommunalrichtlinie – Klimaschutz', 0.4, 'Kommunalrichtlinie'], ['partner', 'Stadtwerke Musterstadt', 0.2]] },
  'Hochwasser-Frühwarnsystem mit Pegelsensoren': { shares: [['funding', 'Landesprogramm Hochwasservorsorge', 0.6]], short: 20_000 },
  'Rechnungseingang digital (XRechnung)': { shares: [['funding', 'Digitale Modellkommunen NRW', 0.3, 'Modellkommunen']] },
};

interface Line { year: number; kind: CostKind; recurrence: CostRecurrence; category: string; plan: number }

/** Investive part of a project's budget where it is not the usual 70 %. */
const INVESTIVE: Record<string, number> = {
  'Glasfaserausbau Gewerbegebiet Nord': 0.95,
  'Digitale Schulverwaltung und Lernplattform': 0.75,
  'E-Akte in der Kernverwaltung': 0.6,
  'Informationssicherheitsmanagement (ISMS)': 0.35,
  'Kommunale Wärmeplanung digital': 0.2,
  'Beteiligungsplattform für Bürgerhaushalt': 0.3,
  'Open-Data-Portal': 0.5,
};

const round = (n: number, to: number) => Math.round(n / to) * to;
const yearOf = (iso: string | null, fallback: number) => (iso ? Number(iso.slice(0, 4)) : fallback);

/**
 * The project budget spread over its years (investive: hardware in the first
 * year, services after; consumptive: staff and licences), plus running costs
 * in the planning window for measures already in operation.
 */
function linesFor(title: string, phase: string, start: string | null, end: string | null, budget: number, y: Years): Line[] {
  const from = Math.max(y.first - 4, Math.min(y.last, yearOf(start, y.fallback)));
  const to = Math.max(from, Math.min(y.last, yearOf(end, from + 1)));
  const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const unit = budget >= 200_000 ? 1_000 : 100;
  const inv = budget * (INVESTIVE[title] ?? 0.7);
  const con = budget - inv;
  const lines: Line[] = [];
  years.forEach((year, i) => {
    const invYear = inv / years.length;
    const conYear = con / years.length;
    if (i === 0) {
      lines.push({ year, kind: 'investive', recurrence: 'one_off', category: 'Hardware', plan: round(invYear * 0.4, unit) });
      lines.push({ year, kind: 'investive', recurrence: 'one_off', category: 'Dienstleistung', plan: round(invYear * 0.6, unit) });
    } else {
      lines.push({ year, kind: 'investive', recurrence: 'one_off', category: 'Dienstleistung', plan: round(invYear, unit) });
    }
    lines.push({ year, kind: 'consumptive', recurrence: 'one_off', category: 'Personal', plan: round(conYear * 0.5, unit) });
    lines.push({ year, kind: 'consumptive', recurrence: 'recurring', category: 'Lizenzen', plan: round(conYear * 0.5, unit) });
  });
  // The rounding rest goes to the last project line, so the project adds up to its budget.
  const rest = budget - lines.reduce((a, l) => a + l.plan, 0);
  lines[lines.length - 1]!.plan += rest;
  if (phase === 'operation') {
    for (let year = Math.max(y.first, to + 1); year <= y.last; year++) {
      lines.push({ year, kind: 'consumptive', recurrence: 'recurring', category: 'Betrieb', plan: round(budget * 0.06, unit) });
    }
  }
  return lines.filter((l) => l.plan > 0);
}

export function fillDemoFinance(core: Core, clock: DemoClock): void {
  const raw = core.raw();
  const years: Years = { first: clock.year(2024), last: clock.year(2028), fallback: clock.year(2026) };
  const thisYear = Number(clock.today.slice(0, 4));
  // The running year has actuals for the months already gone (none in January).
  const spentSoFar = (Number(clock.today.slice(5, 7)) - 1) / 12;
  const measures = raw.prepare('SELECT id, title, phase, start, "end", budget FROM measures ORDER BY created_at, id').all() as {
    id: string; title: string; phase: string; start: string | null; end: string | null; budget: number | null;
  }[];
  const insertCost = raw.prepare(
    'INSERT INTO cost_items (id, measure_id, year, kind, recurrence, category, plan, actual, note, origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)',
  );
  const insertFin = raw.prepare(
    'INSERT INTO financing_items (id, measure_id, source_type, name, amount, programme_id, note, origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)',
  );
  // Links a share to a programme of the catalogue when the funding demo has one by that name.
  const programme = raw.prepare('SELECT id FROM funding_programmes WHERE name LIKE ? ORDER BY name LIMIT 1');

  raw.transaction(() => {
    for (const m of measures) {
      // Ideas have no money yet.
      if (m.budget === null || m.phase === 'idea') continue;
      const lines = linesFor(m.title, m.phase, m.start, m.end, m.budget, years);
      for (const l of lines) {
        // Past years have actuals: a little over or under the plan; the running year its share so far.
        const part = l.year < thisYear ? 1 : l.year === thisYear ? spentSoFar : 0;
        const actual = part > 0 ? round(l.plan * part * (0.9 + clock.random() * 0.2), 100) : null;
        const at = clock.now();
        insertCost.run(clock.newId(), m.id, l.year, l.kind, l.recurrence, l.category, l.plan, actual, 'local', at, at);
      }

      const stack = STACKS[m.title] ?? { shares: [] };
      // Shares are planned on the project budget; the own funds also carry the running costs.
      const total = lines.reduce((a, l) => a + l.plan, 0);
      let financed = 0;
      for (const [source, name, share, search] of stack.shares) {
        const amount = round(m.budget * share, 1_000);
        financed += amount;
        const link = search ? ((programme.get(`%${search}%`) as { id: string } | undefined)?.id ?? null) : null;
        const at = clock.now();
        insertFin.run(clock.newId(), m.id, source, name, amount, source === 'funding' ? link : null, 'local', at, at);
      }
      const own = total - financed - (stack.short ?? 0);
      if (own > 0) {
        const at = clock.now();
        insertFin.run(clock.newId(), m.id, 'own', stack.own ?? 'Eigenanteil (Haushalt)', own, null, 'local', at, at);
      }
    }
  })();
}
