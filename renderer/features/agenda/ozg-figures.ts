/**
 * Starting-position figures taken from the OZG maturity the CDO recorded
 * (Standortanalyse → OZG-Reifegrad), so the agenda quotes the same numbers.
 */
import type { TFunction } from 'i18next';
import type { OzgMaturityChart } from '../../../api/index.ts';
import { formatDate, formatNumber, type FormatLang } from '../../i18n/format.ts';

export interface FigureRow {
  label: string;
  value: string;
  unit: string;
  source: string;
}

/** The figures of model 1.1, or none when no relevant service is assessed yet. */
export function ozgFigures(chart: OzgMaturityChart, t: TFunction, lang: FormatLang): FigureRow[] {
  if (chart.share === null || chart.assessed === 0) return [];
  // The figures are as of the day they are taken over.
  const source = t('agenda.ozgFigures.source', { date: formatDate(new Date().toISOString(), lang) });
  return [
    { label: t('agenda.ozgFigures.share'), value: formatNumber(Math.round(chart.share * 100), lang), unit: '%', source },
    { label: t('agenda.ozgFigures.assessed'), value: String(chart.assessed), unit: t('agenda.ozgFigures.services'), source },
  ];
}

/** Adds the figures, replacing earlier ones with the same label (taking them over twice updates them). */
export function mergeFigures(current: FigureRow[], added: FigureRow[]): FigureRow[] {
  const labels = new Set(added.map((f) => f.label));
  return [...current.filter((f) => !labels.has(f.label)), ...added];
}
