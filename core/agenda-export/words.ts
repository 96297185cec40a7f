/**
 * The fixed words of the exported agenda in German and English (headings,
 * column names, placeholders). The content itself is what the municipality
 * wrote and is never translated.
 */
import type { FinancingSource, GoalKind, IndicatorLevel, Phase, Priority, VersionStatus } from '../../api/index.ts';

const de = {
  contents: 'Inhalt', pageOf: 'Seite {page} von {pages}', chartLabel: 'Diagramm',
  period: 'Zeitraum {from}–{to}', asOf: 'Stand: {date}', noVersion: 'Arbeitsstand (noch keine Version angelegt)',
  version: 'Version {n} – {status}', liveDraft: 'Arbeitsstand', adopted: 'Beschlossen durch {body} am {date} ({number})',
  audience: { council: 'Fassung für den Rat', public: 'Öffentliche Fassung (ohne Kosten und Personennamen)' },
  status: { draft: 'Entwurf', consultation: 'in Beteiligung', adopted: 'beschlossen', updated: 'fortgeschrieben' } satisfies Record<VersionStatus, string>,
  phase: { idea: 'Idee', concept: 'Konzeption', implementation: 'Umsetzung', operation: 'Betrieb', completed: 'Abgeschlossen', stopped: 'Gestoppt' } satisfies Record<Phase, string>,
  priority: { high: 'Hoch', medium: 'Mittel', low: 'Niedrig' } satisfies Record<Priority, string>,
  level: { input: 'Input', output: 'Output', outcome: 'Outcome', impact: 'Impact' } satisfies Record<IndicatorLevel, string>,
  goalKind: { strategic: 'Strategisches Ziel', operational: 'Operatives Ziel' } satisfies Record<GoalKind, string>,
  source: { own: 'Eigenmittel', funding: 'Fördermittel', partner: 'Partner', other: 'Sonstige' } satisfies Record<FinancingSource, string>,
  section: {
    vision: 'Vision und Leitlinien', principles: 'Leitlinien', situation: 'Ausgangslage', fields: 'Handlungsfelder und Ziele',
    noField: 'Übergreifende Ziele', roadmap: 'Umsetzungsplan', implementation: 'Umsetzung und Steuerung',
    undated: 'Maßnahmen ohne Termine', financing: 'Finanzierungsübersicht', charts: 'Diagramme und Kennzahlen',
    factSheets: 'Anhang: Steckbriefe der Maßnahmen',
  },
  col: {
    measure: 'Maßnahme', field: 'Handlungsfeld', phase: 'Phase', period: 'Zeitraum', start: 'Beginn', end: 'Ende', lead: 'Federführung',
    indicator: 'Kennzahl', level: 'Ebene', baseline: 'Ausgangswert', target: 'Zielwert', targetOn: 'Zieldatum', latest: 'Letzter Wert',
    figure: 'Kennzahl', value: 'Wert', sourceOf: 'Quelle', year: 'Jahr', investive: 'Investiv', consumptive: 'Konsumtiv', total: 'Summe',
    financingSource: 'Finanzierungsquelle', amount: 'Betrag', share: 'Anteil', milestones: 'Meilensteine', missing: 'Es fehlt',
    count: 'Anzahl', measures: 'Maßnahmen', date: 'Datum', indicators: 'Kennzahlen',
  },
  missing: { start: 'Beginn', end: 'Ende', both: 'Beginn und Ende' },
  fact: {
    description: 'Beschreibung', field: 'Handlungsfeld', phase: 'Phase', priority: 'Priorität', period: 'Zeitraum', lead: 'Federführung',
    projectLead: 'Projektleitung', participants: 'Beteiligte', goals: 'Ziele', impact: 'Wirkung', risks: 'Risiken', budget: 'Budget',
    plannedCost: 'Geplante Kosten', progress: 'Fortschritt', efa: 'Nachnutzung (Einer für Alle)', partners: 'Interkommunale Partner',
    milestones: 'Meilensteine', none: '–', done: 'erreicht', planned: 'geplant', yes: 'ja',
  },
  placeholder: {
    vision: 'Die Vision ist noch nicht formuliert.', principles: 'Noch keine Leitlinien.', situation: 'Die Ausgangslage ist noch nicht beschrieben.',
    fields: 'Der Agenda sind noch keine Handlungsfelder und Ziele zugeordnet.', goalEmpty: 'Diesem Handlungsfeld sind noch keine Ziele zugeordnet.',
    measures: 'Noch keine Maßnahmen verknüpft.', roadmap: 'Noch keine Maßnahmen mit Terminen.',
    financing: 'Für die Maßnahmen der Agenda sind noch keine Kosten geplant.', factSheets: 'Noch keine Maßnahmen verknüpft.',
    charts: 'Noch keine Daten für Diagramme.', factSheetGone: 'Der Steckbrief dieser Maßnahme ist nicht mehr vorhanden.',
  },
  chart: {
    byField: 'Maßnahmen je Handlungsfeld', byFieldSummary: '{count} Maßnahmen in {fields} Handlungsfeldern; die meisten in „{top}“ ({max}).',
    byPhase: 'Maßnahmen nach Phase', byPhaseSummary: 'Verteilung der {count} Maßnahmen auf die Phasen; die meisten in „{top}“ ({max}).',
    costs: 'Geplante Kosten je Jahr', costsSummary: 'Geplante Kosten von {from} bis {to}, zusammen {total}.',
    indicator: 'Kennzahl: {name}', indicatorSummary: 'Werte von {first} ({firstOn}) bis {last} ({lastOn}){target}.', targetPart: '; Ziel {target}',
    measured: 'Messwert', targetSeries: 'Zielwert', measures: 'Maßnahmen', euro: '€',
    running: 'Laufende Maßnahmen je Jahr', runningSummary: 'Maßnahmen in Umsetzung je Jahr von {from} bis {to}; die meisten im Jahr {top} ({max}).',
  },
  financingNote: 'Summen der geplanten Kosten und der Finanzierung aller Maßnahmen dieser Agenda.',
  costsCaption: 'Geplante Kosten je Jahr', sourcesCaption: 'Finanzierung nach Quelle', byFieldCaption: 'Geplante Kosten je Handlungsfeld',
  fileName: '{title} – {version}', fileVersion: 'Version {n}', fileDraft: 'Arbeitsstand',
};

