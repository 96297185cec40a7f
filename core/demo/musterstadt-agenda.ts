/**
 * Demo: the "Digitale Agenda Musterstadt 2026–2030" with two versions — the
 * version the council adopted in 2025 (frozen with the content of then) and
 * the 2026 draft that updates it: a new goal, a measure taken out, a measure
 * added, sharper texts and a raised indicator target. The agenda's own dates
 * (period, council decision, measurements) are fixed history, not moved with
 * the demo clock; the linked measures keep their own (moved) dates.
 * Written without undo steps.
 */
import type { Core } from '../core.ts';
import { liveContent } from '../agenda/content.ts';
import type { DemoClock } from './demo-clock.ts';

type Values = Record<string, string | number | null>;

interface DemoGoal {
  key: string;
  title: string;
  description: string;
  field: string;
  measures: string[];
  children?: DemoGoal[];
}

const GOALS: DemoGoal[] = [
  {
    key: 'S1', title: 'Verwaltungsleistungen einfach online', field: 'Verwaltung & Bürgerservice', measures: [],
    description: 'Bürgerinnen, Bürger und Unternehmen erledigen ihre Anliegen mit der Stadt online – rund um die Uhr, ohne Papier und ohne Wartezeit.',
    children: [
      { key: 'O1', title: 'Die meistgenutzten Anträge vollständig digital anbieten', field: 'Verwaltung & Bürgerservice',
        description: 'Die 30 häufigsten Leistungen sind Ende 2027 Ende-zu-Ende digital, mit Nachweis-Upload und Statusauskunft.',
        measures: ['Digitaler Wohngeldantrag', 'Kita-Platzvergabe online', 'Digitaler Bauantrag'] },
      { key: 'O2', title: 'Ein Zugang für alle Leistungen', field: 'Verwaltung & Bürgerservice',
        description: 'Alle Online-Leistungen sind über das Bürgerportal und das Servicekonto erreichbar.',
        measures: ['Bürgerportal mit Servicekonto'] },
    ],
  },
  {
    key: 'S2', title: 'Moderne, papierarme Verwaltung', field: 'Interne Digitalisierung & Arbeitsplatz', measures: [],
    description: 'Die Beschäftigten arbeiten mit digitalen Akten und Abläufen, ortsunabhängig und ohne Medienbrüche.',
    children: [
      { key: 'O3', title: 'Elektronische Akte in allen Fachbereichen', field: 'Interne Digitalisierung & Arbeitsplatz',
        description: 'Bis 2028 führen alle Fachbereiche ihre Akten elektronisch.', measures: ['E-Akte in der Kernverwaltung'] },
      { key: 'O4', title: 'Rechnungen und Freigaben digital', field: 'Interne Digitalisierung & Arbeitsplatz',
        description: 'Eingangsrechnungen werden elektronisch empfangen, geprüft und freigegeben.', measures: ['Rechnungseingang digital (XRechnung)'] },
    ],
  },
  {
    key: 'S3', title: 'Leistungsfähige digitale Infrastruktur', field: 'Digitale Infrastruktur', measures: [],
    description: 'Gewerbe, Schulen und Verwaltung haben schnelle und verlässliche Netze.',
    children: [
      { key: 'O5', title: 'Gigabit für alle Gewerbegebiete', field: 'Digitale Infrastruktur',
        description: 'Jeder Betrieb in einem Gewerbegebiet kann bis 2028 einen Glasfaseranschluss bekommen.', measures: ['Glasfaserausbau Gewerbegebiet Nord'] },
      { key: 'O6', title: 'Schulen zuverlässig vernetzen', field: 'Bildung & Schule',
        description: 'Alle 12 Schulen haben Glasfaser, WLAN in jedem Raum und eine gemeinsame Lernplattform.',
        measures: ['Schulnetz: WLAN und Glasfaser an allen Schulen', 'Digitale Schulverwaltung und Lernplattform'] },
    ],
  },
  {
    key: 'S4', title: 'Daten als Grundlage für Entscheidungen', field: 'Daten & Plattformen', measures: [],
    description: 'Die Stadt nutzt ihre Daten für bessere Entscheidungen und stellt sie offen zur Verfügung.',
    children: [
      { key: 'O7', title: 'Offene Daten bereitstellen', field: 'Daten & Plattformen',
        description: 'Haushalts-, Verkehrs- und Umweltdaten erscheinen regelmäßig unter freier Lizenz.',
        measures: ['Open-Data-Portal', 'Urbane Datenplattform'] },
      { key: 'O8', title: 'Energie- und Klimadaten nutzen', field: 'Energie & Klima',
        description: 'Verbrauchsdaten der Liegenschaften und der Wärmebedarf sind digital erfasst und ausgewertet.',
        measures: ['Energiemonitoring kommunaler Gebäude', 'Kommunale Wärmeplanung digital'] },
    ],
  },
  {
    key: 'S5', title: 'Mobilität und Klimaschutz digital unterstützen', field: 'Mobilität & Verkehr', measures: [],
    description: 'Digitale Technik hilft, Verkehr zu lenken und Energie zu sparen.',
    children: [
      { key: 'O9', title: 'Parken und Verkehr intelligent steuern', field: 'Mobilität & Verkehr',
        description: 'Freie Parkplätze werden in Echtzeit angezeigt; Suchverkehr nimmt ab.', measures: ['Parkraummanagement mit Sensorik'] },
      { key: 'O10', title: 'Energie sparen mit smarter Technik', field: 'Energie & Klima',
        description: 'Straßenbeleuchtung und Gebäude verbrauchen bis 2030 ein Drittel weniger Strom.', measures: ['Smarte Straßenbeleuchtung'] },
    ],
  },
  {
    key: 'S6', title: 'Sicher und souverän digital', field: 'Interne Digitalisierung & Arbeitsplatz', measures: [],
    description: 'Informationssicherheit und digitale Souveränität sind Grundlage jeder Digitalisierung.',
    children: [
      { key: 'O11', title: 'Informationssicherheit nach BSI-Grundschutz', field: 'Sicherheit & Ordnung',
        description: 'Ein Informationssicherheitsmanagement nach IT-Grundschutz ist eingeführt und wird jährlich geübt.',
        measures: ['Informationssicherheitsmanagement (ISMS)'] },
      { key: 'O12', title: 'Digitale Kompetenzen der Beschäftigten stärken', field: 'Interne Digitalisierung & Arbeitsplatz',
        description: 'Jede und jeder Beschäftigte nimmt jährlich an einer Qualifizierung zu digitalen Themen teil.', measures: [] },
    ],
  },
];

