/**
 * The fact sheets (Steckbriefe) of the Musterstadt demo measures: goals,
 * impact, leads, milestones (some reached, some overdue), dependencies and
 * linked OZG services. Realistic, not real. Written without undo steps.
 */
import type { DemoClock } from './demo-clock.ts';
import type { Core } from '../core.ts';

interface DemoSheet {
  goals: string;
  impact: string;
  projectLead: string;
  participants?: string;
  risks?: string;
  efaProvider?: string;
  ikzPartners?: string;
  progress: number;
  tags: string[];
  must?: { legal?: string; critical?: boolean; political?: boolean };
  /** [title, planned, actual (reached) or null] */
  milestones?: [string, string, string | null][];
  ozg?: string[];
  dependsOn?: string[];
}

const SHEETS: Record<string, DemoSheet> = {
  'Digitaler Wohngeldantrag': {
    goals: 'Wohngeld (Erst- und Weiterleistungsantrag) vollständig online beantragen, Nachweise hochladen und den Bearbeitungsstand einsehen.',
    impact: 'Weniger Rückfragen wegen fehlender Nachweise, Bearbeitungszeit von 9 auf 5 Wochen, weniger Vorsprachen in der Wohngeldstelle.',
    projectLead: 'Petra Schneider', participants: 'Wohngeldstelle, IT-Abteilung, Datenschutzbeauftragte, Fachverfahrenshersteller',
    risks: 'Schnittstelle zum Fachverfahren verzögert sich; Personalwechsel in der Wohngeldstelle.',
    efaProvider: 'Land Nordrhein-Westfalen (EfA-Dienst Wohngeld)', progress: 60, tags: ['OZG', 'EfA', 'Soziales'],
    must: { legal: '2026-12-31' },
    milestones: [
      ['Anbindung EfA-Dienst beauftragt', '2025-04-30', '2025-05-12'],
      ['Test mit der Wohngeldstelle', '2025-11-30', '2025-12-05'],
      ['Schnittstelle zum Fachverfahren', '2026-02-28', null],
      ['Go-live für alle Antragsarten', '2026-06-30', null],
    ],
    ozg: ['10092'], dependsOn: ['Bürgerportal mit Servicekonto'],
  },
  'Bürgerportal mit Servicekonto': {
    goals: 'Ein Zugang für alle Online-Dienste der Stadt, mit BundID und Servicekonto des Landes.',
    impact: 'Bürgerinnen und Bürger melden sich einmal an; Online-Dienste werden über das Portal gefunden.',
    projectLead: 'Jonas Weber', participants: 'Stabsstelle Digitalisierung, Bürgerbüro, Pressestelle',
    ikzPartners: 'Kommunales Rechenzentrum Minden-Ravensberg/Lippe', progress: 100, tags: ['Portal', 'BundID', 'OZG'],
    milestones: [
      ['Portal in Betrieb', '2024-06-30', '2024-07-15'],
      ['Anbindung BundID', '2024-12-31', '2024-12-10'],
    ],
    ozg: ['10124'],
  },
  'Online-Terminvergabe im Bürgerbüro': {
    goals: 'Termine für Pass-, Ausweis- und Meldeangelegenheiten rund um die Uhr online buchen.',
    impact: 'Kürzere Wartezeiten im Bürgerbüro, gleichmäßig ausgelastete Schalter.',
    projectLead: 'Sabine Krüger', progress: 100, tags: ['Bürgerservice'],
    ozg: ['10119', '10177'],
  },
  'E-Akte in der Kernverwaltung': {
    goals: 'Alle Fachbereiche führen ihre Akten elektronisch; Papierakten werden nur noch archiviert.',
    impact: 'Schnellerer Zugriff, ortsunabhängiges Arbeiten, weniger Aktenlager.',
    projectLead: 'Dr. Martin Vogel', participants: 'Hauptamt, Personalrat, IT-Abteilung, alle Fachbereiche',
    risks: 'Akzeptanz in den Fachbereichen; Scan-Kapazität; Schulungsbedarf unterschätzt.',
    ikzPartners: 'Kreis Minden-Lübbecke (gemeinsame Ausschreibung)', progress: 35, tags: ['E-Akte', 'Organisation'],
    milestones: [
      ['Rollout Personalamt', '2024-10-31', '2024-11-20'],
      ['Rollout Ordnungsamt', '2025-06-30', null],
      ['Rollout Bauordnungsamt', '2026-09-30', null],
      ['Alle Fachbereiche', '2027-12-31', null],
    ],
  },
  'Glasfaserausbau Gewerbegebiet Nord': {
    goals: 'Gigabitanschlüsse für 180 Betriebe im Gewerbegebiet Nord.',
    impact: 'Standortsicherung, Ansiedlung digital arbeitender Betriebe.',
    projectLead: 'Thomas Becker', participants: 'Wirtschaftsförderung, Tiefbauamt, Netzbetreiber',
    risks: 'Tiefbaukapazitäten; Förderbescheid mit Auflagen.', progress: 40, tags: ['Gigabit', 'Förderung', 'Wirtschaft'],
    milestones: [
      ['Förderbescheid', '2025-03-31', '2025-04-10'],
      ['Baubeginn', '2025-09-01', '2025-09-15'],
      ['Hälfte der Anschlüsse', '2026-06-30', null],
      ['Abnahme', '2027-04-30', null],
    ],
  },
  'Open-Data-Portal': {
    goals: 'Offene Verwaltungsdaten (Haushalt, Verkehr, Umwelt) unter freier Lizenz veröffentlichen.',
    impact: 'Transparenz, Nachnutzung durch Wirtschaft und Zivilgesellschaft, weniger Einzelanfragen.',
    projectLead: 'Lea Hoffmann', progress: 15, tags: ['Open Data', 'Transparenz'],
    ikzPartners: 'Open.NRW (Landesportal)',
    milestones: [
      ['Datenkatalog abgestimmt', '2026-03-31', null],
      ['Portal online', '2026-10-31', null],
    ],
  },
  'Urbane Datenplattform': {
    goals: 'Gemeinsame Plattform mit den Stadtwerken für Sensordaten aus Verkehr und Umwelt.',
    impact: 'Daten einmal erheben, mehrfach nutzen; Grundlage für Parkraum- und Energieanwendungen.',
    projectLead: 'Lea Hoffmann', ikzPartners: 'Stadtwerke Musterstadt', progress: 0, tags: ['Daten', 'Smart City'],
    dependsOn: ['Open-Data-Portal'],
  },
  'Digitale Schulverwaltung und Lernplattform': {
    goals: 'Lernplattform, Tablets und Support für 12 Schulen.',
    impact: 'Digitaler Unterricht an allen Schulen; Schulverwaltung ohne Papierformulare.',
    projectLead: 'Andrea Lange', participants: 'Schulamt, Schulleitungen, Medienzentrum', progress: 70, tags: ['Schule', 'DigitalPakt'],
    milestones: [
      ['Tablets ausgeliefert', '2024-12-31', '2025-01-20'],
      ['Lernplattform an allen Schulen', '2025-08-31', '2025-09-05'],
      ['Support-Vertrag verlängert', '2026-07-31', null],
    ],
    ozg: ['10041'],
  },
  'Kita-Platzvergabe online': {
    goals: 'Zentrale Online-Vormerkung für Kitaplätze mit transparenter Vergabe.',
    impact: 'Eltern melden einmal an statt bei jeder Kita; Doppelanmeldungen entfallen.',
    projectLead: 'Miriam Schulz', participants: 'Jugendamt, freie Träger, Elternbeirat',
    risks: 'Beteiligung der freien Träger ist freiwillig.', efaProvider: 'Kita-Navigator (Nachnutzung)', progress: 20, tags: ['OZG', 'Familie', 'EfA'],
    milestones: [
      ['Trägerkonferenz', '2026-02-28', '2026-02-20'],
      ['Vergabekriterien beschlossen', '2026-05-31', null],
      ['Start der Vormerkung', '2026-11-01', null],
    ],
    ozg: ['10019'], dependsOn: ['Bürgerportal mit Servicekonto'],
  },
  'Elterngeld digital beantragen': {
    goals: 'Elterngeld über ELFE (Einfach Leistungen für Eltern) beantragen.',
    impact: 'Geburtsurkunde und Elterngeld ohne Behördengang.', projectLead: 'Miriam Schulz', progress: 0, tags: ['OZG', 'Familie'],
    ozg: ['10000'], dependsOn: ['Bürgerportal mit Servicekonto'],
  },
  'Digitale Pflegeberatung': {
    goals: 'Videosprechstunde und Online-Wegweiser für pflegende Angehörige.',
    impact: 'Beratung ohne Anfahrt, besonders in den Ortsteilen.', projectLead: 'Karin Wolf', progress: 0, tags: ['Pflege', 'Senioren'],
    ozg: ['10220'],
  },
  'Parkraummanagement mit Sensorik': {
    goals: 'Belegung von drei Parkhäusern in Echtzeit anzeigen.', impact: 'Weniger Parksuchverkehr in der Innenstadt.',
    projectLead: 'Frank Richter', ikzPartners: 'Stadtwerke Musterstadt', progress: 10, tags: ['Mobilität', 'Smart City', 'Sensorik'],
    milestones: [['Sensorik ausgeschrieben', '2026-06-30', null]],
    ozg: ['10173'], dependsOn: ['Urbane Datenplattform'],
  },
  'Energiemonitoring kommunaler Gebäude': {
    goals: 'Smarte Zähler in 60 Liegenschaften, ein Energiebericht pro Quartal.', impact: '10 % weniger Energieverbrauch der städtischen Gebäude.',
    projectLead: 'Stefan Braun', participants: 'Gebäudemanagement, Klimaschutzmanagement', progress: 55, tags: ['Klima', 'Energie'],
    milestones: [
      ['Zähler in 30 Liegenschaften', '2025-09-30', '2025-10-14'],
      ['Erster Quartalsbericht', '2025-12-31', null],
      ['Alle 60 Liegenschaften', '2026-09-30', null],
    ],
  },
  'Kommunale Wärmeplanung digital': {
    goals: 'Digitaler Zwilling des Wärmebedarfs als Grundlage der gesetzlichen Wärmeplanung.',
    impact: 'Wärmeplan fristgerecht; Daten für Quartierskonzepte.', projectLead: 'Julia Neumann',
    risks: 'Datenlieferung der Netzbetreiber.', progress: 10, tags: ['Klima', 'Wärmeplanung', 'Pflichtaufgabe'],
    milestones: [['Bestandsanalyse', '2026-06-30', null]],
    dependsOn: ['Energiemonitoring kommunaler Gebäude'],
  },
  'Mängelmelder für Bürgerinnen und Bürger': {
    goals: 'Schlaglöcher, wilder Müll und defekte Laternen per App melden.', impact: 'Schnellere Beseitigung, Rückmeldung an die Meldenden.',
    projectLead: 'Uwe Zimmermann', progress: 100, tags: ['Bürgerservice', 'App'], ozg: ['10136'],
  },
  'Gewerbeanmeldung online': {
    goals: 'Gewerbean-, -um- und -abmeldung vollständig digital.', impact: 'Kein Termin mehr nötig; Daten gehen direkt ins Fachverfahren.',
    projectLead: 'Oliver Hartmann', efaProvider: 'Land Nordrhein-Westfalen (Wirtschafts-Service-Portal.NRW)', progress: 100, tags: ['OZG', 'EfA', 'Wirtschaft'],
    ozg: ['10294'], dependsOn: ['Bürgerportal mit Servicekonto'],
  },
  'Informationssicherheitsmanagement (ISMS)': {
    goals: 'ISMS nach BSI IT-Grundschutz, Notfallhandbuch und jährliche Übungen.', impact: 'Handlungsfähig bei Cyberangriffen; Nachweis gegenüber Land und Versicherung.',
    projectLead: 'Nadine Fischer', participants: 'IT-Abteilung, alle Fachbereiche', risks: 'Knappes Personal in der IT.', progress: 50, tags: ['Sicherheit', 'BSI'],
    milestones: [
      ['Strukturanalyse', '2025-05-31', '2025-06-20'],
      ['Notfallhandbuch', '2025-12-31', null],
      ['Erste Notfallübung', '2026-05-31', null],
    ],
  },
  'Beteiligungsplattform für Bürgerhaushalt': {
    goals: 'Online-Beteiligung am Bürgerhaushalt mit Vorschlägen, Kommentaren und Abstimmung.', impact: 'Mehr und jüngere Beteiligte als bei Präsenzveranstaltungen.',
    projectLead: 'Christian Meyer', progress: 5, tags: ['Beteiligung', 'Haushalt'],
    milestones: [['Ratsbeschluss zum Verfahren', '2026-04-30', null]],
  },
  'Digitaler Bauantrag': {
    goals: 'Bauanträge digital einreichen und medienbruchfrei bearbeiten.', impact: 'Kürzere Genehmigungszeiten, keine Papiersätze mehr.',
    projectLead: 'Markus Schäfer', participants: 'Bauordnungsamt, Vermessungsamt, Träger öffentlicher Belange',
    efaProvider: 'Digitale Baugenehmigung (EfA Mecklenburg-Vorpommern)', progress: 30, tags: ['OZG', 'EfA', 'Bauen'],
    milestones: [
      ['Anbindung Antragsportal', '2025-10-31', '2025-11-03'],
      ['Bearbeitung in der E-Akte', '2026-03-31', null],
    ],
    ozg: ['10519'], dependsOn: ['E-Akte in der Kernverwaltung'],
  },
  'Bibliothek: Onleihe und Makerspace': {
    goals: 'E-Medien-Ausleihe und offene Werkstatt mit 3D-Druckern.', impact: 'Neue Nutzergruppen für die Stadtbibliothek.',
    projectLead: 'Eva Roth', progress: 100, tags: ['Kultur', 'Bildung'], ozg: ['10014'],
  },
};

