/**
 * The large Kreis of QUALITY.md as a workspace file: 10,000 measures with
 * scores, costs, financing, milestones and status reports; 2,000 stakeholders
 * with relations and links; one digital agenda with 50 versions (49 frozen,
 * each with the full snapshot of its time); 100 packs with 20,000 peer
 * projects; the search index filled. Reproducible (fixed seed, fixed dates),
 * written raw in transactions like the demo: no undo history.
 *
 * From the benchmarks: `generateKreisWorkspace(file, { dataDir })`.
 * For a human to open it:
 *   node --import tsx tests/bench/kreis.ts --out kreis.cdo      (about 10 s)
 *   node dist/node/cli.cjs serve kreis.cdo --open              (after a build; or "Öffnen …" in the desktop app)
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type Database from 'better-sqlite3';
import { Core, createWorkspaceFor } from '../../core/index.ts';
import { seededClock } from '../../core/demo/seeded-clock.ts';
import { liveContent } from '../../core/agenda/content.ts';
import { rebuildIndex } from '../../core/search/search.ts';
import { municipalityByAgs } from '../../db/index.ts';
import { LARGE_KREIS_AGS, generateMeasures, insertMeasuresRaw, random } from './generate.ts';
import { PEER_PACKS, PEER_PROJECTS, fillPeerLibrary } from './peers.ts';
import { fillPortfolioSteering } from './portfolio-charts.ts';

export const KREIS = { measures: 10_000, stakeholders: 2_000, agendaVersions: 50, packs: PEER_PACKS, peerProjects: PEER_PROJECTS } as const;
/** Measures the live agenda links: the "agenda export with 200 measures" of QUALITY.md. */
export const KREIS_AGENDA_MEASURES = 200;

export interface KreisOptions {
  /** Folder for the workspace list of the generating core (a temp folder is fine). */
  dataDir: string;
  seed?: number;
  /** Fewer measures for a quick look; the other sizes stay those of QUALITY.md. */
  measures?: number;
}

type Rnd = () => number;
const pickWith = (rnd: Rnd) => <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;

const FIRST = ['Anna', 'Jonas', 'Fatma', 'Lukas', 'Sabine', 'Mehmet', 'Claudia', 'Thomas', 'Olga', 'Peter', 'Leonie', 'Stefan', 'Aylin', 'Uwe', 'Marie', 'Dirk'];
const LAST = ['Becker', 'Schröder', 'Yılmaz', 'Hoffmann', 'Krüger', 'Wagner', 'Neumann', 'Schulz', 'Kowalski', 'Meier', 'Brandt', 'Lange', 'Özdemir', 'Vogt'];
const ROLES = ['Bürgermeister', 'Fachbereichsleitung', 'Amtsleitung', 'Datenschutzbeauftragte', 'Personalratsvorsitz', 'Schulleitung', 'Geschäftsführung', 'Fraktionsvorsitz', 'Sachgebietsleitung'];
const ORGS = [
  'Kreisverwaltung Minden-Lübbecke', 'Stadt Minden', 'Stadt Bad Oeynhausen', 'Stadt Lübbecke', 'Stadt Porta Westfalica', 'Stadt Petershagen',
  'Stadt Espelkamp', 'Stadt Rahden', 'Gemeinde Hille', 'Gemeinde Hüllhorst', 'Gemeinde Stemwede', 'Stadt Preußisch Oldendorf',
  'Kommunales Rechenzentrum Minden-Ravensberg/Lippe', 'Kreistag', 'Personalrat', 'IHK Ostwestfalen', 'Kreishandwerkerschaft', 'Mühlenkreiskliniken',
  'Sparkasse Minden-Lübbecke', 'Hochschule Bielefeld, Campus Minden', 'Digitalministerium NRW', 'Bezirksregierung Detmold',
];
const GROUPS = ['Seniorenbeirat', 'Jugendparlament', 'Integrationsrat', 'Behindertenbeirat', 'Elternvertretung', 'Digitallotsen', 'Wirtschaftsförderung', 'Freiwillige Feuerwehr'];
const CATEGORIES = ['Politik', 'Verwaltung', 'Wirtschaft', 'Zivilgesellschaft', 'Bildung', 'Gesundheit', 'Land und Bund', 'IT-Dienstleister'];
const ATTITUDES = ['champion', 'supporter', 'supporter', 'neutral', 'neutral', 'critic', 'blocker'] as const;
const ENGAGEMENT = ['unaware', 'resistant', 'neutral', 'supportive', 'leading'] as const;
const RELATIONS = ['influences', 'cooperates', 'conflicts', 'funds'] as const;
const NOTES = [
  'Wünscht regelmäßige Information über den Stand der Online-Dienste.',
  'Sorgt sich um den Datenschutz bei der Nachnutzung von EfA-Diensten.',
  'Unterstützt die Digitalisierung der Schulen ausdrücklich.',
  'Fragt nach den Folgekosten für Lizenzen und Wartung.',
  'Möchte die kreisangehörigen Kommunen früh einbinden.',
  'Kritisch gegenüber zentralen Plattformen, offen für Pilotprojekte.',
];

