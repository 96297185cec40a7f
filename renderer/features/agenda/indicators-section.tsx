/**
 * Kennzahlen: every indicator of the agenda with its goal or measure, level,
 * baseline and target, a line chart of its measurements and the same figures
 * as a table (the chart's text alternative). Measurements may be recorded
 * at any time, also after the agenda was adopted: they are monitoring data.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaIndicator, AgendaSnapshot, AgendaSummary } from '../../../api/index.ts';
import { useApi, useLoad } from '../../api/index.ts';
import { Alert } from '../../components/alert.tsx';
import { Loading } from '../../components/page.tsx';
import { inputClass } from '../../components/form-field.tsx';
import { currentLang, formatDate, formatNumber } from '../../i18n/index.ts';
import { IndicatorChart } from './indicator-chart.tsx';
import { IndicatorDialog, parseDecimal } from './indicator-dialog.tsx';
import { issueFor, useWrite, type WriteFailure } from '../../components/use-write.ts';

/** Every indicator with the goal or measure it belongs to, in reading order. */
export function indicatorsWithContext(s: AgendaSnapshot): { indicator: AgendaIndicator; context: string }[] {
  const seen = new Set<string>();
  const out: { indicator: AgendaIndicator; context: string }[] = [];
  for (const g of s.goals.flatMap((x) => [x, ...x.children])) {
    for (const i of g.indicators) out.push({ indicator: i, context: g.title });
    for (const m of g.measures) {
      for (const i of m.indicators) {
        if (seen.has(i.id)) continue;
        seen.add(i.id);
        out.push({ indicator: i, context: m.title });
      }
    }
  }
  return out;
}

export function IndicatorsSection({ agenda, width }: { agenda: AgendaSummary; width?: number }) {
  const { t } = useTranslation();
  const snap = useLoad((a) => a.getAgendaSnapshot({ agendaId: agenda.id }), [agenda.id]);
  const [dialog, setDialog] = useState<{ indicator: AgendaIndicator | null } | null>(null);
  if (snap.error) return <Alert kind="danger" title={t('agenda.loadError')}>{snap.error.message}</Alert>;
  if (!snap.data) return <Loading label={t('agenda.loading')} />;
  const list = indicatorsWithContext(snap.data);
  return (
    <div className="cdo-agenda-indicators">
      {!agenda.locked ? (
        <div className="cdo-agenda-toolbar cdo-no-print">
          <button type="button" className="kern-btn kern-btn--primary" disabled={snap.data.goals.length === 0} onClick={() => setDialog({ indicator: null })}>
            <span className="kern-icon kern-icon--add kern-icon--small" aria-hidden="true" />
            <span className="kern-label">{t('agenda.indicator.add')}</span>
          </button>
        </div>
      ) : null}
      {list.length === 0 ? <p className="kern-body kern-body--muted">{t('agenda.indicator.empty')}</p> : null}
      {list.map(({ indicator, context }) => (
        <IndicatorCard key={indicator.id} indicator={indicator} context={context} locked={agenda.locked} width={width} onEdit={() => setDialog({ indicator })} />
      ))}
      {dialog ? <IndicatorDialog agenda={snap.data} indicator={dialog.indicator} onClose={() => setDialog(null)} /> : null}
    </div>
  );
}

