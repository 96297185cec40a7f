/**
 * DigiCheck of the Musterstadt demo: the Wohngeldstelle assessed twice, a
 * year apart (2025 and 2026, showing the progress of the digital Wohngeld
 * application), and one first check of "IT und Digitalisierung". Units are
 * found by name in the ecosystem demo (filled before this). Written without
 * undo steps; the search index is rebuilt after fillDemo.
 */
import type { Core } from '../core.ts';
import type { DemoClock } from './demo-clock.ts';
import { ensureCatalogue, latestCatalogueId } from '../digicheck/catalogue.ts';
import { DEFAULT_DIMENSIONS } from '../digicheck/default-catalogue.ts';

/** Ist and Soll per question of a dimension, in catalogue order; null = not discussed. */
type Scores = Record<string, [number | null, number | null][]>;

interface DemoCheck {
  unit: string;
  /** As of the demo's base day (2026-01-15); the title takes the year of the moved date. */
  heldOn: string;
  title: (year: string) => string;
  participants: string;
  startingPosition: string;
  needForChange: string;
  itChallenges: string;
  scores: Scores;
  justifications: Record<string, string>;
}

const WOHNGELD_2025: DemoCheck = {
  unit: 'Wohngeldstelle',
  heldOn: '2025-01-28',
  title: (y) => `DigiCheck Wohngeldstelle ${y}`,
  participants: 'Nadine Schäfer (Leitung Wohngeldstelle), drei Sachbearbeiterinnen und ein Sachbearbeiter, Henrik Sommer (IT und Digitalisierung), Moderation: Stabsstelle Digitalisierung',
  startingPosition: 'Rund 1.800 Wohngeldanträge im Jahr, fast alle auf Papier oder als eingescannte E-Mail. Das Fachverfahren des kommunalen Rechenzentrums ist eingeführt, die Akten werden aber weiterhin in Papier geführt. Die Bearbeitungszeit liegt bei durchschnittlich elf Wochen.',
  needForChange: 'Die Rückstände wachsen seit der Wohngeld-Plus-Reform. Nachfragen zum Bearbeitungsstand binden viel Telefonzeit. Nachweise werden mehrfach angefordert, weil Unterlagen fehlen oder unleserlich sind.',
  itChallenges: 'Keine Schnittstelle zwischen dem Online-Antrag des Landes und dem Fachverfahren: Daten werden abgetippt. Die E-Akte ist im Fachbereich noch nicht eingeführt. Zwei Arbeitsplätze haben nur einen Bildschirm.',
  scores: {
    strategie: [[1, 3], [1, 4], [0, 3], [1, 3]],
    prozesse: [[1, 3], [0, 3], [0, 4], [1, 3]],
    daten: [[2, 3], [1, 3], [1, 3], [0, 1]],
    it: [[2, 3], [0, 3], [1, 3], [2, 3]],
    personal: [[2, 3], [1, 3], [1, 3]],
    kultur: [[2, 3], [2, 4], [1, 3]],
    nutzer: [[0, 2], [1, 3], [1, 3], [1, 3]],
    sicherheit: [[2, 3], [2, 3], [1, 3], [1, 3]],
    online: [[1, 4], [0, 3], [0, 3], [1, 3]],
  },
  justifications: {
    'prozesse-eakte': 'Akten ausschließlich in Papier; Scannen nur für den Versand an das Rechenzentrum.',
    'it-schnittstellen': 'Online-Anträge kommen als PDF per E-Mail und werden abgetippt.',
    'online-angebot': 'Antrag online über das Landesportal, aber ohne Nachweis-Upload.',
    'strategie-priorisierung': 'Vorhaben werden nach Zuruf angegangen.',
  },
};

const WOHNGELD_2026: DemoCheck = {
  unit: 'Wohngeldstelle',
  heldOn: '2026-01-13',
  title: (y) => `DigiCheck Wohngeldstelle ${y}`,
  participants: 'Nadine Schäfer (Leitung Wohngeldstelle), vier Sachbearbeitende, Henrik Sommer (IT und Digitalisierung), Datenschutzbeauftragte, Moderation: Stabsstelle Digitalisierung',
  startingPosition: 'Der digitale Wohngeldantrag (EfA-Dienst) ist seit dem Frühjahr angebunden: 38 Prozent der Anträge kommen online mit Nachweisen. Die E-Akte ist seit September im Echtbetrieb. Die Bearbeitungszeit ist auf durchschnittlich sieben Wochen gesunken.',
  needForChange: 'Der Bescheid geht noch per Post hinaus, Rückfragen laufen über Telefon. Die Beschäftigten wünschen sich einen Statusabruf für Antragstellende und weniger Doppelerfassung bei Weiterbewilligungen.',
  itChallenges: 'Die Schnittstelle vom Online-Antrag in das Fachverfahren (XWohngeld) ist im Test; die Anbindung an BundID-Postfach und E-Payment fehlt. Das Fachverfahren wird 2027 auf eine neue Version umgestellt.',
  scores: {
    strategie: [[2, 3], [3, 4], [2, 3], [2, 3]],
    prozesse: [[2, 3], [2, 3], [3, 4], [2, 3]],
    daten: [[2, 3], [2, 3], [2, 3], [0, 1]],
    it: [[2, 3], [2, 4], [3, 3], [2, 3]],
    personal: [[3, 3], [2, 3], [1, 3]],
    kultur: [[3, 3], [3, 4], [2, 3]],
    nutzer: [[1, 3], [2, 3], [2, 3], [2, 3]],
    sicherheit: [[3, 3], [3, 3], [2, 3], [2, 3]],
    online: [[3, 4], [2, 3], [1, 3], [3, 3]],
  },
  justifications: {
    'prozesse-eakte': 'E-Akte seit September im Echtbetrieb; Altakten werden bei Weiterbewilligung digitalisiert.',
    'it-schnittstellen': 'XWohngeld-Schnittstelle im Test, Produktivsetzung geplant.',
    'online-angebot': 'EfA-Dienst Wohngeld angebunden, Nachweise werden hochgeladen.',
    'online-konto': 'BundID-Anmeldung möglich, Bescheid noch per Post.',
    'personal-kapazitaet': 'Zwei Stellen unbesetzt; Zeit für Tests fehlt.',
  },
};

