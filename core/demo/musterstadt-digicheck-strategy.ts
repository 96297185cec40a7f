/**
 * Recommendations of the Musterstadt DigiCheck demo: the partial strategy of
 * the Wohngeldstelle from its 2026 check (the interface to the Fachverfahren
 * is carried out within the demo measure "Digitaler Wohngeldantrag") and
 * three from the 2025 check (the online application among them, which became
 * the demo idea "Wohngeld online beantragen, Nachweise hochladen"). No new
 * ideas or measures are written. The checks are found as the Wohngeld
 * DigiChecks of the DigiCheck demo, older and newer; without them nothing is
 * written. Written without undo steps; the search index is rebuilt after fillDemo.
 */
import type { Priority } from '../../api/index.ts';
import type { Core } from '../core.ts';
import type { DemoClock } from './demo-clock.ts';

interface DemoRecommendation {
  title: string;
  description: string;
  dimension: string;
  priority: Priority;
  year: 1 | 2 | 3;
  oneOff?: [number, number];
  yearly?: [number, number];
  staff?: number;
  staffNote?: string;
  /** The existing demo idea or measure it became. */
  idea?: string;
  measure?: string;
}

const FROM_2026: DemoRecommendation[] = [
  {
    title: 'XWohngeld-Schnittstelle in den Echtbetrieb bringen', dimension: 'it', priority: 'high', year: 1, oneOff: [15_000, 25_000], yearly: [3000, 5000], staff: 0.2,
    description: 'Online-Anträge gehen ohne Abtippen in das Fachverfahren. Test mit echten Fällen abschließen, Fehlerprotokolle auswerten, dann produktiv setzen.',
    staffNote: 'Fachliche Begleitung aus der Wohngeldstelle', measure: 'Digitaler Wohngeldantrag',
  },
  {
    title: 'Bescheide digital ins BundID-Postfach zustellen', dimension: 'online', priority: 'high', year: 1, oneOff: [20_000, 35_000], yearly: [2000, 4000],
    description: 'Bescheide und Nachforderungen gehen an Antragstellende mit BundID elektronisch statt per Post. Spart Porto und Wartezeit.',
  },
  {
    title: 'Umstellung des Fachverfahrens begleiten', dimension: 'it', priority: 'high', year: 1, oneOff: [40_000, 60_000], staff: 0.3,
    description: 'Das Fachverfahren wird auf eine neue Version umgestellt. Testfälle, Schulungen und ein Rückfallplan sichern den Betrieb.',
    staffNote: 'Key-User für Tests und Schulungen',
  },
  {
    title: 'Digitallotsin in der Wohngeldstelle benennen', dimension: 'personal', priority: 'medium', year: 1, yearly: [35_000, 40_000], staff: 0.5,
    description: 'Eine Ansprechperson mit Zeit und Mandat für Digitalisierungsvorhaben, Tests und die Einarbeitung der Kolleginnen und Kollegen.',
    staffNote: 'Halbe Stelle, Entgeltgruppe 9b',
  },
  {
    title: 'Statusabruf für Antragstellende', dimension: 'nutzer', priority: 'medium', year: 2, oneOff: [25_000, 40_000], yearly: [4000, 6000],
    description: 'Antragstellende sehen online, wo ihr Antrag steht und welche Nachweise fehlen. Weniger Anrufe zum Bearbeitungsstand.',
  },
  {
    title: 'Weiterbewilligung mit vorausgefüllten Daten', dimension: 'prozesse', priority: 'medium', year: 2, oneOff: [30_000, 50_000], yearly: [2000, 3000],
    description: 'Beim Weiterleistungsantrag sind die bekannten Angaben schon eingetragen; nur Änderungen werden erfasst. Keine Doppelerfassung mehr.',
  },
  {
    title: 'Schulungsreihe digitale Sachbearbeitung', dimension: 'kultur', priority: 'low', year: 2, oneOff: [8000, 12_000],
    description: 'Vier halbtägige Schulungen zu E-Akte, Fachverfahren und Online-Eingang für alle Beschäftigten der Wohngeldstelle.',
  },
  {
    title: 'Bearbeitungszeiten monatlich auswerten', dimension: 'daten', priority: 'medium', year: 3, oneOff: [5000, 8000],
    description: 'Eine monatliche Auswertung aus dem Fachverfahren zeigt Bearbeitungszeiten und Rückstände; Grundlage für die Steuerung.',
  },
  {
    title: 'E-Payment für Rückforderungen', dimension: 'online', priority: 'low', year: 3, oneOff: [10_000, 15_000], yearly: [1000, 2000],
    description: 'Rückforderungen können online bezahlt werden; die Zahlung wird im Fachverfahren automatisch zugeordnet.',
  },
];

