/**
 * Generates large, realistic, reproducible workspaces for benchmarks (and
 * later for the large-Kreis fixture): the same seed gives the same rows.
 * Rows go in with plain inserts in one transaction, like the demo: a
 * generated workspace has no undo history.
 */
import type Database from 'better-sqlite3';
import type { Input } from '../../api/index.ts';
import { PHASES, PRIORITIES } from '../../api/index.ts';
import { Core, createWorkspaceFor } from '../../core/index.ts';
import { seededClock } from '../../core/demo/seeded-clock.ts';
import { rebuildIndex } from '../../core/search/search.ts';
import { municipalityByAgs } from '../../db/index.ts';

/** Kreis Minden-Lübbecke: the "large Kreis" the budgets in QUALITY.md speak of. */
export const LARGE_KREIS_AGS = '05770';

const SUBJECTS = [
  'Bürgerportal', 'Straßenbeleuchtung', 'Schulverwaltung', 'Kita-Platzvergabe', 'Wohngeldantrag', 'Gewerbeanmeldung',
  'Bauantrag', 'Glasfaserausbau', 'Parkraummanagement', 'Energiemonitoring', 'Mängelmelder', 'Bibliothek',
  'Ratsinformationssystem', 'Fundbüro', 'Hundesteuer', 'Friedhofsverwaltung', 'Feuerwehr-Alarmierung', 'Wärmeplanung',
  'Abfallkalender', 'Elterngeld', 'Schülerbeförderung', 'Jugendhilfe', 'Führerscheinstelle', 'Kfz-Zulassung',
  'Meldewesen', 'Ausländerbehörde', 'Sozialhilfe', 'Pflegeberatung', 'Tourismusportal', 'Open-Data-Katalog',
];
const ACTIONS = ['Online-Antrag', 'Einführung', 'Ausbau', 'Pilotprojekt', 'Nachnutzung (EfA)', 'Modernisierung', 'Konzept', 'Evaluation', 'Schnittstelle', 'Schulung'];
const PLACES = [
  'Minden', 'Bad Oeynhausen', 'Lübbecke', 'Porta Westfalica', 'Petershagen', 'Espelkamp', 'Rahden', 'Hille', 'Hüllhorst',
  'Stemwede', 'Preußisch Oldendorf', 'Kreisverwaltung',
];
const UNITS = ['Hauptamt', 'Amt für Digitalisierung', 'Bürgerbüro', 'Ordnungsamt', 'Jugendamt', 'Sozialamt', 'Bauordnungsamt', 'Schulamt', 'Kämmerei', 'IT-Dienstleister'];
const SENTENCES = [
  'Medienbruchfreie Bearbeitung vom Antrag bis zum Bescheid.',
  'Anbindung an die BundID und das Servicekonto des Landes.',
  'Gemeinsam mit den kreisangehörigen Städten und Gemeinden.',
  'Förderung aus dem Landesprogramm ist beantragt.',
  'Schulung der Beschäftigten in allen Fachbereichen.',
  'Barrierefrei nach BITV 2.0 und mobil nutzbar.',
  'Datenschutz-Folgenabschätzung liegt vor.',
  'Nachnutzung eines EfA-Dienstes eines anderen Landes.',
  'Ausschreibung über die Vergabeplattform im zweiten Quartal.',
  'Pilotbetrieb in zwei Fachämtern, danach Rollout.',
  'Einbindung des Personalrats und der Gleichstellungsbeauftragten.',
  'Schnittstelle zum Fachverfahren über XÖV-Standards.',
  'Elektronische Bezahlung über ePayBL.',
  'Beteiligung der Bürgerinnen und Bürger über eine Online-Umfrage.',
  'Betrieb durch den kommunalen IT-Dienstleister.',
  'Rechtsgrundlage ist das Onlinezugangsgesetz.',
  'Kosten für Lizenzen und Wartung im Haushalt eingeplant.',
  'Evaluation nach zwölf Monaten Betrieb.',
  'Abstimmung mit dem Informationssicherheitsbeauftragten erfolgt.',
  'Übernahme der Altdaten aus dem bisherigen Verfahren.',
  'Terminbuchung und Statusauskunft rund um die Uhr.',
  'Digitale Signatur für Bescheide ist vorgesehen.',
  'Sensoren liefern Messwerte an die Datenplattform.',
  'Offene Daten werden unter freier Lizenz veröffentlicht.',
  'Fortbildung für Lehrkräfte und Schulsekretariate.',
  'Ehrenamtliche Digitallotsen unterstützen ältere Menschen.',
  'Gigabitanschlüsse für Schulen und Gewerbegebiete.',
  'Energieverbrauch der Liegenschaften wird monatlich ausgewertet.',
  'Kooperation mit der Hochschule für angewandte Wissenschaften.',
  'Vorlage für den Digitalausschuss in Vorbereitung.',
];

