/** A hand-made agenda document for the renderer tests: every kind of block, three heading levels. */
import type { AgendaDocument, DocChart, DocTable } from '../../api/index.ts';

export const HOSTILE = '<script>alert("x")</script> & "Anführung" \'einfach\' 😀 \u202Eעברית\u202C | *fett* _kursiv_ # [link](javascript:x) `code`';

export function chartTable(chart: DocChart): DocTable {
  return {
    caption: null,
    columns: [{ label: 'Jahr', align: 'left' }, ...chart.series.map((s) => ({ label: s.name, align: 'right' as const }))],
    rows: chart.categories.map((c, i) => [c, ...chart.series.map((s) => String(s.values[i] ?? ''))]),
    footer: null,
  };
}

const budget: DocChart = {
  kind: 'bar', title: 'Kosten je Jahr nach Art', unit: '€', categories: ['2026', '2027', '2028', '2029'],
  series: [{ name: 'Investiv', values: [420000, 610000, 380000, 150000] }, { name: 'Konsumtiv', values: [180000, 240000, 260000, 270000] }],
  summary: 'Die Kosten steigen bis 2027 und sinken danach; der konsumtive Anteil wächst.',
};
const indicator: DocChart = {
  kind: 'line', title: 'Online verfügbare Verwaltungsleistungen', unit: 'Anzahl', categories: ['2025', '2026', '2027', '2028'],
  series: [{ name: 'Ist und Ziel', values: [38, 55, 80, 120] }],
  summary: 'Von 38 Leistungen 2025 auf 120 im Jahr 2028.',
};

export function fixtureDocument(extra: Partial<AgendaDocument> = {}): AgendaDocument {
  return {
    lang: 'de',
    title: 'Digitale Agenda 2026–2030',
    subtitle: 'Entwurf zur Beratung im Hauptausschuss',
    municipality: 'Stadt Musterstadt',
    version: 'Version 3 – Entwurf',
    date: '22.11.2026',
    audience: 'Fassung für den Rat',
    labels: { contents: 'Inhalt', pageOf: 'Seite {page} von {pages}', chart: 'Diagramm' },
    sections: [
      { level: 1, heading: 'Vision und Leitlinien', blocks: [
        { kind: 'paragraph', text: 'Musterstadt ist 2030 eine Stadt, in der Verwaltungsleistungen rund um die Uhr digital erreichbar sind.\n\nDie Digitalisierung dient den Menschen.' },
        { kind: 'list', items: ['Digital zuerst, aber niemand wird zurückgelassen', 'Offene Standards und Nachnutzung (EfA)', 'Datenschutz und Informationssicherheit von Anfang an'] },
      ] },
      { level: 1, heading: 'Ausgangslage', blocks: [{ kind: 'paragraph', text: 'Heute sind 38 Leistungen online verfügbar.' }] },
      { level: 1, heading: 'Handlungsfelder', blocks: [] },
      { level: 2, heading: 'Bürgerservice und Verwaltung', blocks: [
        { kind: 'paragraph', text: 'Ziel: Alle OZG-Leistungen digital anbieten.' },
        { kind: 'table', table: { caption: 'Maßnahmen', columns: [{ label: 'Maßnahme', align: 'left' }, { label: 'Zeitraum', align: 'left' }, { label: 'Budget', align: 'right' }], rows: [['Bürgerportal', '01.2026 – 12.2027', '450.000 €'], ['E-Akte', '03.2026 – 06.2028', '820.000 €']], footer: ['Summe', '', '1.270.000 €'] } },
      ] },
      { level: 3, heading: 'Kennzahlen', blocks: [{ kind: 'chart', chart: indicator, table: chartTable(indicator) }] },
      { level: 1, heading: 'Finanzierung', blocks: [{ kind: 'chart', chart: budget, table: chartTable(budget) }] },
      { level: 1, heading: 'Anhang: Steckbriefe', blocks: [] },
      { level: 2, heading: 'Bürgerportal', blocks: [{ kind: 'facts', items: [{ label: 'Handlungsfeld', value: 'Bürgerservice und Verwaltung' }, { label: 'Federführung', value: 'Sabine Krüger' }] }] },
    ],
    ...extra,
  };
}

/** The fixture with hostile text in every place a user can type. */
export function hostileDocument(): AgendaDocument {
  const doc = fixtureDocument({ title: `Agenda ${HOSTILE}`, municipality: 'Stadt A&B' });
  doc.sections.push({ level: 1, heading: `Besonderes ${HOSTILE}`, blocks: [
    { kind: 'paragraph', text: `${HOSTILE}\n\n${'Langer Absatz mit vielen Wörtern. '.repeat(300)}` },
    { kind: 'paragraph', text: 'Steuerzeichen\u0000\u0007 entfernt, Tab\tbleibt, Leerzeichen   bleiben.' },
    { kind: 'list', items: [HOSTILE, '1. keine Liste', '- kein Strich'] },
    { kind: 'table', table: { caption: HOSTILE, columns: [{ label: 'A|B', align: 'left' }], rows: [[HOSTILE], ['x'.repeat(10_000)]], footer: null } },
  ] });
  return doc;
}