function fillStakeholders(raw: Database.Database, rnd: Rnd, n: number, at: string, measureIds: string[], goalIds: string[]): void {
  const pick = pickWith(rnd);
  const insert = raw.prepare(`INSERT INTO stakeholders (id, name, kind, scope, category, organisation, influence, interest, attitude, engagement_now,
    engagement_wanted, power, legitimacy, urgency, strategy, next_contact, notes, origin, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'local', ?, ?)`);
  const link = raw.prepare("INSERT INTO stakeholder_measures (id, stakeholder_id, measure_id, origin, created_at, updated_at) VALUES (?, ?, ?, 'local', ?, ?)");
  const linkGoal = raw.prepare("INSERT INTO stakeholder_goals (id, stakeholder_id, goal_id, origin, created_at, updated_at) VALUES (?, ?, ?, 'local', ?, ?)");
  const relate = raw.prepare("INSERT OR IGNORE INTO stakeholder_relations (id, from_id, to_id, kind, origin, created_at, updated_at) VALUES (?, ?, ?, ?, 'local', ?, ?)");
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = `ks-${i}`;
    ids.push(id);
    const kind = i % 10 < 6 ? 'person' : i % 10 < 8 ? 'group' : 'organisation';
    const org = pick(ORGS);
    const name = kind === 'person' ? `${pick(FIRST)} ${pick(LAST)} (${pick(ROLES)})` : kind === 'group' ? `${pick(GROUPS)} ${org.replace(/^(Stadt|Gemeinde) /, '')}` : org;
    const now = Math.floor(rnd() * 5);
    const month = 1 + Math.floor(rnd() * 12);
    insert.run(id, `${name} ${i + 1}`, kind, org.startsWith('Kreisverwaltung') || org === 'Personalrat' ? 'internal' : 'external', pick(CATEGORIES),
      kind === 'organisation' ? null : org, 1 + Math.floor(rnd() * 5), 1 + Math.floor(rnd() * 5), pick(ATTITUDES), ENGAGEMENT[now], ENGAGEMENT[Math.min(4, now + Math.floor(rnd() * 2))],
      rnd() < 0.4 ? 1 : 0, rnd() < 0.7 ? 1 : 0, rnd() < 0.2 ? 1 : 0, rnd() < 0.5 ? 'Regelmäßig informieren und im Lenkungskreis beteiligen.' : null,
      rnd() < 0.6 ? `2027-${String(month).padStart(2, '0')}-15` : null, pick(NOTES), at, at);
    // Two measure links each and a goal link for one in four: the engagement gaps and the register's filters touch these.
    for (let k = 0; k < 2; k++) link.run(`ksm-${i}-${k}`, id, measureIds[(i * 7 + k * 4999) % measureIds.length], at, at);
    if (i % 4 === 0 && goalIds.length) linkGoal.run(`ksg-${i}`, id, goalIds[i % goalIds.length], at, at);
  }
  // About 1.5 relations per stakeholder; a repeated triple is skipped by the unique index.
  for (let r = 0; r < Math.round(n * 1.5); r++) {
    const from = ids[Math.floor(rnd() * ids.length)]!;
    const to = ids[Math.floor(rnd() * ids.length)]!;
    if (from !== to) relate.run(`ksr-${r}`, from, to, pick(RELATIONS), at, at);
  }
}

interface AgendaFill {
  agendaId: string;
  goalIds: string[];
}

/**
 * One agenda for the Kreis with 10 strategic and 40 operational goals, 24
 * indicators and 50 versions. The council revised it often: before each
 * frozen version, more measures are linked and texts change, so the snapshots
 * grow from about 60 to 200 linked measures, as real revisions do.
 */
