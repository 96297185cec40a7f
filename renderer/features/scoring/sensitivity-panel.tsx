/**
 * "Wie stabil ist die Rangfolge?": one criterion's weight moves (slider or
 * −10/−5/+5/+10), the others follow in proportion, and the ranking that would
 * result is shown with the rows that move. Nothing is saved; the change is
 * announced politely for screen readers.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Criterion, RankChange, RankingRow } from '../../../api/index.ts';
import { useLoad } from '../../api/index.ts';
import { hrefOf } from '../../app/routes.ts';
import { SelectBox } from '../../components/form-field.tsx';
import { currentLang, formatNumber } from '../../i18n/index.ts';
import { ScoreBar } from './scoring-parts.tsx';

const STEPS = [-10, -5, 5, 10] as const;

function Movement({ change }: { change: RankChange | undefined }) {
  const { t } = useTranslation();
  if (!change) return <span className="cdo-muted">{t('scoring.sensitivity.same')}</span>;
  const places = Math.abs(change.from - change.to);
  const up = change.to < change.from;
  return (
    <span className={`cdo-move cdo-move--${up ? 'up' : 'down'}`}>
      <span aria-hidden="true">{up ? '↑' : '↓'} {places}</span>
      <span className="kern-sr-only">{t(up ? 'scoring.sensitivity.up' : 'scoring.sensitivity.down', { count: places })}</span>
    </span>
  );
}

export function SensitivityPanel({ criteria, hasScores }: { criteria: Criterion[]; hasScores: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const id = useId();
  const [criterionId, setCriterionId] = useState(criteria[0]?.id ?? '');
  const [delta, setDelta] = useState(0);
  const criterion = criteria.find((c) => c.id === criterionId) ?? criteria[0];
  const base = criterion?.weight ?? 0;
  const weight = Math.min(100, Math.max(0, base + delta));
  const effective = weight - base;

  const result = useLoad(
    (a) => (criterion && effective !== 0 ? a.getSensitivity({ criterionId: criterion.id, deltas: [effective] }) : Promise.resolve({ ok: true as const, value: null })),
    [criterion?.id, effective],
  );
  const step = result.data?.steps[0] ?? null;

  if (!criterion) return null;
  if (!hasScores) return <p className="kern-body kern-body--muted">{t('scoring.sensitivity.nothing')}</p>;

  const move = (d: number) => setDelta(Math.min(100, Math.max(0, weight + d)) - base);
  const name = criterion.name;
  const changes = new Map((step?.changes ?? []).map((c) => [c.measureId, c]));
  const biggest = [...changes.values()].sort((a, b) => Math.abs(b.from - b.to) - Math.abs(a.from - a.to) || a.to - b.to)[0];
  let announcement = '';
  if (effective === 0) announcement = t('scoring.sensitivity.atBase');
  else if (step && step.weight === weight) {
    announcement = biggest
      ? t('scoring.sensitivity.announce', { name, weight: formatNumber(weight, lang), count: changes.size, title: biggest.title, from: biggest.from, to: biggest.to })
      : t('scoring.sensitivity.announceSame', { name, weight: formatNumber(weight, lang) });
  }
  const rows: RankingRow[] = (step?.rows ?? []).filter((r) => r.rank !== null);

  return (
    <div className="cdo-sensitivity">
      <div className="cdo-sensitivity__controls">
        <div className="kern-form-input cdo-sensitivity__criterion">
          <label className="kern-label" htmlFor={`${id}-criterion`}>{t('scoring.sensitivity.criterion')}</label>
          <SelectBox id={`${id}-criterion`} value={criterion.id} onChange={(e) => { setCriterionId(e.target.value); setDelta(0); }}>
            {criteria.map((c) => <option key={c.id} value={c.id}>{`${c.name} (${formatNumber(c.weight, lang)} %)`}</option>)}
          </SelectBox>
        </div>
        <div className="kern-form-input cdo-sensitivity__weight">
          <label className="kern-label" htmlFor={`${id}-slider`}>{t('scoring.sensitivity.slider', { name })}</label>
          <div className="cdo-sensitivity__slider-row">
            <input id={`${id}-slider`} type="range" min={0} max={100} step={1} value={weight} className="cdo-sensitivity__slider"
              aria-valuetext={`${formatNumber(weight, lang)} %`} aria-describedby={`${id}-now`} onChange={(e) => setDelta(Number(e.target.value) - base)} />
            <span id={`${id}-now`} className="kern-body cdo-sensitivity__now">{t('scoring.sensitivity.weightNow', { weight: formatNumber(weight, lang), base: formatNumber(base, lang) })}</span>
          </div>
          <div className="kern-btn-wrapper cdo-sensitivity__steps">
            {STEPS.map((d) => (
              <button key={d} type="button" className="kern-btn kern-btn--secondary kern-btn--x-small" onClick={() => move(d)}
                aria-label={t('scoring.sensitivity.deltaLabel', { delta: d > 0 ? `+${d}` : `−${-d}` })}>
                <span className="kern-label">{d > 0 ? `+${d}` : `−${-d}`}</span>
              </button>
            ))}
            <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" disabled={effective === 0} onClick={() => setDelta(0)}>
              <span className="kern-label">{t('scoring.sensitivity.reset')}</span>
            </button>
          </div>
        </div>
      </div>
      <output className="kern-body cdo-sensitivity__announce" aria-live="polite">{announcement}</output>
      {effective !== 0 && step ? (
        <div className="cdo-table-card cdo-sensitivity__table">
          <table className="kern-table kern-table--small">
            <caption className="kern-sr-only">{t('scoring.sensitivity.caption', { name, weight: formatNumber(weight, lang) })}</caption>
            <thead>
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header kern-table__header--numeric cdo-ranking__rank">{t('scoring.sensitivity.col.rank')}</th>
                <th scope="col" className="kern-table__header">{t('scoring.sensitivity.col.change')}</th>
                <th scope="col" className="kern-table__header">{t('scoring.sensitivity.col.measure')}</th>
                <th scope="col" className="kern-table__header cdo-ranking__total">{t('scoring.sensitivity.col.total')}</th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {rows.map((r) => {
                const c = changes.get(r.measureId);
                return (
                  <tr key={r.measureId} className={`kern-table__row${c ? ` cdo-moved cdo-moved--${c.to < c.from ? 'up' : 'down'}` : ''}`}>
                    <td className="kern-table__cell kern-table__cell--numeric cdo-ranking__rank">{r.rank}</td>
                    <td className="kern-table__cell cdo-nowrap"><Movement change={c} /></td>
                    <th scope="row" className="kern-table__cell cdo-cell-title">
                      <a className="kern-link cdo-row-link" href={hrefOf('portfolio', r.measureId)}>{r.title}</a>
                    </th>
                    <td className="kern-table__cell">{r.total === null ? null : <ScoreBar value={r.total} />}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
