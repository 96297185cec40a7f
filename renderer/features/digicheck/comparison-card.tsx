/**
 * Progress since an earlier DigiCheck of the same unit: both Ist series on one
 * radar and the change per dimension in a table. Dimensions are matched by
 * their stable key, so checks made with different catalogue versions compare.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DigicheckAssessment } from '../../../api/index.ts';
import { useLoad } from '../../api/index.ts';
import { SelectBox } from '../../components/form-field.tsx';
import { currentLang, formatDate } from '../../i18n/index.ts';
import { ChartCard } from '../charts/chart-card.tsx';
import { IST_COLOR, RadarFigure } from './radar-card.tsx';
import { average, signed } from './scale.ts';

const EARLIER_COLOR = '#7d86a8';

export function ComparisonCard({ assessment, width }: { assessment: DigicheckAssessment; width?: number }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const id = useId();
  const [earlierId, setEarlierId] = useState('');
  const comparison = useLoad((a) => a.compareDigicheckAssessments({ id: assessment.id, ...(earlierId ? { earlierId } : {}) }), [assessment.id, earlierId]);
  const c = comparison.data;
  const label = (ref: { title: string; heldOn: string }) => t('digicheck.compare.of', { title: ref.title, date: formatDate(ref.heldOn, lang) });
  const both = c?.rows.filter((r) => r.ist !== null && r.earlierIst !== null) ?? [];
  const improved = both.filter((r) => (r.difference ?? 0) > 0).length;
  const figure = c?.earlier && both.length >= 3
    ? <RadarFigure data={both.map((r) => ({ name: r.name, now: r.ist, before: r.earlierIst }))} width={width}
      series={[{ key: 'now', name: t('digicheck.compare.now', { date: formatDate(assessment.heldOn, lang) }), color: IST_COLOR }, { key: 'before', name: t('digicheck.compare.before', { date: formatDate(c.earlier.heldOn, lang) }), color: EARLIER_COLOR, dashed: true }]} />
    : null;
  return (
    <ChartCard
      title={t('digicheck.compare.title')}
      description={t('digicheck.compare.description')}
      loading={!c && !comparison.error}
      error={comparison.error?.message ?? null}
      controls={c && c.candidates.length > 0 ? (
        <div className="kern-form-input">
          <label className="kern-label" htmlFor={`${id}-earlier`}>{t('digicheck.compare.pick')}</label>
          <SelectBox id={`${id}-earlier`} value={earlierId || c.earlier?.id || ''} onChange={(e) => setEarlierId(e.target.value)}>
            {c.candidates.map((x) => <option key={x.id} value={x.id}>{label(x)}</option>)}
          </SelectBox>
        </div>
      ) : null}
      chart={figure}
      empty={c && !c.earlier ? t('digicheck.compare.none') : t('digicheck.compare.tooFew')}
      summary={c?.earlier && both.length ? <p className="kern-body kern-body--small">{t('digicheck.compare.summary', { improved, count: both.length })}</p> : null}
      after={c?.earlier ? (
        <div className="kern-table-responsive"><table className="kern-table kern-table--small kern-table--striped">
          <caption className="kern-sr-only">{t('digicheck.compare.caption', { earlier: label(c.earlier) })}</caption>
          <thead>
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">{t('digicheck.col.dimension')}</th>
              <th scope="col" className="kern-table__header cdo-dc-num">{t('digicheck.compare.before', { date: formatDate(c.earlier.heldOn, lang) })}</th>
              <th scope="col" className="kern-table__header cdo-dc-num">{t('digicheck.compare.now', { date: formatDate(assessment.heldOn, lang) })}</th>
              <th scope="col" className="kern-table__header cdo-dc-num">{t('digicheck.compare.change')}</th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {c.rows.map((r) => (
              <tr key={r.key} className="kern-table__row">
                <th scope="row" className="kern-table__cell">{r.name}</th>
                <td className="kern-table__cell cdo-dc-num">{average(r.earlierIst, lang)}</td>
                <td className="kern-table__cell cdo-dc-num">{average(r.ist, lang)}</td>
                <td className="kern-table__cell cdo-dc-num">{signed(r.difference, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table></div>
      ) : null}
    />
  );
}
