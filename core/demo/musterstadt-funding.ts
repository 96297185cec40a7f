/**
 * The funding catalogue and applications of the Musterstadt demo. The
 * programmes are modelled on real ones but every entry is an example: quotas
 * and deadlines are invented and dated around the demo's clock (2026-01-15),
 * some within its next 90 days. Written without undo steps.
 */
import type { ApplicationStatus, Funder } from '../../api/index.ts';
import type { DemoClock } from './demo-clock.ts';
import type { Core } from '../core.ts';

interface DemoProgramme {
  name: string;
  funder: Funder;
  maxQuota: number | null;
  minOwnShare: number | null;
  eligible: string;
  fields: string;
  keywords: string;
  deadline: string | null;
  url: string;
  description: string;
}

const EXAMPLE = 'Beispiel für die Demo – Quoten und Fristen sind erfunden, bitte beim Fördergeber prüfen.';

export const DEMO_PROGRAMMES: DemoProgramme[] = [
  {
    name: 'Gigabitförderung des Bundes', funder: 'bund', maxQuota: 50, minOwnShare: 10, eligible: 'Gemeinden, Kreise, Zweckverbände',
    fields: 'Digitale Infrastruktur', keywords: 'Gigabit, Glasfaser, Breitband, Gewerbegebiet', deadline: '2026-03-31',
    url: 'https://www.foerderdatenbank.de', description: `Ausbau gigabitfähiger Netze in unterversorgten Gebieten, kombinierbar mit Landesmitteln. ${EXAMPLE}`,
  },
  {
    name: 'Kommunalrichtlinie – Klimaschutz', funder: 'bund', maxQuota: 60, minOwnShare: 20, eligible: 'Kommunen und kommunale Unternehmen',
    fields: 'Energie & Klima', keywords: 'Wärmeplanung, Energiemonitoring, Klimaschutz, Gebäude', deadline: '2026-02-28',
    url: 'https://www.foerderdatenbank.de', description: `Klimaschutzkonzepte, kommunale Wärmeplanung und Energiemanagement. ${EXAMPLE}`,
  },
  {
    name: 'Landesprogramm Mobilität 4.0', funder: 'land', maxQuota: 70, minOwnShare: 30, eligible: 'Gemeinden, Verkehrsunternehmen',
    fields: 'Mobilität & Verkehr', keywords: 'Parkraum, Sensorik, Fahrgastinformation, ÖPNV', deadline: '2026-03-15',
    url: 'https://www.foerderdatenbank.de', description: `Digitale Verkehrssteuerung, Parkleitsysteme und Echtzeitinformation. ${EXAMPLE}`,
  },
  {
    name: 'EFRE – Digitale Innovation in Kommunen', funder: 'eu', maxQuota: 60, minOwnShare: 40, eligible: 'Kommunen, Hochschulen, Unternehmen im Verbund',
    fields: 'Daten & Plattformen, Wirtschaft & Arbeit', keywords: 'Datenplattform, Open Data, Innovation, Smart City', deadline: '2026-05-29',
    url: 'https://www.efre.nrw.de', description: `Mittel des Europäischen Fonds für regionale Entwicklung für datenbasierte Dienste. ${EXAMPLE}`,
  },
  {
    name: 'Smart Cities made in Germany', funder: 'bund', maxQuota: 65, minOwnShare: 35, eligible: 'Städte, Gemeinden, Kreise',
    fields: 'Stadtentwicklung & Wohnen, Daten & Plattformen', keywords: 'Digitaler Zwilling, Sensordaten, Smart City, Datenplattform', deadline: null,
    url: 'https://www.smart-city-dialog.de', description: `Modellprojekte integrierter Smart-City-Strategien; derzeit kein offener Aufruf. ${EXAMPLE}`,
  },
  {
    name: 'DigitalPakt Schule', funder: 'bund', maxQuota: 90, minOwnShare: 10, eligible: 'Schulträger',
    fields: 'Bildung & Schule', keywords: 'Schule, Lernplattform, Tablets, WLAN', deadline: '2026-12-15',
    url: 'https://www.digitalpaktschule.de', description: `Digitale Ausstattung und Lernplattformen für Schulen. ${EXAMPLE}`,
  },
  {
    name: 'Digitale Modellkommunen NRW', funder: 'land', maxQuota: 80, minOwnShare: 20, eligible: 'Gemeinden und Kreise in Nordrhein-Westfalen',
    fields: 'Verwaltung & Bürgerservice, Interne Digitalisierung & Arbeitsplatz', keywords: 'OZG, Onlinedienst, E-Akte, Bürgerportal, Antrag',
    deadline: '2027-01-31', url: 'https://www.wirtschaft.nrw', description: `Onlinedienste und die Digitalisierung der Verwaltungsarbeit. ${EXAMPLE}`,
  },
  {
    name: 'Informationssicherheit in Kommunen', funder: 'land', maxQuota: 50, minOwnShare: 50, eligible: 'Gemeinden und Kreise',
    fields: 'Sicherheit & Ordnung', keywords: 'ISMS, Informationssicherheit, IT-Grundschutz, Notfall', deadline: '2027-02-15',
    url: 'https://www.bsi.bund.de', description: `Aufbau eines ISMS und Notfallübungen. ${EXAMPLE}`,
  },
  {
    name: 'Bürgerstiftung Musterland – Digitale Teilhabe', funder: 'foundation', maxQuota: 100, minOwnShare: 0, eligible: 'Gemeinnützige Träger, Kommunen',
    fields: 'Soziales & Teilhabe, Bürgerbeteiligung & Engagement, Gesundheit & Pflege', keywords: 'Beteiligung, Teilhabe, Senioren, Pflege',
    deadline: '2026-12-31', url: 'https://www.example.org/buergerstiftung', description: `Kleine Projekte für digitale Teilhabe bis 25.000 €. ${EXAMPLE}`,
  },
];

