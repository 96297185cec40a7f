/**
 * The portfolio table as spreadsheet columns: header (German or English),
 * and each measure's value typed for a spreadsheet (text, number, date).
 * The headers and words are the ones the import reads back (project-columns.ts).
 */
import type { Measure, Phase, Priority, RankingRow, ViewColumn } from '../../api/index.ts';
import type { Lang } from '../messages.ts';

export type OutValue = string | number | { date: string } | null;
export type ExportColumn = 'title' | ViewColumn;

export interface OutColumn {
  key: ExportColumn;
  header: string;
  kind: 'text' | 'number' | 'money' | 'percent' | 'date';
  width: number;
}

const HEADERS: Record<Lang, Record<ExportColumn, string>> = {
  de: {
    title: 'Titel', field: 'Handlungsfeld', phase: 'Phase', priority: 'Priorität', start: 'Beginn', end: 'Ende', leadUnit: 'Federführung',
    projectLead: 'Projektleitung', budget: 'Budget (€)', progress: 'Fortschritt (%)', must: 'Muss-Kriterien', tags: 'Schlagworte',
    score: 'Gesamtwert', rank: 'Platz', efa: 'EfA-Nachnutzung',
  },
  en: {
    title: 'Title', field: 'Field of action', phase: 'Phase', priority: 'Priority', start: 'Start', end: 'End', leadUnit: 'Lead unit',
    projectLead: 'Project lead', budget: 'Budget (€)', progress: 'Progress (%)', must: 'Must criteria', tags: 'Tags',
    score: 'Score', rank: 'Rank', efa: 'EfA reuse',
  },
};

export const PHASE_LABELS: Record<Lang, Record<Phase, string>> = {
  de: { idea: 'Idee', concept: 'Konzeption', implementation: 'Umsetzung', operation: 'Betrieb', completed: 'Abgeschlossen', stopped: 'Gestoppt' },
  en: { idea: 'Idea', concept: 'Concept', implementation: 'Implementation', operation: 'Operation', completed: 'Completed', stopped: 'Stopped' },
};
const PRIORITY: Record<Lang, Record<Priority, string>> = {
  de: { high: 'Hoch', medium: 'Mittel', low: 'Niedrig' },
  en: { high: 'High', medium: 'Medium', low: 'Low' },
};
const WORDS = {
  de: { legal: 'Gesetzliche Pflicht', until: 'bis', critical: 'Geschäftskritisch', political: 'Politischer Auftrag', yes: 'ja', no: 'nein' },
  en: { legal: 'Legal duty', until: 'until', critical: 'Business critical', political: 'Political mandate', yes: 'yes', no: 'no' },
} as const;

const KIND: Partial<Record<ExportColumn, OutColumn['kind']>> = { start: 'date', end: 'date', budget: 'money', progress: 'percent', score: 'number', rank: 'number' };
const WIDTH: Partial<Record<ExportColumn, number>> = { title: 48, field: 28, leadUnit: 24, projectLead: 22, must: 30, tags: 30, budget: 14 };

export function outColumns(columns: readonly ViewColumn[], lang: Lang): OutColumn[] {
  return (['title', ...columns] as ExportColumn[]).map((key) => ({ key, header: HEADERS[lang][key], kind: KIND[key] ?? 'text', width: WIDTH[key] ?? 14 }));
}

/** German dates in the legal-duty text, as everywhere in the cockpit. */
const germanDate = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

export function outValue(key: ExportColumn, m: Measure, ranking: ReadonlyMap<string, RankingRow> | null, lang: Lang): OutValue {
  const w = WORDS[lang];
  switch (key) {
    case 'title': return m.title;
    case 'field': return m.fieldName;
    case 'phase': return PHASE_LABELS[lang][m.phase];
    case 'priority': return PRIORITY[lang][m.priority];
    case 'start': return m.start ? { date: m.start } : null;
    case 'end': return m.end ? { date: m.end } : null;
    case 'leadUnit': return m.leadUnit;
    case 'projectLead': return m.projectLead;
    case 'budget': return m.budget;
    case 'progress': return m.progress;
    case 'must': {
      const parts = [
        m.mustLegal ? (m.mustLegalDeadline ? `${w.legal} ${w.until} ${germanDate(m.mustLegalDeadline)}` : w.legal) : null,
        m.mustCritical ? w.critical : null,
        m.mustPolitical ? w.political : null,
      ].filter(Boolean);
      return parts.length ? parts.join(', ') : null;
    }
    case 'tags': return m.tags.length ? m.tags.join(', ') : null;
    case 'score': return ranking?.get(m.id)?.total ?? null;
    case 'rank': return ranking?.get(m.id)?.rank ?? null;
    case 'efa': return m.efaReuse ? w.yes : w.no;
  }
}
