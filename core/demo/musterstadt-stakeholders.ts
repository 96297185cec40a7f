/**
 * The stakeholder register of the Musterstadt demo: 25 people, groups and
 * organisations around the CDO's programme, spread over all four quadrants
 * of the power/interest grid, with engagement gaps, relations and links to
 * demo measures and to goals of the demo agenda (filled before this). Invented but typical of a German Mittelstadt. Written
 * without undo steps (the demo is the starting point, not an edit).
 */
import type { Attitude, Engagement, RelationKind, StakeholderKind, StakeholderScope } from '../../api/index.ts';
import type { Core } from '../core.ts';
import type { DemoClock } from './demo-clock.ts';

interface DemoStakeholder {
  name: string;
  kind: StakeholderKind;
  scope: StakeholderScope;
  category: string;
  organisation: string | null;
  /** Influence and interest, 1–5. */
  scores: [number, number];
  attitude: Attitude;
  engagement: [Engagement, Engagement];
  /** Salience: power, legitimacy, urgency. */
  salience: [boolean, boolean, boolean];
  strategy: string;
  nextContact: string | null;
  notes: string | null;
  measures: string[];
}

const S = (
  name: string, kind: StakeholderKind, scope: StakeholderScope, category: string, organisation: string | null, scores: [number, number],
  attitude: Attitude, engagement: [Engagement, Engagement], salience: [boolean, boolean, boolean], strategy: string,
  nextContact: string | null, notes: string | null, measures: string[] = [],
): DemoStakeholder => ({ name, kind, scope, category, organisation, scores, attitude, engagement, salience, strategy, nextContact, notes, measures });

const STADT = 'Stadtverwaltung Musterstadt';