function IndicatorCard({ indicator: i, context, locked, width, onEdit }: { indicator: AgendaIndicator; context: string; locked: boolean; width?: number; onEdit(): void }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const api = useApi();
  const write = useWrite();
  const headingId = `indicator-${i.id}`;
  const fig = (v: number | null, on: string | null) => (v === null ? t('agenda.none') : `${formatNumber(v, lang)} ${i.unit}${on ? ` (${formatDate(on, lang)})` : ''}`);
  return (
    <section className="kern-card cdo-agenda-indicator" aria-labelledby={headingId}>
      <div className="kern-card__container">
        <div className="cdo-agenda-goal__head">
          <div>
            <h2 className="kern-heading-small" id={headingId}>{i.name}</h2>
            <p className="kern-body kern-body--small kern-body--muted">{t(`agenda.level.${i.level}`)} · {context}</p>
          </div>
          {!locked ? (
            <button type="button" className="kern-btn kern-btn--tertiary kern-btn--small cdo-no-print" onClick={onEdit} aria-label={`${t('agenda.goal.edit')}: ${i.name}`}>
              <span className="kern-label">{t('agenda.goal.edit')}</span>
            </button>
          ) : null}
        </div>
        <dl className="cdo-agenda-indicator__facts">
          <div><dt>{t('agenda.indicator.baseline')}</dt><dd>{fig(i.baseline, i.baselineOn)}</dd></div>
          <div><dt>{t('agenda.indicator.target')}</dt><dd>{fig(i.target, i.targetOn)}</dd></div>
          <div><dt>{t('agenda.indicator.source')}</dt><dd>{i.source ?? t('agenda.none')}</dd></div>
          <div><dt>{t('agenda.indicator.owner')}</dt><dd>{i.owner ?? t('agenda.none')}</dd></div>
        </dl>
        {i.description ? <p className="kern-body cdo-agenda-prose">{i.description}</p> : null}
        <div className="cdo-agenda-indicator__body">
          {i.measurements.length ? <IndicatorChart indicator={i} width={width} /> : <p className="kern-body kern-body--muted">{t('agenda.indicator.noValues')}</p>}
          <div>
            <table className="kern-table kern-table--small">
              <caption className="kern-body kern-body--small">{t('agenda.indicator.tableCaption', { name: i.name })}</caption>
              <thead>
                <tr className="kern-table__row">
                  <th scope="col" className="kern-table__header">{t('agenda.indicator.measuredOn')}</th>
                  <th scope="col" className="kern-table__header kern-table__header--numeric">{t('agenda.indicator.value')}</th>
                  <th scope="col" className="kern-table__header"><span className="kern-sr-only">{t('agenda.indicator.actions')}</span></th>
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {i.measurements.map((m) => (
                  <tr key={m.id} className="kern-table__row">
                    <td className="kern-table__cell">{formatDate(m.measuredOn, lang)}</td>
                    <td className="kern-table__cell kern-table__cell--numeric">{formatNumber(m.value, lang)} {i.unit}</td>
                    <td className="kern-table__cell">
                      <button type="button" className="kern-btn kern-btn--tertiary kern-btn--small cdo-no-print" onClick={() => void write(api.deleteAgendaMeasurement({ id: m.id }))}
                        aria-label={`${t('agenda.indicator.removeValue')}: ${formatDate(m.measuredOn, lang)}`}>
                        <span className="kern-label">{t('agenda.indicator.removeValue')}</span>
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <MeasurementForm indicator={i} />
          </div>
        </div>
      </div>
    </section>
  );
}

function MeasurementForm({ indicator }: { indicator: AgendaIndicator }) {
  const { t } = useTranslation();
  const api = useApi();
  const write = useWrite();
  const [on, setOn] = useState('');
  const [value, setValue] = useState('');
  const [failure, setFailure] = useState<WriteFailure | null>(null);
  const base = `m-${indicator.id}`;
  async function add(e: React.FormEvent) {
    e.preventDefault();
    const n = parseDecimal(value);
    if (n === null || Number.isNaN(n)) {
      setFailure({ message: '', issues: [{ path: 'value', message: t('agenda.indicator.numberInvalid') }] });
      return;
    }
    const r = await write(api.saveAgendaMeasurement({ indicatorId: indicator.id, measuredOn: on, value: n }));
    if (r.ok) {
      setOn('');
      setValue('');
      setFailure(null);
    } else setFailure(r);
  }
  const dateErr = issueFor(failure?.issues ?? [], 'measuredOn');
  const valueErr = issueFor(failure?.issues ?? [], 'value');
  return (
    <form className="cdo-agenda-measurement cdo-no-print" onSubmit={(e) => void add(e)} noValidate aria-label={t('agenda.indicator.addValueFor', { name: indicator.name })}>
      <div className={`kern-form-input${dateErr ? ' kern-form-input--error' : ''}`}>
        <label className="kern-label" htmlFor={`${base}-on`}>{t('agenda.indicator.measuredOn')}</label>
        <input id={`${base}-on`} type="date" className={inputClass(!!dateErr)} value={on} onChange={(e) => setOn(e.target.value)} aria-describedby={dateErr ? `${base}-err` : undefined} />
      </div>
      <div className={`kern-form-input${valueErr ? ' kern-form-input--error' : ''}`}>
        <label className="kern-label" htmlFor={`${base}-value`}>{t('agenda.indicator.valueIn', { unit: indicator.unit })}</label>
        <input id={`${base}-value`} inputMode="decimal" className={inputClass(!!valueErr)} value={value} onChange={(e) => setValue(e.target.value)} maxLength={20} aria-describedby={valueErr ? `${base}-err` : undefined} />
      </div>
      <button type="submit" className="kern-btn kern-btn--secondary"><span className="kern-label">{t('agenda.indicator.addValue')}</span></button>
      {dateErr || valueErr || failure?.message ? (
        <p className="kern-error" id={`${base}-err`}><span className="kern-body">{dateErr ?? valueErr ?? failure?.message}</span></p>
      ) : null}
    </form>
  );
}
