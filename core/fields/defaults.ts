/**
 * The editable default fields of action (Handlungsfelder). There is no single
 * official list; this one follows the domain notes of the project and is
 * recorded with its source so a municipality can replace it with its own.
 */
export const DEFAULT_FIELDS_SOURCE = 'CDO-Cockpit-Standardliste 2026 (ersetzbar durch eine eigene Liste)';

export const DEFAULT_FIELDS: { name: string; color: string }[] = [
  { name: 'Verwaltung & Bürgerservice', color: '#004b76' },
  { name: 'Interne Digitalisierung & Arbeitsplatz', color: '#2f6f9f' },
  { name: 'Digitale Infrastruktur', color: '#52606d' },
  { name: 'Daten & Plattformen', color: '#6b4c9a' },
  { name: 'Bildung & Schule', color: '#b7791f' },
  { name: 'Jugend & Familie', color: '#c05621' },
  { name: 'Soziales & Teilhabe', color: '#9b2c2c' },
  { name: 'Gesundheit & Pflege', color: '#b83280' },
  { name: 'Mobilität & Verkehr', color: '#2c7a7b' },
  { name: 'Energie & Klima', color: '#2f855a' },
  { name: 'Umwelt', color: '#38a169' },
  { name: 'Wirtschaft & Arbeit', color: '#744210' },
  { name: 'Tourismus', color: '#d69e2e' },
  { name: 'Kultur & Freizeit', color: '#805ad5' },
  { name: 'Sicherheit & Ordnung', color: '#1a365d' },
  { name: 'Bürgerbeteiligung & Engagement', color: '#dd6b20' },
  { name: 'Stadtentwicklung & Wohnen', color: '#4a5568' },
];