/** Writes the demo fact sheets into the workspace being built (demo measures found by title). */
export function fillDemoFactSheets(core: Core, clock: DemoClock): void {
  const raw = core.raw();
  const ids = new Map((raw.prepare('SELECT id, title FROM measures').all() as { id: string; title: string }[]).map((m) => [m.title, m.id]));
  const update = raw.prepare(
    `UPDATE measures SET goals = ?, impact = ?, project_lead = ?, participants = ?, risks = ?, efa_reuse = ?, efa_provider = ?,
     ikz_partners = ?, progress = ?, tags = ? WHERE id = ?`,
  );
  const must = raw.prepare('UPDATE measures SET must_legal = ?, must_legal_deadline = ?, must_critical = ?, must_political = ? WHERE id = ?');
  const milestone = raw.prepare(
    'INSERT INTO milestones (id, measure_id, title, planned_on, actual_on, done, sort_order, origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const ozg = raw.prepare('INSERT INTO measure_ozg_services (id, measure_id, ozg_id, origin, created_at, updated_at) SELECT ?, ?, ozg_id, ?, ?, ? FROM ozg_services WHERE ozg_id = ?');
  const dependency = raw.prepare('INSERT INTO measure_dependencies (id, measure_id, depends_on_id, origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
  raw.transaction(() => {
    for (const [title, s] of Object.entries(SHEETS)) {
      const id = ids.get(title);
      if (!id) continue;
      update.run(s.goals, s.impact, s.projectLead, s.participants ?? null, s.risks ?? null, s.efaProvider ? 1 : 0, s.efaProvider ?? null,
        s.ikzPartners ?? null, s.progress, s.tags.join(','), id);
      if (s.must) must.run(s.must.legal ? 1 : 0, clock.date(s.must.legal ?? null), s.must.critical ? 1 : 0, s.must.political ? 1 : 0, id);
      const at = clock.now();
      s.milestones?.forEach(([name, planned, actual], i) => milestone.run(clock.newId(), id, name, clock.date(planned), clock.date(actual), actual ? 1 : 0, (i + 1) * 10, 'local', at, at));
      for (const ozgId of s.ozg ?? []) ozg.run(clock.newId(), id, 'local', at, at, ozgId);
      for (const other of s.dependsOn ?? []) {
        const otherId = ids.get(other);
        if (otherId) dependency.run(clock.newId(), id, otherId, 'local', at, at);
      }
    }
  })();
}