export const DEMO_STAKEHOLDERS: DemoStakeholder[] = [
  S('Bürgermeisterin Berger', 'person', 'internal', 'Verwaltungsspitze', STADT, [5, 5], 'champion', ['leading', 'leading'], [true, true, false],
    'Monatlicher Jour fixe; Erfolge sichtbar machen, Entscheidungen früh vorbereiten.', '2026-01-22', 'Trägt die Digitalstrategie politisch, erwartet sichtbare Ergebnisse vor der Kommunalwahl.', ['Bürgerportal mit Servicekonto']),
  S('Kämmerer Hoffmann', 'person', 'internal', 'Verwaltungsspitze', STADT, [5, 3], 'critic', ['neutral', 'supportive'], [true, true, true],
    'Wirtschaftlichkeit je Maßnahme belegen; Förderquoten und Folgekosten offenlegen.', '2026-01-28', 'Haushaltssicherung: jede neue Stelle und jede Lizenz wird hinterfragt.', ['E-Akte in der Kernverwaltung', 'Rechnungseingang digital (XRechnung)']),
  S('Personalrat', 'group', 'internal', 'Beschäftigte', STADT, [4, 5], 'critic', ['resistant', 'supportive'], [true, true, true],
    'Früh in Dienstvereinbarungen einbinden, Schulungen gemeinsam planen, keine Leistungskontrolle durch Software.', '2026-02-03', 'Sorge um Arbeitsverdichtung und Leistungskontrolle durch die E-Akte.', ['E-Akte in der Kernverwaltung', 'Mobiles Arbeiten: Notebooks und VPN']),
  S('Ratsfraktion CDU', 'group', 'external', 'Politik', 'Rat der Stadt Musterstadt', [4, 3], 'supporter', ['neutral', 'supportive'], [true, true, false],
    'Fraktionsgespräch vor jeder Haushaltsberatung; Nutzen für Wirtschaft betonen.', '2026-02-10', null, ['Digitale Gewerbeflächenbörse']),
  S('Ratsfraktion SPD', 'group', 'external', 'Politik', 'Rat der Stadt Musterstadt', [4, 3], 'supporter', ['neutral', 'supportive'], [true, true, false],
    'Teilhabe und Beschäftigte in den Mittelpunkt stellen; Personalrat mit ins Boot holen.', '2026-02-10', null, ['Beteiligungsplattform für Bürgerhaushalt']),
  S('Ratsfraktion Grüne', 'group', 'external', 'Politik', 'Rat der Stadt Musterstadt', [4, 4], 'champion', ['supportive', 'supportive'], [true, true, false],
    'Klimaschutz-Maßnahmen gemeinsam vorstellen; als Fürsprecher im Ausschuss gewinnen.', '2026-02-10', null, ['Energiemonitoring kommunaler Gebäude', 'Kommunale Wärmeplanung digital']),
  S('Ratsfraktion FDP', 'group', 'external', 'Politik', 'Rat der Stadt Musterstadt', [3, 2], 'neutral', ['unaware', 'neutral'], [false, true, false],
    'Kurzinformation zu Kosten und Bürokratieabbau; zum Digitalausschuss einladen.', null, null),
  S('Ausschuss für Digitalisierung', 'group', 'external', 'Politik', 'Rat der Stadt Musterstadt', [4, 5], 'supporter', ['supportive', 'leading'], [true, true, true],
    'Quartalsbericht zum Portfolio; Entscheidungsvorlagen früh abstimmen.', '2026-03-05', 'Tagt vierteljährlich; nächste Sitzung mit Bericht zur Digitalen Agenda.'),
  S('Fachbereich Bürgerservice', 'group', 'internal', 'Fachbereiche', STADT, [3, 5], 'champion', ['supportive', 'leading'], [false, true, true],
    'Als Pilot für Online-Dienste gewinnen; Erfolge in der Verwaltung bekannt machen.', '2026-01-20', 'Hohe Wartezeiten im Bürgerbüro – großer Leidensdruck, große Offenheit.', ['Online-Terminvergabe im Bürgerbüro', 'Digitaler Wohngeldantrag']),
  S('Fachbereich Bauen und Planen', 'group', 'internal', 'Fachbereiche', STADT, [3, 3], 'neutral', ['neutral', 'supportive'], [false, true, false],
    'Nutzen des digitalen Bauantrags mit Zahlen zeigen; Schulung vor Einführung.', '2026-02-17', null, ['Digitaler Bauantrag', '3D-Stadtmodell']),
  S('Fachbereich Jugend, Schule', 'group', 'internal', 'Fachbereiche', STADT, [3, 4], 'supporter', ['neutral', 'supportive'], [false, true, false],
    'Gemeinsame Projektgruppe Schulverwaltung; Datenschutzfragen früh klären.', null, null, ['Digitale Schulverwaltung und Lernplattform', 'Kita-Platzvergabe online']),
  S('Amt für IT und Digitalisierung', 'group', 'internal', 'Fachbereiche', STADT, [3, 5], 'champion', ['leading', 'leading'], [false, true, true],
    'Kapazität realistisch planen; Betrieb und Projekte trennen.', null, 'Engpass bei Fachpersonal; zwei Stellen unbesetzt.'),
  S('Datenschutzbeauftragte', 'person', 'internal', 'Recht und Aufsicht', STADT, [3, 3], 'neutral', ['neutral', 'supportive'], [false, true, true],
    'Bei jedem neuen Verfahren von Beginn an beteiligen; Vorlagen für Verzeichnis der Verarbeitungstätigkeiten.', '2026-01-30', null, ['Urbane Datenplattform']),
  S('Kommunales Rechenzentrum', 'organisation', 'external', 'IT-Dienstleister', null, [4, 3], 'neutral', ['neutral', 'supportive'], [true, true, false],
    'Leistungsvereinbarung nachschärfen; Fahrplan für Servicekonto und E-Akte gemeinsam festlegen.', '2026-02-24', 'Lieferfristen verzögern das Bürgerportal.', ['Bürgerportal mit Servicekonto', 'E-Akte in der Kernverwaltung']),
  S('Stadtwerke Musterstadt', 'organisation', 'external', 'Kommunale Unternehmen', null, [3, 4], 'supporter', ['supportive', 'leading'], [false, true, false],
    'Partner für Datenplattform und Sensorik; gemeinsamen Lenkungskreis einrichten.', '2026-02-12', null, ['Urbane Datenplattform', 'Smarte Straßenbeleuchtung']),
  S('Handwerkskammer', 'organisation', 'external', 'Wirtschaft', null, [2, 3], 'neutral', ['unaware', 'neutral'], [false, true, false],
    'Über Gewerbeanmeldung online und E-Vergabe informieren; Veranstaltung für Betriebe.', null, null, ['Gewerbeanmeldung online', 'E-Vergabe für alle Ausschreibungen']),
  S('Industrie- und Handelskammer', 'organisation', 'external', 'Wirtschaft', null, [3, 3], 'supporter', ['neutral', 'supportive'], [false, true, false],
    'Glasfaser und Gewerbeflächen als gemeinsames Thema; Unternehmerfrühstück.', '2026-03-12', null, ['Glasfaserausbau Gewerbegebiet Nord']),
  S('Werbegemeinschaft City', 'group', 'external', 'Wirtschaft', null, [2, 4], 'blocker', ['resistant', 'neutral'], [false, false, true],
    'Sorgen zu Parkraum und Baustellen ernst nehmen; Ergebnisse des Sensorik-Piloten teilen.', '2026-02-05', 'Befürchtet weniger Kundschaft durch Parkraumbewirtschaftung.', ['Parkraummanagement mit Sensorik']),
  S('Seniorenbeirat', 'group', 'external', 'Zivilgesellschaft', null, [2, 4], 'critic', ['neutral', 'supportive'], [false, true, false],
    'Analoge Zugänge zusichern; Digitallotsen in den Stadtteilen anbieten.', '2026-02-19', 'Angst, dass das Bürgerbüro schließt.', ['Bürgerportal mit Servicekonto']),
  S('Jugendforum', 'group', 'external', 'Zivilgesellschaft', null, [1, 4], 'champion', ['supportive', 'leading'], [false, false, false],
    'Beteiligungsplattform gemeinsam testen; Ideen öffentlich würdigen.', null, null, ['Jugendbeteiligung online (Jugendforum)']),
  S('Stadtsportverband', 'organisation', 'external', 'Vereine', null, [2, 2], 'neutral', ['unaware', 'neutral'], [false, false, false],
    'Newsletter zur Ehrenamtsplattform; Hallenbuchung online ankündigen.', null, null, ['Ehrenamtsplattform']),
  S('Förderverein Stadtbibliothek', 'organisation', 'external', 'Vereine', null, [1, 3], 'supporter', ['supportive', 'supportive'], [false, false, false],
    'Zum Makerspace einladen; Ehrenamtliche als Digitallotsen gewinnen.', null, null, ['Bibliothek: Onleihe und Makerspace']),
  S('Musterstädter Anzeiger', 'organisation', 'external', 'Medien', null, [3, 2], 'neutral', ['neutral', 'supportive'], [true, false, false],
    'Pressegespräch zu jedem Meilenstein; Ansprechpartner für Rückfragen benennen.', '2026-01-26', 'Berichtet kritisch über Wartezeiten im Bürgerbüro.'),
  S('Digitalministerium des Landes', 'organisation', 'external', 'Land und Bund', null, [4, 2], 'supporter', ['neutral', 'neutral'], [true, true, false],
    'Förderaufrufe beobachten; Musterstadt als Modellkommune ins Gespräch bringen.', null, null, ['Digitaler Wohngeldantrag']),
  S('Kreisverwaltung', 'organisation', 'external', 'Land und Bund', null, [2, 2], 'neutral', ['unaware', 'neutral'], [false, true, false],
    'Interkommunale Zusammenarbeit bei E-Akte und Schulen ausloten.', null, null),
];