/** The goal the 2026 draft adds. */
const NEW_GOAL: DemoGoal = {
  key: 'S7', title: 'Bürgerinnen und Bürger digital beteiligen', field: 'Bürgerbeteiligung & Engagement', measures: [],
  description: 'Wer in Musterstadt lebt, kann Vorhaben der Stadt online verfolgen, kommentieren und mitentscheiden.',
  children: [
    { key: 'O13', title: 'Beteiligung am Bürgerhaushalt online ermöglichen', field: 'Bürgerbeteiligung & Engagement',
      description: 'Ab 2027 läuft der Bürgerhaushalt über eine Beteiligungsplattform mit Vorschlägen und Abstimmung.',
      measures: ['Beteiligungsplattform für Bürgerhaushalt'] },
  ],
};

interface DemoIndicator {
  key: string;
  goal?: string;
  measure?: string;
  name: string;
  unit: string;
  level: 'input' | 'output' | 'outcome' | 'impact';
  baseline: number;
  target: number;
  source: string;
  owner: string;
  /** [date, value]; those after the adoption are recorded for the draft. */
  values: [string, number][];
}

const BASELINE_ON = '2024-12-31';
const TARGET_ON = '2030-12-31';

const INDICATORS: DemoIndicator[] = [
  { key: 'I1', goal: 'S1', name: 'Zufriedenheit mit den Online-Leistungen', unit: 'Punkte (1–5)', level: 'impact', baseline: 3.1, target: 4.2,
    source: 'Jährliche Online-Befragung im Bürgerportal', owner: 'Stabsstelle Digitalisierung', values: [['2024-12-31', 3.1], ['2025-06-30', 3.3], ['2025-12-31', 3.5]] },
  { key: 'I2', goal: 'O1', name: 'Anteil online beantragbarer Leistungen', unit: '%', level: 'output', baseline: 22, target: 80,
    source: 'Leistungskatalog der Stadt, OZG-Dashboard', owner: 'Stabsstelle Digitalisierung', values: [['2024-12-31', 22], ['2025-06-30', 31], ['2025-12-31', 38]] },
  { key: 'I3', goal: 'O1', name: 'Anteil online gestellter Anträge', unit: '%', level: 'outcome', baseline: 9, target: 50,
    source: 'Fachverfahren (Antragsstatistik)', owner: 'Fachbereich Bürgerservice', values: [['2024-12-31', 9], ['2025-06-30', 14], ['2025-12-31', 21]] },
  { key: 'I4', goal: 'O2', name: 'Nutzerkonten im Servicekonto', unit: 'Konten', level: 'output', baseline: 3200, target: 20000,
    source: 'Servicekonto des Landes (Monatsbericht)', owner: 'Stabsstelle Digitalisierung', values: [['2024-12-31', 3200], ['2025-06-30', 6100], ['2025-12-31', 8900]] },
  { key: 'I5', goal: 'O3', name: 'Beschäftigte, die mit der E-Akte arbeiten', unit: '%', level: 'output', baseline: 15, target: 100,
    source: 'Lizenzstatistik des DMS', owner: 'Hauptamt – Organisation', values: [['2024-12-31', 15], ['2025-06-30', 28], ['2025-12-31', 41]] },
  { key: 'I6', goal: 'O5', name: 'Betriebe mit Gigabitanschluss', unit: 'Betriebe', level: 'outcome', baseline: 20, target: 180,
    source: 'Meldung des Netzbetreibers', owner: 'Wirtschaftsförderung', values: [['2024-12-31', 20], ['2025-06-30', 35], ['2025-12-31', 62]] },
  { key: 'I7', goal: 'O6', name: 'Schulen mit WLAN in allen Unterrichtsräumen', unit: 'Schulen', level: 'output', baseline: 3, target: 12,
    source: 'Schulamt, Medienentwicklungsplan', owner: 'Schulamt', values: [['2024-12-31', 3], ['2025-06-30', 5], ['2025-12-31', 8]] },
  { key: 'I8', goal: 'O8', name: 'Stromverbrauch kommunaler Gebäude', unit: 'MWh im Jahr', level: 'impact', baseline: 9800, target: 8300,
    source: 'Energiemonitoring', owner: 'Gebäudemanagement', values: [['2024-12-31', 9800], ['2025-06-30', 9650], ['2025-12-31', 9420]] },
  { key: 'I9', measure: 'Smarte Straßenbeleuchtung', name: 'Auf LED umgerüstete Leuchten', unit: 'Leuchten', level: 'output', baseline: 0, target: 2800,
    source: 'Tiefbauamt, Leuchtenkataster', owner: 'Tiefbauamt', values: [['2024-12-31', 0], ['2025-06-30', 450], ['2025-12-31', 1100]] },
];

