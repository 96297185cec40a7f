/** All DigiChecks: unit, date, catalogue version and the Ist/Soll averages, newest first. */
import { useTranslation } from 'react-i18next';
import { useLoad } from '../../api/index.ts';
import { hrefOf } from '../../app/routes.ts';
import { ListResults } from '../../components/list-results.tsx';
import { currentLang, formatDate } from '../../i18n/index.ts';
import { average } from './scale.ts';

export function AssessmentList() {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const list = useLoad(async (a) => {
    const r = await a.listDigicheckAssessments();
    return r.ok ? { ok: true as const, value: { total: r.value.length, rows: r.value } } : r;
  }, []);
  return (
    <>
      <div className="cdo-digicheck-head">
        <div>
          <h2 className="kern-heading-medium">{t('digicheck.listTitle')}</h2>
          <p className="kern-body kern-body--muted cdo-digicheck-intro">{t('digicheck.intro')}</p>
        </div>
        <div className="kern-btn-wrapper">
          <a className="kern-btn kern-btn--primary" href={hrefOf('analysis', 'digicheck', 'new')}><span className="kern-label">{t('digicheck.new')}</span></a>
          <a className="kern-btn kern-btn--secondary" href={hrefOf('analysis', 'digicheck', 'catalogue')}><span className="kern-label">{t('digicheck.catalogue.open')}</span></a>
        </div>
      </div>
      <ListResults list={list} filtered={false} prefix="digicheck.list">
        {(rows) => (
          <div className="cdo-table-card">
            <table className="kern-table kern-table--small">
              <caption className="kern-sr-only">{t('digicheck.list.caption')}</caption>
              <thead>
                <tr className="kern-table__row">
                  <th scope="col" className="kern-table__header">{t('digicheck.col.title')}</th>
                  <th scope="col" className="kern-table__header">{t('digicheck.col.unit')}</th>
                  <th scope="col" className="kern-table__header">{t('digicheck.col.heldOn')}</th>
                  <th scope="col" className="kern-table__header">{t('digicheck.col.catalogue')}</th>
                  <th scope="col" className="kern-table__header cdo-dc-num">{t('digicheck.ist')}</th>
                  <th scope="col" className="kern-table__header cdo-dc-num">{t('digicheck.soll')}</th>
                  <th scope="col" className="kern-table__header cdo-dc-num">{t('digicheck.col.answered')}</th>
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {rows.map((a) => (
                  <tr key={a.id} className="kern-table__row">
                    <th scope="row" className="kern-table__cell cdo-cell-title"><a className="kern-link" href={hrefOf('analysis', 'digicheck', a.id)}>{a.title}</a></th>
                    <td className="kern-table__cell">
                      {a.unit.name}
                      {a.unit.kind === 'field' ? <span className="cdo-cell-sub">{t('digicheck.fieldOfAction')}</span> : null}
                    </td>
                    <td className="kern-table__cell cdo-nowrap">{formatDate(a.heldOn, lang)}</td>
                    <td className="kern-table__cell">{t('digicheck.catalogueVersion', { name: a.catalogueName, version: a.catalogueVersion })}</td>
                    <td className="kern-table__cell cdo-dc-num">{average(a.ist, lang)}</td>
                    <td className="kern-table__cell cdo-dc-num">{average(a.soll, lang)}</td>
                    <td className="kern-table__cell cdo-dc-num cdo-nowrap">{t('digicheck.answeredOf', { answered: a.answered, questions: a.questions })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </ListResults>
    </>
  );
}