/** Stakeholders and the goals of the demo's digital agenda they matter for (by title). */
export const DEMO_GOAL_LINKS: [string, string[]][] = [
  ['Bürgermeisterin Berger', ['Verwaltungsleistungen einfach online', 'Leistungsfähige digitale Infrastruktur']],
  ['Personalrat', ['Moderne, papierarme Verwaltung', 'Elektronische Akte in allen Fachbereichen']],
  ['Kämmerer Hoffmann', ['Rechnungen und Freigaben digital']],
  ['Ausschuss für Digitalisierung', ['Verwaltungsleistungen einfach online', 'Daten als Grundlage für Entscheidungen']],
  ['Industrie- und Handelskammer', ['Gigabit für alle Gewerbegebiete']],
  ['Stadtwerke Musterstadt', ['Energie- und Klimadaten nutzen']],
  ['Seniorenbeirat', ['Ein Zugang für alle Leistungen']],
];

const DEMO_RELATIONS: [string, RelationKind, string][] = [
  ['Bürgermeisterin Berger', 'influences', 'Ratsfraktion CDU'],
  ['Bürgermeisterin Berger', 'cooperates', 'Amt für IT und Digitalisierung'],
  ['Kämmerer Hoffmann', 'conflicts', 'Amt für IT und Digitalisierung'],
  ['Personalrat', 'influences', 'Ratsfraktion SPD'],
  ['Digitalministerium des Landes', 'funds', 'Amt für IT und Digitalisierung'],
  ['Stadtwerke Musterstadt', 'cooperates', 'Amt für IT und Digitalisierung'],
  ['Werbegemeinschaft City', 'conflicts', 'Stadtwerke Musterstadt'],
  ['Musterstädter Anzeiger', 'influences', 'Seniorenbeirat'],
  ['Kommunales Rechenzentrum', 'cooperates', 'Amt für IT und Digitalisierung'],
];