interface DemoApplication {
  measure: string;
  programme: string;
  status: ApplicationStatus;
  requested: number | null;
  approved?: number;
  submitted?: string;
  decision?: string;
  reporting?: string;
  note?: string;
}

const APPLICATIONS: DemoApplication[] = [
  { measure: 'Glasfaserausbau Gewerbegebiet Nord', programme: 'Gigabitförderung des Bundes', status: 'approved', requested: 1_200_000, approved: 1_080_000, submitted: '2024-11-15', decision: '2025-04-10', reporting: '2026-03-31', note: 'Zwischennachweis mit Baufortschritt.' },
  { measure: 'Digitale Schulverwaltung und Lernplattform', programme: 'DigitalPakt Schule', status: 'approved', requested: 800_000, approved: 780_000, submitted: '2024-05-02', decision: '2024-07-20', reporting: '2026-02-15' },
  { measure: 'Energiemonitoring kommunaler Gebäude', programme: 'Kommunalrichtlinie – Klimaschutz', status: 'submitted', requested: 90_000, submitted: '2025-11-20' },
  { measure: 'Kommunale Wärmeplanung digital', programme: 'Kommunalrichtlinie – Klimaschutz', status: 'planned', requested: 72_000, note: 'Antrag bis zur Frist Ende Februar einreichen.' },
  { measure: 'Parkraummanagement mit Sensorik', programme: 'Landesprogramm Mobilität 4.0', status: 'planned', requested: 147_000 },
  // The first attempt failed, the second programme pays the share in the financing stack.
  { measure: 'Digitaler Wohngeldantrag', programme: 'EFRE – Digitale Innovation in Kommunen', status: 'rejected', requested: 120_000, submitted: '2024-06-03', decision: '2024-09-12', note: 'Abgelehnt: Nachnutzung eines EfA-Dienstes ist nicht förderfähig.' },
  { measure: 'Digitaler Wohngeldantrag', programme: 'Digitale Modellkommunen NRW', status: 'approved', requested: 120_000, approved: 120_000, submitted: '2024-10-01', decision: '2025-01-20', reporting: '2026-09-30' },
  { measure: 'Beteiligungsplattform für Bürgerhaushalt', programme: 'Bürgerstiftung Musterland – Digitale Teilhabe', status: 'submitted', requested: 20_000, submitted: '2026-01-05' },
  { measure: 'Informationssicherheitsmanagement (ISMS)', programme: 'Informationssicherheit in Kommunen', status: 'approved', requested: 42_500, approved: 42_500, submitted: '2025-03-01', decision: '2025-05-15', reporting: '2026-12-31' },
  { measure: 'Open-Data-Portal', programme: 'EFRE – Digitale Innovation in Kommunen', status: 'planned', requested: 27_000 },
];

export function fillDemoFunding(core: Core, clock: DemoClock): void {
  const raw = core.raw();
  const measures = new Map((raw.prepare('SELECT id, title FROM measures').all() as { id: string; title: string }[]).map((m) => [m.title, m.id]));
  const programmes = new Map<string, string>();
  const insertProgramme = raw.prepare(
    `INSERT INTO funding_programmes (id, name, funder, max_quota, min_own_share, eligible, fields_text, keywords, deadline, url, description, origin, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'local', ?, ?)`,
  );
  const insertApplication = raw.prepare(
    `INSERT INTO funding_applications (id, measure_id, programme_id, status, amount_requested, amount_approved, submitted_on, decision_on, reporting_deadline, note, origin, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'local', ?, ?)`,
  );
  raw.transaction(() => {
    for (const p of DEMO_PROGRAMMES) {
      const id = clock.newId();
      const at = clock.now();
      programmes.set(p.name, id);
      insertProgramme.run(id, p.name, p.funder, p.maxQuota, p.minOwnShare, p.eligible, p.fields, p.keywords, clock.date(p.deadline), p.url, p.description, at, at);
    }
    for (const a of APPLICATIONS) {
      const measureId = measures.get(a.measure);
      const programmeId = programmes.get(a.programme);
      if (!measureId || !programmeId) continue;
      const at = clock.now();
      insertApplication.run(clock.newId(), measureId, programmeId, a.status, a.requested, a.approved ?? null, clock.date(a.submitted ?? null),
        clock.date(a.decision ?? null), clock.date(a.reporting ?? null), a.note ?? null, at, at);
    }
  })();
}
