/**
 * Demo scores for Musterstadt on the default scoring model, with short
 * justifications, and the must criteria of a few measures. Fresh ideas stay
 * unscored, as they would in a real portfolio.
 */
import type { Core } from '../core.ts';
import type { DemoClock } from './demo-clock.ts';
import { DEFAULT_CRITERIA } from '../scoring/model.ts';

/** Scores in the order of DEFAULT_CRITERIA: Strategie, Bürger, Beschäftigte, Dringlichkeit, Aufwand, Risiko (0–5). */
type Scores = [number, number, number, number, number, number];

interface DemoScore {
  scores: Scores;
  /** Justifications that say more than the general one for the level (by criterion index). */
  notes?: Partial<Record<0 | 1 | 2 | 3 | 4 | 5, string>>;
}

/** What a level means per criterion, used where a measure has no note of its own. */
const LEVEL_TEXT: string[][] = [
  ['Kein Bezug zur Digitalstrategie.', 'Nur am Rand der Digitalstrategie.', 'Teilweise strategisch begründet.', 'Passt zu einem Handlungsfeld der Strategie.', 'Wichtiger Baustein der Digitalstrategie.', 'Kernvorhaben der Digitalstrategie.'],
  ['Kein spürbarer Nutzen für Bürgerinnen und Bürger.', 'Geringer Nutzen für wenige Menschen.', 'Nutzen für eine kleinere Zielgruppe.', 'Spürbarer Nutzen für viele.', 'Großer Nutzen: weniger Wege und Wartezeit.', 'Sehr großer Nutzen für sehr viele Menschen.'],
  ['Keine Entlastung der Beschäftigten.', 'Kaum Entlastung in der Verwaltung.', 'Etwas weniger Papier und Nacharbeit.', 'Spürbare Entlastung in einem Fachbereich.', 'Deutlich weniger Medienbrüche in mehreren Bereichen.', 'Entlastet die ganze Verwaltung.'],
  ['Kein Handlungsdruck.', 'Kann warten.', 'Sollte in den nächsten Jahren kommen.', 'Sollte bald kommen.', 'Hoher Handlungsdruck.', 'Sehr dringend: Abwarten hätte klare Folgen.'],
  ['Kaum Aufwand.', 'Geringer Aufwand.', 'Überschaubarer Aufwand.', 'Mittlerer Aufwand an Geld und Personal.', 'Hoher Aufwand über mehrere Jahre.', 'Sehr hoher Aufwand.'],
  ['Kaum Risiko.', 'Geringes Risiko: erprobte Lösung.', 'Überschaubares Risiko.', 'Mittleres Risiko.', 'Hohes Risiko.', 'Sehr hohes Risiko.'],
];