/** mulberry32: small and reproducible. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

export type MeasureSeed = Required<Pick<Input<'saveMeasure'>, 'title' | 'description' | 'phase' | 'priority' | 'start' | 'end' | 'leadUnit' | 'budget'>> & {
  fieldId: string | null;
};

/** `n` measure inputs as the API takes them; `fieldIds` are spread over them (some stay unassigned). */
export function generateMeasures(n: number, fieldIds: string[], seed = 2026): MeasureSeed[] {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const rows: MeasureSeed[] = [];
  for (let i = 0; i < n; i++) {
    const startYear = 2020 + Math.floor(rnd() * 8);
    const startMonth = 1 + Math.floor(rnd() * 12);
    const months = 3 + Math.floor(rnd() * 36);
    const endTotal = startYear * 12 + startMonth - 1 + months;
    const dated = rnd() > 0.15;
    const pad = (v: number) => String(v).padStart(2, '0');
    rows.push({
      title: `${pick(SUBJECTS)}: ${pick(ACTIONS)} ${pick(PLACES)} (${i + 1})`,
      description: `${pick(SENTENCES)} ${pick(SENTENCES)}`,
      fieldId: rnd() < 0.05 || fieldIds.length === 0 ? null : pick(fieldIds),
      phase: pick(PHASES),
      priority: pick(PRIORITIES),
      start: dated ? `${startYear}-${pad(startMonth)}-01` : null,
      end: dated ? `${Math.floor(endTotal / 12)}-${pad((endTotal % 12) + 1)}-01` : null,
      leadUnit: pick(UNITS),
      budget: rnd() < 0.2 ? null : Math.round(rnd() * 2_000_000 / 100) * 100,
    });
  }
  return rows;
}

const INSERT_MEASURE =
  'INSERT INTO measures (id, title, description, field_id, phase, priority, start, "end", lead_unit, budget, origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)';

/** Plain better-sqlite3 inserts of the rows in one transaction: the raw-engine baseline and the bulk fill. */
export function insertMeasuresRaw(raw: Database.Database, rows: MeasureSeed[], newId: () => string, now: () => string): void {
  const insert = raw.prepare(INSERT_MEASURE);
  raw.transaction(() => {
    for (const m of rows) {
      const at = now();
      insert.run(newId(), m.title, m.description, m.fieldId, m.phase, m.priority, m.start, m.end, m.leadUnit, m.budget, 'local', at, at);
    }
  })();
}

export interface GenerateOptions {
  measures: number;
  seed?: number;
  /** Folder for the workspace list of the generating core (a temp folder is fine). */
  dataDir: string;
}

/** Writes a new workspace for the large Kreis at `file`, filled with generated measures and a built search index. */
export function generateWorkspace(file: string, options: GenerateOptions): void {
  const seed = options.seed ?? 2026;
  const clock = seededClock('2026-01-15T08:00:00.000Z', seed);
  const kreis = municipalityByAgs(LARGE_KREIS_AGS);
  if (!kreis) throw new Error(`AGS ${LARGE_KREIS_AGS} missing from the municipality list`);
  const core = new Core({ dataDir: options.dataDir, clock, autoBackupMs: 0 });
  try {
    createWorkspaceFor(core, kreis, {
      file,
      fill: (c) => {
        const raw = c.raw();
        const fieldIds = (raw.prepare('SELECT id FROM fields ORDER BY sort_order').all() as { id: string }[]).map((f) => f.id);
        insertMeasuresRaw(raw, generateMeasures(options.measures, fieldIds, seed), clock.newId, clock.now);
        rebuildIndex(c);
      },
    });
  } finally {
    core.close();
  }
}