const IT_2025: DemoCheck = {
  unit: 'IT und Digitalisierung',
  heldOn: '2025-11-20',
  title: (y) => `DigiCheck IT und Digitalisierung ${y}`,
  participants: 'Henrik Sommer (Leitung), Teamleitungen Arbeitsplatz und Netz, Informationssicherheitsbeauftragter',
  startingPosition: 'Die Abteilung betreut 640 Arbeitsplätze und rund 90 Fachverfahren, viele davon beim kommunalen Rechenzentrum. Die Arbeitsplätze sind weitgehend erneuert.',
  needForChange: 'Zu viele Anfragen laufen über Telefon und E-Mail statt über ein Ticketsystem. Die Fachämter wünschen sich mehr Beratung bei der Auswahl von Fachverfahren.',
  itChallenges: 'Veraltete Schnittstellen zwischen Finanzwesen und Fachverfahren, fehlende Notfallübungen, Fachkräftemangel in der Administration.',
  scores: {
    strategie: [[2, 4], [3, 3], [2, 3], [2, 3]],
    prozesse: [[2, 3], [2, 3], [2, 3], [1, 3]],
    daten: [[2, 3], [1, 3], [2, 3], [1, 2]],
    it: [[3, 3], [1, 3], [3, 4], [2, 3]],
    personal: [[3, 4], [2, 3], [1, 3]],
    kultur: [[3, 3], [2, 3], [3, 4]],
    nutzer: [[null, null], [2, 3], [2, 3], [null, null]],
    sicherheit: [[3, 4], [2, 3], [2, 4], [1, 3]],
    online: [[null, null], [null, null], [2, 3], [2, 3]],
  },
  justifications: {
    'sicherheit-notfall': 'Notfallhandbuch vorhanden, aber nie geübt.',
  },
};

export const DEMO_DIGICHECKS = [WOHNGELD_2025, WOHNGELD_2026, IT_2025];

export function fillDemoDigicheck(core: Core, clock: DemoClock): void {
  const raw = core.raw();
  ensureCatalogue(core, clock);
  const catalogueId = latestCatalogueId(core);
  const questionIds = new Map(
    (raw.prepare(`SELECT q.key, q.id FROM digicheck_questions q JOIN digicheck_dimensions d ON d.id = q.dimension_id WHERE d.catalogue_id = ?`)
      .all(catalogueId) as { key: string; id: string }[]).map((r) => [r.key, r.id]),
  );
  const insertAssessment = raw.prepare(`INSERT INTO digicheck_assessments (id, catalogue_id, org_unit_id, unit_name, title, held_on, participants,
    starting_position, need_for_change, it_challenges, origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'local', ?, ?)`);
  const insertAnswer = raw.prepare(`INSERT INTO digicheck_answers (id, assessment_id, question_id, ist, soll, justification, origin, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, 'local', ?, ?)`);
  for (const check of DEMO_DIGICHECKS) {
    const unit = raw.prepare('SELECT id FROM org_units WHERE name = ?').get(check.unit) as { id: string } | undefined;
    // Without the ecosystem demo's unit there is nothing to assess.
    if (!unit) continue;
    const at = clock.now();
    const heldOn = clock.date(check.heldOn);
    const id = clock.newId();
    insertAssessment.run(id, catalogueId, unit.id, check.unit, check.title(heldOn.slice(0, 4)), heldOn, check.participants,
      check.startingPosition, check.needForChange, check.itChallenges, at, at);
    for (const dimension of DEFAULT_DIMENSIONS) {
      dimension.questions.forEach((q, i) => {
        const [ist, soll] = check.scores[dimension.key]?.[i] ?? [null, null];
        const questionId = questionIds.get(q.key);
        if (!questionId || (ist === null && soll === null)) return;
        insertAnswer.run(clock.newId(), id, questionId, ist, soll, check.justifications[q.key] ?? null, at, at);
      });
    }
  }
}