function fillAgenda(core: Core, rnd: Rnd, measureIds: string[], versions: number): AgendaFill {
  const raw = core.raw();
  const fields = raw.prepare('SELECT id, name FROM fields ORDER BY sort_order').all() as { id: string; name: string }[];
  const at = '2025-01-20T09:00:00.000Z';
  const stamp = "'local', ?, ?";
  const agendaId = 'kreis-agenda';
  raw.prepare(`INSERT INTO agendas (id, title, period_from, period_to, vision, principles, starting_position, starting_figures, field_ids, implementation, origin, created_at, updated_at)
    VALUES (?, ?, 2026, 2030, ?, ?, ?, ?, ?, ?, ${stamp})`).run(
    agendaId, 'Digitale Agenda Kreis Minden-Lübbecke 2026–2030',
    'Der Kreis Minden-Lübbecke ist 2030 für alle Menschen digital erreichbar: Leistungen sind online, Daten werden offen geteilt, die elf Städte und Gemeinden arbeiten auf gemeinsamen Plattformen. '.repeat(3),
    JSON.stringify(['Digital zuerst, aber niemanden zurücklassen', 'Einer für Alle: nachnutzen statt neu bauen', 'Offene Standards und Daten', 'Datenschutz und Informationssicherheit von Anfang an', 'Gemeinsam mit den kreisangehörigen Kommunen']),
    'Heute sind 41 von 575 OZG-Leistungen des Kreises vollständig online. Die Verwaltung arbeitet überwiegend mit Papierakten; elf Kommunen betreiben eigene Fachverfahren. '.repeat(6),
    JSON.stringify([{ label: 'OZG-Leistungen online', value: '41', unit: 'Leistungen', source: 'OZG-Dashboard' }, { label: 'Schulen mit Glasfaser', value: '38', unit: '%', source: 'Schulamt' }]),
    JSON.stringify(fields.map((f) => f.id)),
    'Die Stabsstelle Digitalisierung steuert die Umsetzung; der Kreisausschuss erhält halbjährlich einen Bericht mit den Kennzahlen. '.repeat(3),
    at, at,
  );
  const goal = raw.prepare(`INSERT INTO agenda_goals (id, agenda_id, parent_id, kind, title, description, field_id, sort_order, origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ${stamp})`);
  const goalIds: string[] = [];
  const operational: string[] = [];
  for (let s = 0; s < 10; s++) {
    const field = fields[s % fields.length]!;
    const sid = `kg-${s}`;
    goal.run(sid, agendaId, null, 'strategic', `${field.name}: digital, verlässlich, für alle`, `Was der Kreis bis 2030 im Handlungsfeld ${field.name} erreichen will. `.repeat(3), field.id, s, at, at);
    goalIds.push(sid);
    for (let o = 0; o < 4; o++) {
      const oid = `kg-${s}-${o}`;
      goal.run(oid, agendaId, sid, 'operational', `Ziel ${s + 1}.${o + 1}: ${field.name} – Ausbaustufe ${o + 1}`, 'Messbar bis Ende 2028, mit Zwischenstand im jährlichen Bericht an den Kreistag. '.repeat(2), field.id, o, at, at);
      goalIds.push(oid);
      operational.push(oid);
    }
  }
  const indicator = raw.prepare(`INSERT INTO agenda_indicators (id, agenda_id, goal_id, measure_id, name, description, unit, level, baseline, baseline_on, target, target_on, source, owner, sort_order, origin, created_at, updated_at)
    VALUES (?, ?, ?, NULL, ?, NULL, '%', 'outcome', ?, '2024-12-31', ?, '2030-12-31', 'Statistik des Kreises', 'Stabsstelle Digitalisierung', ?, ${stamp})`);
  const measurement = raw.prepare(`INSERT INTO agenda_measurements (id, indicator_id, measured_on, value, note, origin, created_at, updated_at) VALUES (?, ?, ?, ?, NULL, ${stamp})`);
  for (let i = 0; i < 24; i++) {
    indicator.run(`ki-${i}`, agendaId, goalIds[i * 2]!, `Kennzahl ${i + 1}: Anteil digital erledigter Vorgänge`, 10 + i, 80, i, at, at);
    for (let h = 0; h < 8; h++) measurement.run(`kim-${i}-${h}`, `ki-${i}`, `${2025 + Math.floor(h / 2)}-${h % 2 ? '12-31' : '06-30'}`, 12 + i + h * 5, at, at);
  }
  const link = raw.prepare(`INSERT INTO agenda_goal_measures (id, goal_id, measure_id, sort_order, origin, created_at, updated_at) VALUES (?, ?, ?, ?, ${stamp})`);
  const version = raw.prepare(`INSERT INTO agenda_versions (id, agenda_id, number, status, label, council_body, decision_number, decided_on, frozen_at, snapshot, note, origin, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ${stamp})`);
  const retitle = raw.prepare('UPDATE agenda_goals SET description = ? WHERE id = ?');
  let linked = 0;
  const statuses = ['consultation', 'adopted', 'updated'] as const;
  for (let v = 1; v <= versions; v++) {
    const want = Math.round(60 + ((KREIS_AGENDA_MEASURES - 60) * v) / versions);
    for (; linked < want; linked++) link.run(`kgm-${linked}`, operational[linked % operational.length]!, measureIds[(linked * 37) % measureIds.length]!, linked, at, at);
    const changed = operational[Math.floor(rnd() * operational.length)]!;
    retitle.run(`Fortgeschrieben in Fassung ${v}: Messbar bis Ende 2028, mit Zwischenstand im jährlichen Bericht an den Kreistag. `.repeat(2), changed);
    const on = new Date(Date.UTC(2021, 0, 15) + v * 30 * 86_400_000).toISOString();
    const last = v === versions;
    const status = last ? 'draft' : statuses[v % 3]!;
    version.run(`kv-${v}`, agendaId, v, status, `Fassung ${v}`, status === 'adopted' ? 'Kreistag Minden-Lübbecke' : null, status === 'adopted' ? `DS ${2021 + Math.floor(v / 12)}/${100 + v}` : null,
      status === 'adopted' ? on.slice(0, 10) : null, last ? null : on, last ? null : JSON.stringify(liveContent(core, agendaId)), null, on, on);
  }
  return { agendaId, goalIds };
}

