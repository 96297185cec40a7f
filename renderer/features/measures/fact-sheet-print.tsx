/**
 * The printable fact sheet (#/portfolio/<id>/print): every field, the
 * milestones, dependencies and OZG services on one A4 page. fact-sheet.css
 * hides the app's navigation when printing.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Measure } from '../../../api/index.ts';
import { useLoad } from '../../api/index.ts';
import { Loading } from '../../components/page.tsx';
import { currentLang, formatDate, formatMoney } from '../../i18n/index.ts';
import { sectionHref } from './fact-sheet-tabs.tsx';

function Item({ label, children, wide }: { label: string; children: React.ReactNode; wide?: boolean }) {
  return (
    <div className={`cdo-print__item${wide ? ' cdo-print__item--wide' : ''}`}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function FactSheetPrint({ measure: m }: { measure: Measure }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const milestones = useLoad((a) => a.listMilestones({ measureId: m.id }), [m.id]);
  const deps = useLoad((a) => a.listDependencies({ measureId: m.id }), [m.id]);
  const ozg = useLoad((a) => a.listMeasureOzgServices({ measureId: m.id }), [m.id]);
  const none = t('factSheet.printSheet.none');
  const text = (v: string | null) => v || none;

  // Printing this page should print only the sheet: the class lets the print stylesheet drop the app's chrome.
  useEffect(() => {
    document.documentElement.classList.add('cdo-printing-sheet');
    return () => document.documentElement.classList.remove('cdo-printing-sheet');
  }, []);

  if (!milestones.data || !deps.data || !ozg.data) return <Loading label={t('common.loading')} />;

  const must = [
    m.mustLegal ? `${t('factSheet.field.mustLegal')}${m.mustLegalDeadline ? ` (${formatDate(m.mustLegalDeadline, lang)})` : ''}` : null,
    m.mustCritical ? t('factSheet.field.mustCritical') : null,
    m.mustPolitical ? t('factSheet.field.mustPolitical') : null,
  ].filter(Boolean);

  return (
    <article className="cdo-print" aria-labelledby="print-title">
      <div className="cdo-print__actions">
        <a className="kern-link cdo-back" href={sectionHref(m.id, 'sheet')}>
          <span className="kern-icon kern-icon--arrow-back kern-icon--small" aria-hidden="true" />
          {t('factSheet.printSheet.back')}
        </a>
        <p className="kern-body kern-body--muted">{t('factSheet.printSheet.hint')}</p>
        <button type="button" className="kern-btn kern-btn--primary" onClick={() => window.print()}>
          <span className="kern-label">{t('factSheet.print')}</span>
        </button>
      </div>

      <header className="cdo-print__head">
        <p className="cdo-print__kicker">{t('factSheet.printSheet.title')}</p>
        <h1 className="kern-heading-large" id="print-title">{m.title}</h1>
        <p className="cdo-print__meta">
          {[m.fieldName ?? t('measure.noField'), t(`phase.${m.phase}`), t(`priority.long.${m.priority}`), t('factSheet.printSheet.printedOn', { date: formatDate(m.updatedAt.slice(0, 10), lang) })].join(' · ')}
        </p>
      </header>

      <dl className="cdo-print__grid">
        {m.description ? <Item label={t('measure.field.description')} wide>{m.description}</Item> : null}
        <Item label={t('factSheet.field.goals')} wide>{text(m.goals)}</Item>
        <Item label={t('factSheet.field.impact')} wide>{text(m.impact)}</Item>
        <Item label={t('measure.field.leadUnit')}>{text(m.leadUnit)}</Item>
        <Item label={t('factSheet.field.projectLead')}>{text(m.projectLead)}</Item>
        <Item label={t('factSheet.field.participants')} wide>{text(m.participants)}</Item>
        <Item label={t('factSheet.printSheet.period')}>{m.start || m.end ? `${formatDate(m.start, lang) || none} – ${formatDate(m.end, lang) || none}` : none}</Item>
        <Item label={t('factSheet.printSheet.budget')}>{m.budget == null ? none : formatMoney(m.budget, lang)}</Item>
        <Item label={t('factSheet.printSheet.progress')}>
          <span className="cdo-meter cdo-meter--print" aria-hidden="true"><span className="cdo-meter__bar" style={{ width: `${m.progress}%` }} /></span> {m.progress} %
        </Item>
        <Item label={t('factSheet.printSheet.must')}>{must.length ? must.join(', ') : t('factSheet.printSheet.mustNone')}</Item>
        <Item label={t('factSheet.printSheet.efa')}>{m.efaReuse ? `${t('factSheet.yes')}${m.efaProvider ? ` – ${m.efaProvider}` : ''}` : t('factSheet.no')}</Item>
        <Item label={t('factSheet.field.ikzPartners')}>{text(m.ikzPartners)}</Item>
        <Item label={t('factSheet.field.risks')} wide>{text(m.risks)}</Item>
        <Item label={t('factSheet.field.tags')} wide>{m.tags.length ? m.tags.join(', ') : t('factSheet.noTags')}</Item>
      </dl>

      <section className="cdo-print__block" aria-labelledby="print-milestones">
        <h2 id="print-milestones">{t('factSheet.milestones.title')}</h2>
        {milestones.data.length === 0 ? <p>{none}</p> : (
          <table className="cdo-print__table">
            <thead>
              <tr>
                <th scope="col">{t('factSheet.milestones.col.title')}</th>
                <th scope="col">{t('factSheet.milestones.col.planned')}</th>
                <th scope="col">{t('factSheet.milestones.col.actual')}</th>
                <th scope="col">{t('factSheet.milestones.col.status')}</th>
              </tr>
            </thead>
            <tbody>
              {milestones.data.map((ms) => (
                <tr key={ms.id}>
                  <th scope="row">{ms.title}</th>
                  <td>{formatDate(ms.plannedOn, lang) || none}</td>
                  <td>{formatDate(ms.actualOn, lang) || none}</td>
                  <td className={ms.overdue ? 'cdo-print__overdue' : undefined}>{t(`factSheet.milestones.status.${ms.done ? 'done' : ms.overdue ? 'overdue' : 'open'}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <div className="cdo-print__two">
        <section className="cdo-print__block" aria-labelledby="print-deps">
          <h2 id="print-deps">{t('factSheet.dependencies.title')}</h2>
          <p><strong>{t('factSheet.dependencies.dependsOn')}:</strong> {deps.data.dependsOn.map((d) => d.title).join(', ') || none}</p>
          <p><strong>{t('factSheet.dependencies.neededBy')}:</strong> {deps.data.neededBy.map((d) => d.title).join(', ') || none}</p>
        </section>
        <section className="cdo-print__block" aria-labelledby="print-ozg">
          <h2 id="print-ozg">{t('factSheet.ozg.title')}</h2>
          {ozg.data.length === 0 ? <p>{none}</p> : (
            <ul>
              {ozg.data.map((o) => <li key={o.id}>{o.name} ({o.ozgId})</li>)}
            </ul>
          )}
        </section>
      </div>
    </article>
  );
}