const FROM_2025: DemoRecommendation[] = [
  {
    title: 'Online-Antrag mit Nachweis-Upload anbinden', dimension: 'online', priority: 'high', year: 1, oneOff: [60_000, 90_000], yearly: [8000, 12_000],
    description: 'Den EfA-Dienst Wohngeld des Landes nachnutzen: Antrag online, Nachweise als Upload, Eingang direkt in der Wohngeldstelle.',
    idea: 'Wohngeld online beantragen, Nachweise hochladen',
  },
  {
    title: 'E-Akte in der Wohngeldstelle einführen', dimension: 'prozesse', priority: 'high', year: 1, oneOff: [30_000, 45_000], yearly: [5000, 7000], staff: 0.5,
    description: 'Neue Vorgänge nur noch elektronisch führen; Altakten bei der Weiterbewilligung scannen.', staffNote: 'Scan-Kraft für ein Jahr',
  },
  {
    title: 'Zweiter Bildschirm an allen Arbeitsplätzen', dimension: 'it', priority: 'medium', year: 1, oneOff: [2000, 3000],
    description: 'Antrag und Fachverfahren nebeneinander: zwei Arbeitsplätze haben nur einen Bildschirm.',
  },
];

export function fillDemoDigicheckStrategy(core: Core, clock: DemoClock): void {
  const raw = core.raw();
  // The Wohngeld checks of the DigiCheck demo, older first (their titles carry the moved year).
  const checks = raw.prepare("SELECT id, title FROM digicheck_assessments WHERE title LIKE 'DigiCheck Wohngeldstelle %' ORDER BY held_on").all() as { id: string; title: string }[];
  if (checks.length < 2) return;
  const [older, newer] = checks as [{ id: string; title: string }, { id: string; title: string }];
  const ideaIds = new Map((raw.prepare('SELECT id, title FROM ideas').all() as { id: string; title: string }[]).map((i) => [i.title, i.id]));
  const measureIds = new Map((raw.prepare('SELECT id, title FROM measures').all() as { id: string; title: string }[]).map((m) => [m.title, m.id]));
  const insert = raw.prepare(`INSERT INTO digicheck_recommendations (id, assessment_id, dimension_key, title, description, priority, year,
    one_off_min, one_off_max, yearly_min, yearly_max, staff_fte, staff_note, idea_id, measure_id, sort_order, origin, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'local', ?, ?)`);
  raw.transaction(() => {
    for (const [check, list] of [[newer, FROM_2026], [older, FROM_2025]] as const) {
      list.forEach((r, i) => {
        const at = clock.now();
        const ideaId = r.idea ? (ideaIds.get(r.idea) ?? null) : null;
        const measureId = r.measure ? (measureIds.get(r.measure) ?? null) : null;
        insert.run(clock.newId(), check.id, r.dimension, r.title, r.description, r.priority, r.year, r.oneOff?.[0] ?? null, r.oneOff?.[1] ?? null,
          r.yearly?.[0] ?? null, r.yearly?.[1] ?? null, r.staff ?? null, r.staffNote ?? null, ideaId, measureId, i, at, at);
      });
    }
  })();
}