/** Writes the large-Kreis workspace at `file` (which must not exist yet). */
export function generateKreisWorkspace(file: string, options: KreisOptions): { agendaId: string } {
  const seed = options.seed ?? 2026;
  const clock = seededClock('2026-01-15T08:00:00.000Z', seed);
  const kreis = municipalityByAgs(LARGE_KREIS_AGS);
  if (!kreis) throw new Error(`AGS ${LARGE_KREIS_AGS} missing from the municipality list`);
  const core = new Core({ dataDir: options.dataDir, clock, autoBackupMs: 0 });
  let agendaId = '';
  try {
    createWorkspaceFor(core, kreis, {
      file,
      fill: (c) => {
        const raw = c.raw();
        const rnd = random(seed + 1);
        const fieldIds = raw.prepare('SELECT id FROM fields ORDER BY sort_order').pluck().all() as string[];
        insertMeasuresRaw(raw, generateMeasures(options.measures ?? KREIS.measures, fieldIds, seed), clock.newId, clock.now);
        fillPortfolioSteering(raw);
        const measureIds = raw.prepare('SELECT id FROM measures ORDER BY id').pluck().all() as string[];
        raw.transaction(() => {
          const agenda = fillAgenda(c, rnd, measureIds, KREIS.agendaVersions);
          agendaId = agenda.agendaId;
          fillStakeholders(raw, rnd, KREIS.stakeholders, '2026-01-15T08:00:00.000Z', measureIds, agenda.goalIds);
        })();
        fillPeerLibrary(raw, fieldIds);
        rebuildIndex(c);
      },
    });
  } finally {
    core.close();
  }
  return { agendaId };
}

/** `node --import tsx tests/bench/kreis.ts --out kreis.cdo [--measures 10000]` */
function main(args: string[]): void {
  const at = (flag: string) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const out = at('--out');
  const measures = at('--measures');
  if (!out || (measures !== undefined && !/^\d{1,6}$/.test(measures))) {
    console.error('Aufruf: node --import tsx tests/bench/kreis.ts --out <datei.cdo> [--measures <anzahl>]');
    process.exit(2);
  }
  if (existsSync(resolve(out))) {
    console.error(`Die Datei ${resolve(out)} gibt es schon. Bitte einen neuen Dateinamen angeben.`);
    process.exit(2);
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'cdo-kreis-'));
  const t = performance.now();
  try {
    generateKreisWorkspace(resolve(out), { dataDir, ...(measures ? { measures: Number(measures) } : {}) });
  } catch (err) {
    console.error(`Der Arbeitsbereich konnte nicht erzeugt werden: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  console.log(`Arbeitsbereich „Kreis Minden-Lübbecke“ erzeugt: ${resolve(out)} (${Math.round(performance.now() - t)} ms)`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main(process.argv.slice(2));