const ADOPTED_ON = '2025-09-25';

const V1_TEXTS = {
  title: 'Digitale Agenda Musterstadt 2026–2030',
  vision: 'Musterstadt ist 2030 eine digitale Stadt, die ihren Bürgerinnen und Bürgern einfache Wege zur Verwaltung bietet und ihre Beschäftigten mit moderner Technik unterstützt.',
  principles: [
    'Digital zuerst: Jede neue Leistung wird zuerst digital gedacht.',
    'Einmal erfassen, mehrfach nutzen: Daten werden nur einmal abgefragt.',
    'Offen und souverän: Wir setzen auf offene Standards und nachnutzbare Lösungen (Einer für Alle).',
    'Sicher: Informationssicherheit und Datenschutz sind von Anfang an Teil jedes Vorhabens.',
  ],
  startingPosition: 'Musterstadt hat mit dem Bürgerportal, der Online-Terminvergabe und der Gewerbeanmeldung erste Leistungen digital gemacht. Viele Anträge erfordern aber noch Papier und einen Besuch im Bürgerbüro; in der Verwaltung arbeiten erst wenige Bereiche mit der E-Akte. Die Schulen und Gewerbegebiete sind ungleich gut angebunden.',
  startingFigures: [
    { label: 'Online beantragbare Leistungen', value: '22', unit: '%', source: 'Leistungskatalog, Stand 31.12.2024' },
    { label: 'Nutzerkonten im Servicekonto', value: '3.200', unit: 'Konten', source: 'Servicekonto des Landes' },
    { label: 'Schulen mit WLAN in allen Räumen', value: '3 von 12', unit: null, source: 'Medienentwicklungsplan' },
  ],
  implementation: 'Die Stabsstelle Digitalisierung steuert die Umsetzung. Ein Lenkungskreis unter Vorsitz des Bürgermeisters tagt vierteljährlich. Der Rat erhält jährlich einen Umsetzungsbericht mit den Kennzahlen; die Agenda wird spätestens nach zwei Jahren fortgeschrieben.',
};

