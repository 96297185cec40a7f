/**
 * The fixed words of the exported partial strategy in German and English.
 * What the workshop wrote (narratives, recommendations) is never translated.
 */
import type { Priority } from '../../api/index.ts';

const de = {
  title: 'Teilstrategie Digitalisierung – {unit} {from}–{to}',
  basis: 'Grundlage: {assessment} vom {date}',
  asOf: 'Stand: {date}',
  unitLine: 'Bewertete Einheit: {unit}',
  period: 'Zeitraum {from}–{to}',
  fileName: 'Teilstrategie {unit} {from}-{to}',
  labels: { contents: 'Inhalt', pageOf: 'Seite {page} von {pages}', chart: 'Diagramm' },
  priority: { high: 'Hoch', medium: 'Mittel', low: 'Niedrig' } satisfies Record<Priority, string>,
  section: {
    summary: 'Zusammenfassung', workshop: 'Der DigiCheck', startingPosition: 'Digitale Ausgangslage', needForChange: 'Veränderungsbedarf',
    itChallenges: 'IT-Herausforderungen', result: 'Ergebnis: Ist und Soll je Dimension', recommendations: 'Empfehlungen nach Jahren',
    year: 'Jahr {year} ({calendarYear})', costs: 'Kosten und Personal',
  },
  summary: 'Die Teilstrategie fasst {count} Empfehlungen für die Jahre {from} bis {to} zusammen. Über die drei Jahre kosten sie zusammen {threeYears}; nach {to} bleiben laufende Kosten von {after} im Jahr.',
  summaryEmpty: 'Für diesen DigiCheck sind noch keine Empfehlungen erfasst.',
  recurring: 'Laufende Kosten fallen ab dem Jahr ihrer Empfehlung in jedem folgenden Jahr wieder an; die Summe der drei Jahre zählt sie deshalb für jedes Jahr, in dem sie anfallen. Personal bleibt ab dem Jahr seiner Empfehlung.',
  fact: {
    count: 'Empfehlungen', oneOff: 'Einmalige Kosten', after: 'Laufende Kosten je Jahr ab {year}', threeYears: 'Kosten der drei Jahre zusammen',
    staff: 'Personalbedarf', unit: 'Bewertete Einheit', heldOn: 'Datum des Workshops', participants: 'Teilnehmende', catalogue: 'Fragenkatalog',
    catalogueVersion: '{name}, Version {version}',
  },
  col: {
    dimension: 'Dimension', ist: 'Ist', soll: 'Soll', gap: 'Abstand', recommendation: 'Empfehlung', priority: 'Priorität',
    oneOff: 'Einmalig', yearly: 'Jährlich', staff: 'Personal (VZÄ)', year: 'Jahr', yearlyNew: 'Laufend, neu', yearlyRunning: 'Laufend, fällig',
    total: 'Summe des Jahres', all: 'Drei Jahre zusammen',
  },
  chart: {
    title: 'Ist und Soll je Dimension', unit: 'Stufe 0–4',
    summary: 'Der größte Abstand zwischen Ist und Soll liegt bei „{dimension}“ ({gap} Stufen); im Mittel liegt das Ist bei {ist}, das Soll bei {soll}.',
  },
  staffValue: '{fte} VZÄ',
  became: { idea: 'Wird verfolgt als Idee „{title}“.', measure: 'Wird umgesetzt als Maßnahme „{title}“.' },
  none: '–',
  noRecommendations: 'Für dieses Jahr sind keine Empfehlungen vorgesehen.',
  noNarrative: 'Dazu wurde im Workshop nichts festgehalten.',
  noScores: 'Im DigiCheck sind noch keine Bewertungen erfasst.',
};

export type StrategyWords = typeof de;

const en: StrategyWords = {
  title: 'Digital partial strategy – {unit} {from}–{to}',
  basis: 'Based on: {assessment} of {date}',
  asOf: 'As of {date}',
  unitLine: 'Unit assessed: {unit}',
  period: 'Period {from}–{to}',
  fileName: 'Partial strategy {unit} {from}-{to}',
  labels: { contents: 'Contents', pageOf: 'Page {page} of {pages}', chart: 'Chart' },
  priority: { high: 'High', medium: 'Medium', low: 'Low' },
  section: {
    summary: 'Summary', workshop: 'The DigiCheck', startingPosition: 'Digital starting position', needForChange: 'Need for change',
    itChallenges: 'IT challenges', result: 'Result: as-is and target per dimension', recommendations: 'Recommendations by year',
    year: 'Year {year} ({calendarYear})', costs: 'Costs and staff',
  },
  summary: 'The partial strategy brings together {count} recommendations for the years {from} to {to}. Over the three years they cost {threeYears} in total; after {to}, running costs of {after} a year remain.',
  summaryEmpty: 'No recommendations have been recorded for this DigiCheck yet.',
  recurring: 'Yearly costs recur in every year from the year of their recommendation on, so the three-year total counts them once for each year they are due. Staff stays from the year of its recommendation on.',
  fact: {
    count: 'Recommendations', oneOff: 'One-off costs', after: 'Running costs per year from {year}', threeYears: 'Costs of the three years together',
    staff: 'Staff need', unit: 'Unit assessed', heldOn: 'Date of the workshop', participants: 'Participants', catalogue: 'Question catalogue',
    catalogueVersion: '{name}, version {version}',
  },
  col: {
    dimension: 'Dimension', ist: 'As-is', soll: 'Target', gap: 'Gap', recommendation: 'Recommendation', priority: 'Priority',
    oneOff: 'One-off', yearly: 'Yearly', staff: 'Staff (FTE)', year: 'Year', yearlyNew: 'Running, new', yearlyRunning: 'Running, due',
    total: 'Total of the year', all: 'Three years together',
  },
  chart: {
    title: 'As-is and target per dimension', unit: 'Level 0–4',
    summary: 'The largest gap between as-is and target is in "{dimension}" ({gap} levels); on average the as-is is {ist}, the target {soll}.',
  },
  staffValue: '{fte} FTE',
  became: { idea: 'Pursued as the idea "{title}".', measure: 'Carried out as the measure "{title}".' },
  none: '–',
  noRecommendations: 'No recommendations are planned for this year.',
  noNarrative: 'Nothing was recorded on this in the workshop.',
  noScores: 'No scores have been recorded in the DigiCheck yet.',
};

export const STRATEGY_WORDS: Record<'de' | 'en', StrategyWords> = { de, en };
