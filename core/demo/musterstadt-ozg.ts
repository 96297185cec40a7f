/**
 * OZG maturity of the Musterstadt demo: some 40 services of the shipped
 * catalogue across the Themenfelder, most on Reifegradmodell 1.1, a few
 * already on 2.0, two marked "not relevant" (Musterstadt has no harbour).
 * Written without undo steps; the search index is rebuilt after fillDemo.
 */
import type { OzgModel } from '../../api/index.ts';
import type { DemoClock } from './demo-clock.ts';
import type { Core } from '../core.ts';

interface DemoMaturity {
  ozgId: string;
  ist: number | null;
  soll: number | null;
  unit: string;
  efa?: string;
  /** As of the demo's base day (2026-01-15). */
  on: string;
  model?: OzgModel;
  relevant?: boolean;
  note?: string;
}

const BUERGER = 'Bürgerbüro';
const STANDESAMT = 'Standesamt';
const JUGEND = 'Jugendamt';
const SOZIAL = 'Sozialamt';
const BAU = 'Bauordnungsamt';
const ORDNUNG = 'Ordnungsamt';
const FINANZ = 'Kämmerei / Steueramt';

export const DEMO_OZG_MATURITY: DemoMaturity[] = [
  // Familie & Kind
  { ozgId: '10000', ist: 3, soll: 4, unit: JUGEND, efa: 'Freie Hansestadt Bremen', on: '2025-11-12', note: 'EfA-Dienst „ELFE“ nachgenutzt, Anbindung an das Fachverfahren fehlt noch.' },
  { ozgId: '10003', ist: 2, soll: 3, unit: STANDESAMT, on: '2025-10-02' },
  { ozgId: '10014', ist: 4, soll: 4, unit: 'Stadtbibliothek', on: '2025-09-18', note: 'Ausweis online mit sofortiger Freischaltung.' },
  { ozgId: '10019', ist: 2, soll: 4, unit: JUGEND, on: '2025-12-04', note: 'Kita-Platzvergabe: Vormerkung online, Zusage noch per Brief.' },
  { ozgId: '10023', ist: 1, soll: 3, unit: 'Musikschule', on: '2025-08-27' },
  { ozgId: '10026', ist: 2, soll: 3, unit: STANDESAMT, on: '2025-10-02' },
  { ozgId: '10029', ist: 1, soll: 3, unit: STANDESAMT, on: '2025-10-02' },
  { ozgId: '10035', ist: 3, soll: 4, unit: JUGEND, efa: 'Land Nordrhein-Westfalen', on: '2025-11-12' },
  // Bildung
  { ozgId: '10041', ist: 2, soll: 3, unit: 'Schulverwaltungsamt', on: '2025-09-05' },
  { ozgId: '10042', ist: 1, soll: 3, unit: 'Schulverwaltungsamt', on: '2025-09-05', note: 'Anträge auf Schülerfahrkarten noch als PDF-Formular.' },
  { ozgId: '10058', ist: 3, soll: 3, unit: 'Stadtbibliothek', on: '2025-09-18' },
  // Arbeit & Ruhestand
  { ozgId: '10084', ist: 2, soll: 3, unit: SOZIAL, on: '2025-10-20' },
  { ozgId: '10086', ist: 1, soll: 3, unit: SOZIAL, on: '2025-10-20' },
  { ozgId: '10092', ist: 3, soll: 4, unit: SOZIAL, efa: 'Land Schleswig-Holstein', on: '2025-12-10', note: 'Wohngeld-Antrag als EfA-Dienst, Bescheid noch auf Papier.' },
  // Bauen & Wohnen
  { ozgId: '10110', ist: 2, soll: 3, unit: 'Stadtwerke Musterstadt', on: '2025-07-14' },
  { ozgId: '10112', ist: 1, soll: 3, unit: 'Umweltamt', on: '2025-07-14' },
  { ozgId: '10117', ist: 2, soll: 3, unit: FINANZ, on: '2025-08-01' },
  { ozgId: '10124', ist: 3, soll: 4, unit: BUERGER, efa: 'Freie und Hansestadt Hamburg', on: '2025-12-01', note: 'Digitale Wohnsitzanmeldung seit Herbst 2025.' },
  { ozgId: '10519', ist: 3, soll: 4, unit: BAU, efa: 'Land Mecklenburg-Vorpommern', on: '2025-11-03', note: 'Digitaler Bauantrag, Beteiligung der Fachämter noch per E-Mail.' },
  { ozgId: '10514', ist: 1, soll: 3, unit: BAU, on: '2025-11-03' },
  { ozgId: '10517', ist: 0, soll: 3, unit: BAU, on: '2025-11-03' },
  { ozgId: '10525', ist: 0, soll: 2, unit: 'Untere Denkmalbehörde', on: '2025-06-30' },
  // Engagement & Hobby
  { ozgId: '10145', ist: 4, soll: 4, unit: 'Wahlamt', on: '2025-09-01', note: 'Briefwahl-Antrag online, Unterlagen per Post.' },
  { ozgId: '10144', ist: 2, soll: 3, unit: 'Wahlamt', on: '2025-09-01' },
  { ozgId: '10160', ist: 3, soll: 3, unit: FINANZ, on: '2025-08-01', note: 'Hundesteuer-An- und Abmeldung online.' },
  { ozgId: '10166', ist: null, soll: null, unit: ORDNUNG, on: '2025-06-30', relevant: false, note: 'In Musterstadt nicht relevant: keine schiffbaren Gewässer.' },
  // Mobilität & Reisen
  { ozgId: '10173', ist: 3, soll: 4, unit: 'Straßenverkehrsbehörde', on: '2025-10-15', note: 'Bewohnerparkausweis online mit Bezahlung.' },
  { ozgId: '10177', ist: 1, soll: 2, unit: BUERGER, on: '2025-12-01' },
  { ozgId: '10417', ist: 0, soll: 2, unit: ORDNUNG, on: '2025-10-15' },
  { ozgId: '10440', ist: null, soll: null, unit: ORDNUNG, on: '2025-06-30', relevant: false, note: 'Kein Hafen in Musterstadt.' },
  // Gesundheit
  { ozgId: '10214', ist: 1, soll: 3, unit: SOZIAL, on: '2025-10-20' },
  { ozgId: '10235', ist: 2, soll: 3, unit: STANDESAMT, on: '2025-10-02' },
  { ozgId: '10237', ist: 3, soll: 4, unit: STANDESAMT, on: '2025-10-02' },
  // Recht & Ordnung
  { ozgId: '10244', ist: 3, soll: 3, unit: BUERGER, on: '2025-12-01', note: 'Fundsachen über das Online-Fundbüro.' },
  // Ein- & Auswanderung
  { ozgId: '10257', ist: 1, soll: 3, unit: 'Ausländerbehörde', on: '2025-09-22' },
  // Unternehmensführung & -entwicklung
  { ozgId: '10348', ist: 2, soll: 4, unit: 'Tiefbauamt', on: '2025-07-30' },
  { ozgId: '10349', ist: 1, soll: 3, unit: ORDNUNG, on: '2025-07-30' },
  // Steuern & Zoll
  { ozgId: '10364', ist: 2, soll: 3, unit: FINANZ, on: '2025-08-01' },
  // Querschnitt: the Bürgerbüro already assesses on Reifegradmodell 2.0
  { ozgId: '10559', ist: 5, soll: 6, unit: BUERGER, on: '2026-01-08', model: '2.0', note: 'Meldebescheinigung vollständig digital mit Nachweisabruf.' },
  { ozgId: '10557', ist: 4, soll: 6, unit: STANDESAMT, on: '2026-01-08', model: '2.0' },
  { ozgId: '10119', ist: 3, soll: 5, unit: BUERGER, on: '2026-01-08', model: '2.0', note: 'Termin online, Beantragung weiter vor Ort (Lichtbild, Fingerabdruck).' },
];

export function fillDemoOzgMaturity(core: Core, clock: DemoClock): void {
  const raw = core.raw();
  const names = new Map((raw.prepare('SELECT ozg_id, name FROM ozg_services').all() as { ozg_id: string; name: string }[]).map((s) => [s.ozg_id, s.name]));
  const insert = raw.prepare(
    `INSERT INTO ozg_maturity (id, ozg_id, name, relevant, model, level_ist, level_soll, unit, efa_provider, assessed_on, note, origin, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'local', ?, ?)`,
  );
  raw.transaction(() => {
    for (const m of DEMO_OZG_MATURITY) {
      const name = names.get(m.ozgId);
      // A catalogue update may drop a service: the demo then skips it rather than failing.
      if (!name) continue;
      const at = clock.now();
      insert.run(clock.newId(), m.ozgId, name, m.relevant === false ? 0 : 1, m.model ?? '1.1', m.ist, m.soll, m.unit, m.efa ?? null, clock.date(m.on), m.note ?? null, at, at);
    }
  })();
}