const FIELDS = ['Verwaltung & Bürgerservice', 'Interne Digitalisierung & Arbeitsplatz', 'Digitale Infrastruktur', 'Daten & Plattformen',
  'Bildung & Schule', 'Mobilität & Verkehr', 'Energie & Klima', 'Sicherheit & Ordnung'];

export function fillDemoAgenda(core: Core, clock: DemoClock): void {
  const raw = core.raw();
  const insert = (table: string, v: Values) => {
    const cols = Object.keys(v);
    raw.prepare(`INSERT INTO ${table} (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(...Object.values(v));
  };
  const fieldIds = new Map((raw.prepare('SELECT id, name FROM fields').all() as { id: string; name: string }[]).map((f) => [f.name, f.id]));
  const measureIds = new Map((raw.prepare('SELECT id, title FROM measures').all() as { id: string; title: string }[]).map((m) => [m.title, m.id]));
  const stamp = (at: string) => ({ origin: 'local', created_at: at, updated_at: at });
  const adoptedAt = `${ADOPTED_ON}T10:00:00.000Z`;
  const agendaId = clock.newId();

  raw.transaction(() => {
    insert('agendas', {
      id: agendaId, title: V1_TEXTS.title, period_from: 2026, period_to: 2030, vision: V1_TEXTS.vision, principles: JSON.stringify(V1_TEXTS.principles),
      starting_position: V1_TEXTS.startingPosition, starting_figures: JSON.stringify(V1_TEXTS.startingFigures),
      field_ids: JSON.stringify(FIELDS.map((f) => fieldIds.get(f)).filter(Boolean)), implementation: V1_TEXTS.implementation, ...stamp('2025-05-12T09:00:00.000Z'),
    });
    const goalIds = new Map<string, string>();
    const links = new Map<string, string>();
    const addGoal = (g: DemoGoal, parent: string | null, order: number, at: string) => {
      const id = clock.newId();
      goalIds.set(g.key, id);
      insert('agenda_goals', {
        id, agenda_id: agendaId, parent_id: parent, kind: parent ? 'operational' : 'strategic', title: g.title, description: g.description,
        field_id: fieldIds.get(g.field) ?? null, sort_order: order, ...stamp(at),
      });
      g.measures.forEach((title, n) => {
        const measureId = measureIds.get(title);
        if (!measureId) return;
        const linkId = clock.newId();
        links.set(`${g.key}/${title}`, linkId);
        insert('agenda_goal_measures', { id: linkId, goal_id: id, measure_id: measureId, sort_order: n, ...stamp(at) });
      });
      (g.children ?? []).forEach((c, n) => addGoal(c, id, n, at));
    };
    GOALS.forEach((g, n) => addGoal(g, null, n, '2025-05-12T09:00:00.000Z'));
    const indicatorIds = new Map<string, string>();
    INDICATORS.forEach((i, n) => {
      const id = clock.newId();
      indicatorIds.set(i.key, id);
      insert('agenda_indicators', {
        id, agenda_id: agendaId, goal_id: i.goal ? goalIds.get(i.goal) ?? null : null, measure_id: i.measure ? measureIds.get(i.measure) ?? null : null,
        name: i.name, description: null, unit: i.unit, level: i.level, baseline: i.baseline, baseline_on: BASELINE_ON, target: i.target, target_on: TARGET_ON,
        source: i.source, owner: i.owner, sort_order: n, ...stamp('2025-05-12T09:00:00.000Z'),
      });
    });
    const addMeasurements = (before: boolean) => {
      for (const i of INDICATORS) {
        for (const [on, v] of i.values) {
          if ((on < ADOPTED_ON) !== before) continue;
          insert('agenda_measurements', { id: clock.newId(), indicator_id: indicatorIds.get(i.key)!, measured_on: on, value: v, note: null, ...stamp(`${on}T12:00:00.000Z`) });
        }
      }
    };
    addMeasurements(true);

    // Version 1: adopted by the council in September 2025, frozen with this content.
    insert('agenda_versions', {
      id: clock.newId(), agenda_id: agendaId, number: 1, status: 'adopted', label: 'Beschlussfassung 2025', council_body: 'Rat der Stadt Musterstadt',
      decision_number: 'DS 2025/0417', decided_on: ADOPTED_ON, frozen_at: adoptedAt, snapshot: JSON.stringify(liveContent(core, agendaId)),
      note: 'Einstimmig bei zwei Enthaltungen beschlossen.', ...stamp(adoptedAt),
    });

    // Version 2: the 2026 draft (Fortschreibung), the live tables from here on.
    const draftAt = clock.now();
    insert('agenda_versions', {
      id: clock.newId(), agenda_id: agendaId, number: 2, status: 'draft', label: 'Fortschreibung 2026', council_body: null, decision_number: null,
      decided_on: null, frozen_at: null, snapshot: null, note: 'Entwurf für die Beratung im Digitalausschuss.', ...stamp(draftAt),
    });
    addMeasurements(false);
    raw.prepare('UPDATE agendas SET vision = ?, principles = ?, starting_position = ?, updated_at = ? WHERE id = ?').run(
      'Musterstadt ist 2030 eine digitale, offene und barrierefreie Stadt: Alle Anliegen lassen sich online erledigen, die Beschäftigten arbeiten papierlos, und Entscheidungen stützen sich auf Daten.',
      JSON.stringify([...V1_TEXTS.principles, 'Barrierefrei: Jede digitale Leistung ist für alle nutzbar, auch mit Assistenztechnik.']),
      `${V1_TEXTS.startingPosition} Seit dem Beschluss 2025 sind 38 % der Leistungen online beantragbar (Stand 31.12.2025).`,
      draftAt, agendaId,
    );
    addGoal(NEW_GOAL, null, GOALS.length, draftAt);
    // The urban data platform waits for the Stadtwerke: taken out of the agenda for now.
    raw.prepare('DELETE FROM agenda_goal_measures WHERE id = ?').run(links.get('O7/Urbane Datenplattform') ?? '');
    // A measure still without dates joins the draft: the roadmap lists it under "Ohne Termin".
    const undatedId = undatedServiceMeasure(core);
    if (undatedId) insert('agenda_goal_measures', { id: clock.newId(), goal_id: goalIds.get('O2')!, measure_id: undatedId, sort_order: 1, ...stamp(draftAt) });
    raw.prepare('UPDATE agenda_indicators SET target = 65, updated_at = ? WHERE id = ?').run(draftAt, indicatorIds.get('I3')!);
    raw.prepare('UPDATE agenda_goals SET title = ?, updated_at = ? WHERE id = ?').run('Die 30 meistgenutzten Anträge vollständig digital anbieten', draftAt, goalIds.get('O1')!);
  })();
}

/** An undated citizen-service measure of the demo portfolio (the portfolio demo names change, so it is looked up, not named). */
function undatedServiceMeasure(core: Core): string | null {
  const row = core.raw().prepare(
    `SELECT m.id FROM measures m JOIN fields f ON f.id = m.field_id
     WHERE f.name = 'Verwaltung & Bürgerservice' AND (m.start IS NULL OR m."end" IS NULL) ORDER BY m.title LIMIT 1`,
  ).get() as { id: string } | undefined;
  return row?.id ?? null;
}