const DEMO_SCORES: Record<string, DemoScore> = {
  'Digitaler Wohngeldantrag': { scores: [5, 5, 4, 5, 2, 1], notes: { 1: 'Rund 1.900 Haushalte beantragen jährlich Wohngeld; Nachweise künftig per Upload.', 3: 'Antragszahlen seit der Wohngeldreform fast verdoppelt, Bearbeitungsrückstau.', 4: 'EfA-Dienst des Landes wird nachgenutzt; Anbindung an das Fachverfahren.' } },
  'Bürgerportal mit Servicekonto': { scores: [5, 4, 3, 2, 2, 1], notes: { 0: 'Zugang zu allen Online-Leistungen; Grundlage der Strategie.' } },
  'Online-Terminvergabe im Bürgerbüro': { scores: [3, 4, 3, 1, 1, 0] },
  'E-Akte in der Kernverwaltung': { scores: [5, 2, 5, 5, 4, 1], notes: { 0: 'Leitprojekt der Digitalstrategie 2030.', 2: 'Papierakten und Pendelpost entfallen in allen Fachbereichen.', 3: 'Aktenräume voll; Archivpflichten und Homeoffice brauchen digitale Akten.', 4: 'Einführung über vier Jahre in 14 Fachbereichen.', 5: 'DMS des Landesrahmenvertrags, in Nachbarkommunen bewährt.' } },
  'Mobiles Arbeiten: Notebooks und VPN': { scores: [3, 1, 5, 2, 3, 1] },
  'Glasfaserausbau Gewerbegebiet Nord': { scores: [4, 2, 1, 4, 5, 3], notes: { 4: '2,4 Mio. Euro; Tiefbau über zwei Jahre.', 5: 'Förderbescheid und Baukosten noch unsicher.' } },
  'Öffentliches WLAN in der Innenstadt': { scores: [2, 3, 0, 1, 1, 1] },
  'Open-Data-Portal': { scores: [4, 2, 2, 2, 2, 1], notes: { 0: 'Transparenz ist Ziel der Strategie; Grundlage für weitere Datenprojekte.' } },
  'Digitale Schulverwaltung und Lernplattform': { scores: [4, 4, 3, 4, 4, 3], notes: { 3: 'DigitalPakt-Mittel müssen bis 2026 abgerufen werden.' } },
  'Kita-Platzvergabe online': { scores: [4, 5, 4, 4, 3, 2], notes: { 1: 'Eltern melden sich heute bei jeder Kita einzeln an; eine Stelle für alle.', 2: 'Doppelanmeldungen und Listenabgleich entfallen.' } },
  'Parkraummanagement mit Sensorik': { scores: [2, 3, 1, 1, 3, 3] },
  'Digitale Fahrgastinformation im Busverkehr': { scores: [3, 4, 1, 2, 3, 2] },
  'Energiemonitoring kommunaler Gebäude': { scores: [4, 1, 3, 4, 2, 1], notes: { 3: 'Energiekosten der Liegenschaften seit 2022 um 40 % gestiegen.' } },
  'Kommunale Wärmeplanung digital': { scores: [4, 3, 2, 5, 3, 2], notes: { 3: 'Wärmeplan ist bis 30.06.2028 gesetzlich vorzulegen.' } },
  'Mängelmelder für Bürgerinnen und Bürger': { scores: [3, 4, 2, 1, 1, 0] },
  'Gewerbeanmeldung online': { scores: [4, 3, 4, 3, 1, 2] },
  'Bibliothek: Onleihe und Makerspace': { scores: [2, 3, 1, 1, 1, 1] },
  'Informationssicherheitsmanagement (ISMS)': { scores: [5, 2, 4, 5, 3, 2], notes: { 0: 'Ohne Informationssicherheit ist keine weitere Digitalisierung verantwortbar.', 3: 'Angriffe auf Kommunalverwaltungen nehmen zu; Versicherer verlangen ein ISMS.' } },
  'Beteiligungsplattform für Bürgerhaushalt': { scores: [3, 4, 1, 2, 2, 2] },
  'Digitaler Bauantrag': { scores: [4, 4, 5, 4, 3, 2], notes: { 2: 'Kein Scannen und Versenden von Plänen mehr; Fachstellen arbeiten parallel.' } },
  '3D-Stadtmodell': { scores: [1, 1, 2, 0, 4, 3], notes: { 0: 'Nach der Pilotphase kein Bedarf über das Landesmodell hinaus.' } },
};

/** Must criteria of the demo: a legal duty with deadline, a business-critical measure, a council mandate. */
const DEMO_MUST: Record<string, { legal?: string; critical?: boolean; political?: boolean }> = {
  'Kommunale Wärmeplanung digital': { legal: '2028-06-30' },
  'Informationssicherheitsmanagement (ISMS)': { critical: true },
  'Beteiligungsplattform für Bürgerhaushalt': { political: true },
};

/** Plausible scores for measures this file does not know (added by other demo parts), from phase and chance. */
function guessScores(phase: string, random: () => number): Scores {
  const pick = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const started = phase === 'implementation' || phase === 'operation' || phase === 'completed';
  return [pick(started ? 3 : 2, 5), pick(1, 5), pick(1, 5), pick(1, 4), pick(1, 4), pick(0, 3)];
}

/** Writes the demo scores into the workspace being built (no undo steps; needs the default criteria). */
export function fillDemoScores(core: Core, clock: DemoClock): void {
  const raw = core.raw();
  const criteria = new Map((raw.prepare('SELECT id, name FROM scoring_criteria').all() as { id: string; name: string }[]).map((c) => [c.name, c.id]));
  const criterionIds = DEFAULT_CRITERIA.map((c) => criteria.get(c.name));
  if (criterionIds.some((id) => id === undefined)) return;
  const measures = raw.prepare('SELECT id, title, phase FROM measures ORDER BY created_at, id').all() as { id: string; title: string; phase: string }[];
  const insert = raw.prepare(
    'INSERT INTO measure_scores (id, measure_id, criterion_id, score, justification, origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const must = raw.prepare('UPDATE measures SET must_legal = ?, must_legal_deadline = ?, must_critical = ?, must_political = ? WHERE id = ?');
  raw.transaction(() => {
    for (const m of measures) {
      const flags = DEMO_MUST[m.title];
      if (flags) must.run(flags.legal ? 1 : 0, flags.legal ?? null, flags.critical ? 1 : 0, flags.political ? 1 : 0, m.id);
      const known = DEMO_SCORES[m.title];
      // Fresh ideas are not assessed yet: they stay "nicht bewertet".
      if (!known && m.phase === 'idea') continue;
      const { scores, notes } = known ?? { scores: guessScores(m.phase, clock.random), notes: undefined };
      const at = clock.now();
      scores.forEach((s, i) => {
        const note = notes?.[i as 0 | 1 | 2 | 3 | 4 | 5] ?? LEVEL_TEXT[i]![s]!;
        insert.run(clock.newId(), m.id, criterionIds[i]!, s, note, 'local', at, at);
      });
    }
  })();
}
