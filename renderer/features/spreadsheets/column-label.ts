/** The UI's own name for each measure field a spreadsheet column can fill (the table's column names where there are some). */
import type { ProjectColumn } from '../../../api/index.ts';

const KEYS: Partial<Record<ProjectColumn, string>> = {
  description: 'measure.field.description',
  goals: 'factSheet.field.goals',
  ikzPartners: 'factSheet.field.ikzPartners',
};

export const columnLabelKey = (column: ProjectColumn): string => KEYS[column] ?? `measures.col.${column}`;
