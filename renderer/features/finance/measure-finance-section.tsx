/**
 * The fact-sheet tab "Finanzen" (#/portfolio/<id>/finance): the measure's
 * cost items by year, its financing stack with the live sum check, and below
 * them the funding applications (owned by the funding feature).
 * Imports only api/ and renderer code.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoad } from '../../api/index.ts';
import { Loading } from '../../components/page.tsx';
import { MeasureApplications } from '../funding/measure-applications.tsx';
import { CostSection } from './cost-section.tsx';
import { FinancingEditor, type ProgrammeOption } from './financing-editor.tsx';
import './finance.css';

export function MeasureFinanceSection({ measureId }: { measureId: string }) {
  const { t } = useTranslation();
  const costs = useLoad((a) => a.listCostItems({ measureId }), [measureId]);
  const financing = useLoad((a) => a.listFinancing({ measureId }), [measureId]);
  const programmes = useLoad((a) => a.listFundingProgrammes({}), []);
  const [notice, setNotice] = useState('');
  const options: ProgrammeOption[] | null = programmes.data ? programmes.data.rows.map((p) => ({ id: p.id, name: p.name })) : null;
  const error = costs.error ?? financing.error;

  return (
    <div className="cdo-finance">
      <output className="kern-body cdo-status cdo-fact-notice" aria-live="polite">{notice}</output>
      {error ? <p className="kern-body cdo-text-danger">{t('finance.loadError')} {error.message}</p> : null}
      {!error && (!costs.data || !financing.data) ? <Loading label={t('common.loading')} /> : null}
      {costs.data ? <CostSection measureId={measureId} list={costs.data} onNotice={setNotice} /> : null}
      {financing.data ? <FinancingEditor financing={financing.data} programmes={options} onNotice={setNotice} /> : null}
      {costs.data && financing.data ? <MeasureApplications measureId={measureId} /> : null}
    </div>
  );
}