export function fillDemoStakeholders(core: Core, clock: DemoClock): void {
  const raw = core.raw();
  const measures = new Map((raw.prepare('SELECT id, title FROM measures').all() as { id: string; title: string }[]).map((m) => [m.title, m.id]));
  const insert = raw.prepare(`INSERT INTO stakeholders (id, name, kind, scope, category, organisation, influence, interest, attitude, engagement_now,
    engagement_wanted, power, legitimacy, urgency, strategy, next_contact, notes, origin, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'local', ?, ?)`);
  const link = raw.prepare("INSERT INTO stakeholder_measures (id, stakeholder_id, measure_id, origin, created_at, updated_at) VALUES (?, ?, ?, 'local', ?, ?)");
  const goals = new Map((raw.prepare('SELECT id, title FROM agenda_goals').all() as { id: string; title: string }[]).map((g) => [g.title, g.id]));
  const linkGoal = raw.prepare("INSERT INTO stakeholder_goals (id, stakeholder_id, goal_id, origin, created_at, updated_at) VALUES (?, ?, ?, 'local', ?, ?)");
  const relate = raw.prepare("INSERT INTO stakeholder_relations (id, from_id, to_id, kind, origin, created_at, updated_at) VALUES (?, ?, ?, ?, 'local', ?, ?)");
  const ids = new Map<string, string>();
  raw.transaction(() => {
    for (const s of DEMO_STAKEHOLDERS) {
      const id = clock.newId();
      const at = clock.now();
      ids.set(s.name, id);
      insert.run(id, s.name, s.kind, s.scope, s.category, s.organisation, s.scores[0], s.scores[1], s.attitude, s.engagement[0], s.engagement[1],
        s.salience[0] ? 1 : 0, s.salience[1] ? 1 : 0, s.salience[2] ? 1 : 0, s.strategy, clock.date(s.nextContact), s.notes, at, at);
      for (const title of s.measures) {
        const measureId = measures.get(title);
        if (measureId) link.run(clock.newId(), id, measureId, at, at);
      }
    }
    for (const [name, titles] of DEMO_GOAL_LINKS) {
      const at = clock.now();
      for (const title of titles) {
        const goalId = goals.get(title);
        if (goalId) linkGoal.run(clock.newId(), ids.get(name), goalId, at, at);
      }
    }
    for (const [from, kind, to] of DEMO_RELATIONS) {
      const at = clock.now();
      relate.run(clock.newId(), ids.get(from), ids.get(to), kind, at, at);
    }
  })();
}
