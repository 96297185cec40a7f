/**
 * Column names of project lists, German and English: the ones this cockpit
 * exports, the ones the peer pack format names (PACK-FORMAT.md, last
 * section) and the usual spellings of municipal project lists, compared by
 * headerKey (folded, without punctuation and units).
 */
import type { Phase, Priority, ProjectColumn, ProjectImportColumn } from '../../api/index.ts';
import { headerKey } from './sheet.ts';
import type { Lang } from '../messages.ts';

const HEADERS: Record<ProjectColumn, string[]> = {
  title: ['titel', 'title', 'name', 'massnahme', 'massnahmentitel', 'projekt', 'projekttitel', 'projektname', 'vorhaben', 'bezeichnung', 'measure', 'project'],
  description: ['beschreibung', 'description', 'kurzbeschreibung', 'projektbeschreibung', 'summary', 'inhalt'],
  field: ['handlungsfeld', 'field', 'fieldofaction', 'themenfeld', 'bereich'],
  phase: ['phase', 'status', 'projektstatus', 'stand', 'projektphase'],
  priority: ['prioritaet', 'priority', 'prio'],
  start: ['beginn', 'start', 'startdatum', 'projektbeginn', 'anfang', 'von', 'startdate'],
  end: ['ende', 'end', 'enddatum', 'projektende', 'bis', 'enddate', 'laufzeitende'],
  leadUnit: ['federfuehrung', 'leadunit', 'federfuehrendeeinheit', 'federfuehrendesamt', 'amt', 'organisationseinheit', 'zustaendigkeit', 'lead'],
  projectLead: ['projektleitung', 'projectlead', 'ansprechperson', 'ansprechpartner', 'ansprechpartnerin', 'contact', 'verantwortlich', 'projektleiter', 'projektleiterin'],
  budget: ['budget', 'budgeteur', 'kosten', 'gesamtkosten', 'projektvolumen', 'volumen', 'cost', 'costs'],
  progress: ['fortschritt', 'progress', 'fertigstellungsgrad'],
  tags: ['schlagworte', 'schlagwort', 'tags', 'tag', 'stichworte', 'keywords'],
  must: ['musskriterien', 'musskriterium', 'mustcriteria', 'must'],
  efa: ['efanachnutzung', 'efareuse', 'efa', 'einerfueralle'],
  ikzPartners: ['partner', 'partners', 'ikzpartner', 'kooperationspartner', 'ikz'],
  goals: ['ziele', 'ziel', 'goals', 'objectives'],
};
const BY_HEADER = new Map(Object.entries(HEADERS).flatMap(([col, keys]) => keys.map((k) => [k, col as ProjectColumn])));

/** Columns the cockpit computes itself (it exports them; reading them back would overwrite nothing sensible). */
const COMPUTED = new Set(['gesamtwert', 'score', 'platz', 'rank', 'rang', 'zuletztgeaendert', 'updated', 'updatedat']);

/** The measure fields by name, for the CLI's mapping table (the renderer has its own i18n). */
export const PROJECT_COLUMN_LABELS: Record<Lang, Record<ProjectColumn, string>> = {
  de: {
    title: 'Titel', description: 'Beschreibung', field: 'Handlungsfeld', phase: 'Phase', priority: 'Priorität', start: 'Beginn', end: 'Ende',
    leadUnit: 'Federführung', projectLead: 'Projektleitung', budget: 'Budget', progress: 'Fortschritt', tags: 'Schlagworte',
    must: 'Muss-Kriterien', efa: 'EfA-Nachnutzung', ikzPartners: 'IKZ-Partner', goals: 'Ziele',
  },
  en: {
    title: 'Title', description: 'Description', field: 'Field of action', phase: 'Phase', priority: 'Priority', start: 'Start', end: 'End',
    leadUnit: 'Lead unit', projectLead: 'Project lead', budget: 'Budget', progress: 'Progress', tags: 'Tags',
    must: 'Must criteria', efa: 'EfA reuse', ikzPartners: 'IKZ partners', goals: 'Goals',
  },
};

export interface ProjectMapping {
  columns: ProjectImportColumn[];
  /** Column index per measure field (the first column that maps to it). */
  index: Partial<Record<ProjectColumn, number>>;
}

export function mapHeaders(headers: string[]): ProjectMapping {
  const index: ProjectMapping['index'] = {};
  const columns = headers.map((header, i): ProjectImportColumn => {
    const key = headerKey(header);
    if (!key) return { header, column: null, ignored: 'empty' };
    if (COMPUTED.has(key)) return { header, column: null, ignored: 'computed' };
    const column = BY_HEADER.get(key);
    if (!column) return { header, column: null, ignored: 'unknown' };
    // A second column for the same field is not guessed at.
    if (index[column] !== undefined) return { header, column: null, ignored: 'duplicate' };
    index[column] = i;
    return { header, column, ignored: null };
  });
  return { columns, index };
}

/** Phases by their German and English names, the stored keys and the peer pack statuses. */
export const PHASE_WORDS: Record<string, Phase> = {
  idee: 'idea', idea: 'idea', vorschlag: 'idea',
  konzeption: 'concept', konzept: 'concept', concept: 'concept', planung: 'concept', geplant: 'concept', planned: 'concept', inplanung: 'concept',
  umsetzung: 'implementation', implementation: 'implementation', inumsetzung: 'implementation', inprogress: 'implementation', laufend: 'implementation', inarbeit: 'implementation',
  betrieb: 'operation', operation: 'operation', operating: 'operation', imbetrieb: 'operation', regelbetrieb: 'operation',
  abgeschlossen: 'completed', completed: 'completed', erledigt: 'completed', fertig: 'completed', done: 'completed',
  gestoppt: 'stopped', stopped: 'stopped', eingestellt: 'stopped', abgebrochen: 'stopped', cancelled: 'stopped', canceled: 'stopped',
};

export const PRIORITY_WORDS: Record<string, Priority> = {
  hoch: 'high', high: 'high', a: 'high', '1': 'high',
  mittel: 'medium', medium: 'medium', normal: 'medium', b: 'medium', '2': 'medium',
  niedrig: 'low', low: 'low', gering: 'low', c: 'low', '3': 'low',
};

export type MustReason = 'mustLegal' | 'mustCritical' | 'mustPolitical';
export const MUST_WORDS: Record<string, MustReason> = {
  gesetzlichepflicht: 'mustLegal', gesetzlich: 'mustLegal', pflicht: 'mustLegal', rechtlich: 'mustLegal', legal: 'mustLegal', legalduty: 'mustLegal', legalobligation: 'mustLegal',
  geschaeftskritisch: 'mustCritical', kritisch: 'mustCritical', critical: 'mustCritical', businesscritical: 'mustCritical',
  politischerauftrag: 'mustPolitical', politisch: 'mustPolitical', political: 'mustPolitical', politicalmandate: 'mustPolitical',
};
