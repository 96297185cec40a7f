import type { IdeaSource, IdeaStatus } from '../../api/index.ts';
import type { DemoClock } from './demo-clock.ts';
import type { Core } from '../core.ts';

/** Ideas that reached the CDO of Musterstadt: realistic, not real. Adopted ones name the demo measure they became. */
interface DemoIdea {
  title: string;
  description: string;
  source: IdeaSource;
  submitter: string;
  submittedOn: string;
  field: string;
  status: IdeaStatus;
  reason: string | null;
  measure?: string;
}

export const DEMO_IDEAS: DemoIdea[] = [
  {
    title: 'Wohngeld online beantragen, Nachweise hochladen', source: 'digicheck', submitter: 'DigiCheck-Workshop der Wohngeldstelle', submittedOn: '2024-11-12',
    field: 'Soziales & Teilhabe', status: 'adopted', measure: 'Digitaler Wohngeldantrag',
    description: 'Im DigiCheck zeigte sich: 70 % der Rückfragen betreffen fehlende Nachweise. Ein Online-Antrag mit Upload und Statusauskunft würde Antragstellende und Sachbearbeitung entlasten.',
    reason: 'Hoher Nutzen für Antragstellende und die Wohngeldstelle; der EfA-Dienst des Landes kann nachgenutzt werden.',
  },
  {
    title: 'Kitaplätze zentral online vormerken', source: 'citizens', submitter: 'Stadtelternrat', submittedOn: '2025-06-03',
    field: 'Jugend & Familie', status: 'adopted', measure: 'Kita-Platzvergabe online',
    description: 'Eltern melden ihr Kind heute bei jeder Kita einzeln an. Gewünscht ist eine zentrale Vormerkung mit nachvollziehbarer Vergabe.',
    reason: null,
  },
  {
    title: 'Offene Daten der Stadt veröffentlichen', source: 'politics', submitter: 'Ratsfraktion, Antrag 2025/041', submittedOn: '2025-03-20',
    field: 'Daten & Plattformen', status: 'adopted', measure: 'Open-Data-Portal',
    description: 'Der Rat bittet die Verwaltung, Haushalts-, Verkehrs- und Umweltdaten unter freier Lizenz bereitzustellen.',
    reason: 'Ratsbeschluss vom 08.05.2025.',
  },
  {
    title: 'Bürgerhaushalt mit Online-Beteiligung', source: 'politics', submitter: 'Büro der Bürgermeisterin', submittedOn: '2025-01-10',
    field: 'Bürgerbeteiligung & Engagement', status: 'adopted', measure: 'Beteiligungsplattform für Bürgerhaushalt',
    description: 'Bürgerinnen und Bürger sollen Vorschläge für den Haushalt online einreichen, kommentieren und bewerten können.',
    reason: null,
  },
  {
    title: 'Freie Parkplätze in Echtzeit anzeigen', source: 'peer', submitter: 'Stadt Beispielhausen (Regionaltreffen Digitalisierung)', submittedOn: '2025-09-18',
    field: 'Mobilität & Verkehr', status: 'adopted', measure: 'Parkraummanagement mit Sensorik',
    description: 'Beispielhausen zeigt die Belegung seiner Parkhäuser in der Stadt-App; der Parksuchverkehr in der Innenstadt ging spürbar zurück.',
    reason: 'Erfahrungen und Ausschreibungsunterlagen aus Beispielhausen können übernommen werden.',
  },
  {
    title: 'Chatbot für häufige Fragen im Bürgerbüro', source: 'citizens', submitter: 'Online-Umfrage zur Bürgerzufriedenheit 2025', submittedOn: '2026-01-08',
    field: 'Verwaltung & Bürgerservice', status: 'new', reason: null,
    description: 'Viele Anrufe betreffen Öffnungszeiten, benötigte Unterlagen und den Bearbeitungsstand. Ein Chatbot auf der Website könnte rund um die Uhr antworten.',
  },
  {
    title: 'Hundesteuer online an- und abmelden', source: 'department', submitter: 'Steueramt', submittedOn: '2026-01-12',
    field: 'Verwaltung & Bürgerservice', status: 'new', reason: null,
    description: 'Rund 1.200 An- und Abmeldungen im Jahr kommen per Papierformular. Ein Online-Formular mit Anbindung an das Steuerverfahren spart Erfassungsaufwand.',
  },
  {
    title: 'Füllstandssensoren für öffentliche Abfallbehälter', source: 'peer', submitter: 'Kreisstadt Nordheim (IKZ-Arbeitskreis)', submittedOn: '2025-10-02',
    field: 'Umwelt', status: 'in_assessment',
    description: 'Sensoren melden, wann ein Behälter voll ist; die Touren des Bauhofs werden danach geplant. Nordheim spart nach eigenen Angaben ein Drittel der Leerungsfahrten.',
    reason: 'Die Wirtschaftlichkeit wird mit dem Bauhof geprüft; ein Pilot in der Fußgängerzone ist denkbar.',
  },
  {
    title: 'Papierlose Gremienarbeit mit Ratsinformations-App', source: 'politics', submitter: 'Ältestenrat', submittedOn: '2025-11-05',
    field: 'Interne Digitalisierung & Arbeitsplatz', status: 'in_assessment', reason: null,
    description: 'Sitzungsunterlagen für Rat und Ausschüsse nur noch digital, mit Tablets für die Ratsmitglieder und Anmerkungsfunktion.',
  },
  {
    title: 'Eigene Stadt-App für alle Dienste', source: 'citizens', submitter: 'Bürgerversammlung Innenstadt', submittedOn: '2025-04-22',
    field: 'Verwaltung & Bürgerservice', status: 'rejected',
    description: 'Eine App, in der alle Leistungen der Stadt, Termine und Nachrichten gebündelt sind.',
    reason: 'Das Bürgerportal mit Servicekonto bündelt die Leistungen bereits und funktioniert auf dem Smartphone; eine eigene App brächte hohe Folgekosten für Pflege und App-Stores ohne zusätzlichen Nutzen.',
  },
  {
    title: 'KI-gestützte Posteingangsverarbeitung', source: 'department', submitter: 'Hauptamt – Zentrale Poststelle', submittedOn: '2025-08-14',
    field: 'Interne Digitalisierung & Arbeitsplatz', status: 'deferred',
    description: 'Eingehende Briefe werden gescannt, automatisch klassifiziert und dem zuständigen Fachbereich zugeleitet.',
    reason: 'Zurückgestellt bis zum Abschluss der E-Akte (2027): erst dann können die Dokumente digital weiterbearbeitet werden.',
  },
  {
    title: 'Gefahrenstellen auf dem Schulweg melden', source: 'other', submitter: 'Verkehrswacht Musterstadt e. V.', submittedOn: '2025-12-01',
    field: 'Mobilität & Verkehr', status: 'deferred',
    description: 'Eltern und Kinder melden gefährliche Stellen auf dem Schulweg mit Foto und Standort; Straßenverkehrsamt und Schulen sehen die Meldungen auf einer Karte.',
    reason: 'Soll als Kategorie in den Mängelmelder aufgenommen werden, sobald dessen Vertrag 2027 erneuert wird.',
  },
];

/** Writes the demo ideas into the freshly filled demo workspace (no undo steps; the caller rebuilds the search index). */
export function fillDemoIdeas(core: Core, clock: DemoClock): void {
  const raw = core.raw();
  const fieldIds = new Map((raw.prepare('SELECT id, name FROM fields').all() as { id: string; name: string }[]).map((f) => [f.name, f.id]));
  const measureIds = new Map((raw.prepare('SELECT id, title FROM measures').all() as { id: string; title: string }[]).map((m) => [m.title, m.id]));
  const insert = raw.prepare(
    'INSERT INTO ideas (id, title, description, source, submitter, submitted_on, field_id, status, status_reason, measure_id, origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  raw.transaction(() => {
    for (const i of DEMO_IDEAS) {
      const at = clock.now();
      const measureId = i.measure ? (measureIds.get(i.measure) ?? null) : null;
      // Without its measure (a trimmed demo) an adopted idea would break the rule "adopted has a measure".
      const status = i.status === 'adopted' && !measureId ? 'in_assessment' : i.status;
      insert.run(clock.newId(), i.title, i.description, i.source, i.submitter, clock.date(i.submittedOn), fieldIds.get(i.field) ?? null, status, i.reason, measureId, 'local', at, at);
    }
  })();
}
