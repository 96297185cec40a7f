import type { Phase, Priority } from '../../api/index.ts';

/** Demo portfolio of the fictional Musterstadt: realistic, not real. */
export interface DemoMeasure {
  title: string;
  field: string;
  phase: Phase;
  priority: Priority;
  start: string | null;
  end: string | null;
  leadUnit: string;
  budget: number | null;
  description: string;
}

export const DEMO_MEASURES: DemoMeasure[] = [
  { title: 'Digitaler Wohngeldantrag', field: 'Soziales & Teilhabe', phase: 'implementation', priority: 'high', start: '2025-03-01', end: '2026-06-30', leadUnit: 'Amt für Soziales – Wohngeldstelle', budget: 180000, description: 'Online-Antrag mit Nachweis-Upload und Statusauskunft; Nachnutzung des EfA-Dienstes des Landes.' },
  { title: 'Bürgerportal mit Servicekonto', field: 'Verwaltung & Bürgerservice', phase: 'operation', priority: 'high', start: '2023-01-01', end: '2024-12-31', leadUnit: 'Stabsstelle Digitalisierung', budget: 240000, description: 'Zentrales Bürgerportal mit Anbindung an die BundID und das Servicekonto des Landes.' },
  { title: 'Online-Terminvergabe im Bürgerbüro', field: 'Verwaltung & Bürgerservice', phase: 'completed', priority: 'medium', start: '2022-04-01', end: '2022-12-31', leadUnit: 'Bürgerbüro', budget: 18000, description: 'Termine für Pass- und Meldeangelegenheiten rund um die Uhr online buchen.' },
  { title: 'E-Akte in der Kernverwaltung', field: 'Interne Digitalisierung & Arbeitsplatz', phase: 'implementation', priority: 'high', start: '2024-01-01', end: '2027-12-31', leadUnit: 'Hauptamt – Organisation', budget: 620000, description: 'Einführung der elektronischen Akte in allen Fachbereichen, beginnend mit Personal und Ordnungsamt.' },
  { title: 'Mobiles Arbeiten: Notebooks und VPN', field: 'Interne Digitalisierung & Arbeitsplatz', phase: 'operation', priority: 'medium', start: '2021-06-01', end: '2022-03-31', leadUnit: 'IT-Abteilung', budget: 310000, description: 'Ausstattung von 400 Arbeitsplätzen mit Notebooks, VPN und Videokonferenz.' },
  { title: 'Glasfaserausbau Gewerbegebiet Nord', field: 'Digitale Infrastruktur', phase: 'implementation', priority: 'high', start: '2025-05-01', end: '2027-04-30', leadUnit: 'Wirtschaftsförderung', budget: 2400000, description: 'Gigabitanschlüsse für 180 Betriebe mit Förderung aus dem Gigabitprogramm des Bundes.' },
  { title: 'Öffentliches WLAN in der Innenstadt', field: 'Digitale Infrastruktur', phase: 'operation', priority: 'low', start: '2020-09-01', end: '2021-05-31', leadUnit: 'Stadtmarketing', budget: 65000, description: 'Freies WLAN an 24 Standorten in Fußgängerzone, Bahnhof und Bibliothek.' },
  { title: 'Open-Data-Portal', field: 'Daten & Plattformen', phase: 'concept', priority: 'medium', start: '2026-01-01', end: '2026-12-31', leadUnit: 'Stabsstelle Digitalisierung', budget: 45000, description: 'Veröffentlichung offener Verwaltungsdaten (Haushalt, Verkehr, Umwelt) unter freier Lizenz.' },
  { title: 'Urbane Datenplattform', field: 'Daten & Plattformen', phase: 'idea', priority: 'low', start: null, end: null, leadUnit: 'Stabsstelle Digitalisierung', budget: null, description: 'Gemeinsame Datenplattform mit den Stadtwerken für Sensordaten aus Verkehr und Umwelt.' },
  { title: 'Digitale Schulverwaltung und Lernplattform', field: 'Bildung & Schule', phase: 'implementation', priority: 'high', start: '2024-08-01', end: '2026-07-31', leadUnit: 'Schulamt', budget: 890000, description: 'Lernplattform, Tablets und Support für 12 Schulen aus dem DigitalPakt Schule.' },
  { title: 'Kita-Platzvergabe online', field: 'Jugend & Familie', phase: 'concept', priority: 'high', start: '2026-02-01', end: '2027-01-31', leadUnit: 'Jugendamt', budget: 95000, description: 'Zentrale Online-Vormerkung für Kitaplätze mit transparenter Vergabe.' },
  { title: 'Elterngeld digital beantragen', field: 'Jugend & Familie', phase: 'idea', priority: 'medium', start: null, end: null, leadUnit: 'Jugendamt', budget: null, description: 'Anbindung an ELFE (Einfach Leistungen für Eltern) des Landes.' },
  { title: 'Digitale Pflegeberatung', field: 'Gesundheit & Pflege', phase: 'idea', priority: 'low', start: null, end: null, leadUnit: 'Seniorenbüro', budget: 30000, description: 'Videosprechstunde und Online-Wegweiser für pflegende Angehörige.' },
  { title: 'Parkraummanagement mit Sensorik', field: 'Mobilität & Verkehr', phase: 'concept', priority: 'medium', start: '2026-04-01', end: '2027-09-30', leadUnit: 'Straßenverkehrsamt', budget: 210000, description: 'Belegungssensoren in drei Parkhäusern und Anzeige in der Stadt-App.' },
  { title: 'Digitale Fahrgastinformation im Busverkehr', field: 'Mobilität & Verkehr', phase: 'operation', priority: 'medium', start: '2022-01-01', end: '2023-06-30', leadUnit: 'Verkehrsbetriebe Musterstadt', budget: 380000, description: 'Echtzeitanzeigen an 40 Haltestellen, gemeinsam mit dem Verkehrsverbund.' },
  { title: 'Energiemonitoring kommunaler Gebäude', field: 'Energie & Klima', phase: 'implementation', priority: 'high', start: '2025-01-01', end: '2026-12-31', leadUnit: 'Gebäudemanagement', budget: 150000, description: 'Smarte Zähler in 60 Liegenschaften und ein Energiebericht pro Quartal.' },
  { title: 'Kommunale Wärmeplanung digital', field: 'Energie & Klima', phase: 'concept', priority: 'high', start: '2026-01-01', end: '2026-12-31', leadUnit: 'Klimaschutzmanagement', budget: 120000, description: 'Digitaler Zwilling des Wärmebedarfs als Grundlage der gesetzlichen Wärmeplanung.' },
  { title: 'Mängelmelder für Bürgerinnen und Bürger', field: 'Umwelt', phase: 'operation', priority: 'medium', start: '2021-03-01', end: '2021-10-31', leadUnit: 'Bauhof', budget: 12000, description: 'Schlaglöcher, wilder Müll und defekte Laternen per App melden.' },
  { title: 'Gewerbeanmeldung online', field: 'Wirtschaft & Arbeit', phase: 'completed', priority: 'high', start: '2023-02-01', end: '2023-11-30', leadUnit: 'Ordnungsamt – Gewerbe', budget: 25000, description: 'Gewerbean-, -um- und -abmeldung vollständig digital über den EfA-Dienst.' },
  { title: 'Digitaler Stadtrundgang', field: 'Tourismus', phase: 'idea', priority: 'low', start: null, end: null, leadUnit: 'Stadtmarketing', budget: 20000, description: 'Audioguide und Augmented Reality an 15 Stationen der Altstadt.' },
  { title: 'Bibliothek: Onleihe und Makerspace', field: 'Kultur & Freizeit', phase: 'operation', priority: 'low', start: '2022-09-01', end: '2023-03-31', leadUnit: 'Stadtbibliothek', budget: 40000, description: 'E-Medien-Ausleihe und offene Werkstatt mit 3D-Druckern.' },
  { title: 'Informationssicherheitsmanagement (ISMS)', field: 'Sicherheit & Ordnung', phase: 'implementation', priority: 'high', start: '2025-02-01', end: '2026-09-30', leadUnit: 'Informationssicherheitsbeauftragte', budget: 85000, description: 'ISMS nach BSI IT-Grundschutz-Kompendium, Notfallhandbuch und Übungen.' },
  { title: 'Beteiligungsplattform für Bürgerhaushalt', field: 'Bürgerbeteiligung & Engagement', phase: 'concept', priority: 'medium', start: '2026-03-01', end: '2026-11-30', leadUnit: 'Büro des Bürgermeisters', budget: 35000, description: 'Online-Beteiligung am Bürgerhaushalt mit Vorschlägen, Kommentaren und Abstimmung.' },
  { title: 'Digitaler Bauantrag', field: 'Stadtentwicklung & Wohnen', phase: 'implementation', priority: 'high', start: '2025-06-01', end: '2026-12-31', leadUnit: 'Bauordnungsamt', budget: 160000, description: 'Bauanträge digital einreichen und medienbruchfrei bearbeiten (Nachnutzung Digitale Baugenehmigung).' },
  { title: '3D-Stadtmodell', field: 'Stadtentwicklung & Wohnen', phase: 'stopped', priority: 'low', start: '2023-05-01', end: '2024-04-30', leadUnit: 'Vermessungsamt', budget: 70000, description: 'Gestoppt: Kosten-Nutzen nach Pilotphase nicht gegeben; Daten aus dem Landesmodell genügen.' },
];