export type Words = typeof de;

const en: Words = {
  contents: 'Contents', pageOf: 'Page {page} of {pages}', chartLabel: 'Chart',
  period: 'Period {from}–{to}', asOf: 'As of {date}', noVersion: 'Working state (no version yet)',
  version: 'Version {n} – {status}', liveDraft: 'Working state', adopted: 'Adopted by {body} on {date} ({number})',
  audience: { council: 'Council edition', public: 'Public edition (without costs and personal names)' },
  status: { draft: 'draft', consultation: 'in consultation', adopted: 'adopted', updated: 'updated' },
  phase: { idea: 'Idea', concept: 'Concept', implementation: 'Implementation', operation: 'Operation', completed: 'Completed', stopped: 'Stopped' },
  priority: { high: 'High', medium: 'Medium', low: 'Low' },
  level: { input: 'Input', output: 'Output', outcome: 'Outcome', impact: 'Impact' },
  goalKind: { strategic: 'Strategic goal', operational: 'Operational goal' },
  source: { own: 'Own funds', funding: 'Funding', partner: 'Partners', other: 'Other' },
  section: {
    vision: 'Vision and principles', principles: 'Principles', situation: 'Starting position', fields: 'Fields of action and goals',
    noField: 'Cross-cutting goals', roadmap: 'Roadmap', implementation: 'Implementation and steering',
    undated: 'Measures without dates', financing: 'Financing overview', charts: 'Charts and indicators',
    factSheets: 'Appendix: measure fact sheets',
  },
  col: {
    measure: 'Measure', field: 'Field of action', phase: 'Phase', period: 'Period', start: 'Start', end: 'End', lead: 'Lead unit',
    indicator: 'Indicator', level: 'Level', baseline: 'Baseline', target: 'Target', targetOn: 'Target date', latest: 'Latest value',
    figure: 'Figure', value: 'Value', sourceOf: 'Source', year: 'Year', investive: 'Investive', consumptive: 'Consumptive', total: 'Total',
    financingSource: 'Source of funds', amount: 'Amount', share: 'Share', milestones: 'Milestones', missing: 'Missing',
    count: 'Count', measures: 'Measures', date: 'Date', indicators: 'Indicators',
  },
  missing: { start: 'start', end: 'end', both: 'start and end' },
  fact: {
    description: 'Description', field: 'Field of action', phase: 'Phase', priority: 'Priority', period: 'Period', lead: 'Lead unit',
    projectLead: 'Project lead', participants: 'Participants', goals: 'Goals', impact: 'Impact', risks: 'Risks', budget: 'Budget',
    plannedCost: 'Planned cost', progress: 'Progress', efa: 'Reuse (One for all)', partners: 'Inter-municipal partners',
    milestones: 'Milestones', none: '–', done: 'reached', planned: 'planned', yes: 'yes',
  },
  placeholder: {
    vision: 'The vision has not been written yet.', principles: 'No principles yet.', situation: 'The starting position has not been described yet.',
    fields: 'No fields of action and goals are assigned to the agenda yet.', goalEmpty: 'No goals are assigned to this field of action yet.',
    measures: 'No measures linked yet.', roadmap: 'No measures with dates yet.',
    financing: 'No costs are planned for the measures of this agenda yet.', factSheets: 'No measures linked yet.',
    charts: 'No data for charts yet.', factSheetGone: 'The fact sheet of this measure no longer exists.',
  },
  chart: {
    byField: 'Measures per field of action', byFieldSummary: '{count} measures in {fields} fields of action; most in “{top}” ({max}).',
    byPhase: 'Measures by phase', byPhaseSummary: 'The {count} measures by phase; most in “{top}” ({max}).',
    costs: 'Planned cost per year', costsSummary: 'Planned cost from {from} to {to}, {total} in total.',
    indicator: 'Indicator: {name}', indicatorSummary: 'Values from {first} ({firstOn}) to {last} ({lastOn}){target}.', targetPart: '; target {target}',
    measured: 'Measured', targetSeries: 'Target', measures: 'Measures', euro: '€',
    running: 'Measures running per year', runningSummary: 'Measures running per year from {from} to {to}; most in {top} ({max}).',
  },
  financingNote: 'Totals of the planned cost and the financing of all measures of this agenda.',
  costsCaption: 'Planned cost per year', sourcesCaption: 'Financing by source', byFieldCaption: 'Planned cost per field of action',
  fileName: '{title} – {version}', fileVersion: 'Version {n}', fileDraft: 'Working state',
};

export const WORDS: Record<'de' | 'en', Words> = { de, en };

/** Fills `{name}` placeholders. */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (key in params ? String(params[key]) : m));
}
