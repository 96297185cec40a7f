/**
 * The ecosystem map: fields of action (rows) × the four spheres (columns).
 * Each cell counts actors, measures and stakeholders; a count opens the list
 * of those records, each linking to its own page. The table is its own text
 * alternative: row and column headers are real <th scope>.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SPHERES, type EcosystemCell, type EcosystemCellRecord } from '../../../api/index.ts';
import { useLoad } from '../../api/index.ts';
import { hrefOf } from '../../app/routes.ts';
import { Modal } from '../../components/modal.tsx';
import { currentLang, formatNumber } from '../../i18n/index.ts';
import { EcoSection } from './section.tsx';

const KINDS = ['actors', 'measures', 'stakeholders'] as const;
type Kind = (typeof KINDS)[number];

/** Where each kind of record opens. */
const hrefFor = (kind: Kind, id: string) => (kind === 'actors' ? hrefOf('ecosystem', 'actors', id) : kind === 'measures' ? hrefOf('portfolio', id) : hrefOf('stakeholders', id));

interface Opened { kind: Kind; field: string; sphere: string; records: EcosystemCellRecord[] }

export function MapSection() {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const map = useLoad((a) => a.getEcosystemMap(), []);
  const [opened, setOpened] = useState<Opened | null>(null);

  // Only what is there: an empty kind would be noise in a grid of 68 cells.
  const counts = (cell: EcosystemCell, field: string) => {
    const sphere = t(`ecosystem.sphere.${cell.sphere}`);
    const present = KINDS.filter((kind) => cell[kind].length > 0);
    if (present.length === 0) return <span className="cdo-muted">–<span className="kern-sr-only">{t('ecosystem.map.empty')}</span></span>;
    return (
      <ul className="cdo-eco-counts">
        {present.map((kind) => {
          const n = cell[kind].length;
          return (
            <li key={kind}>
              <button type="button" className="cdo-eco-count" aria-label={t(`ecosystem.map.countLabel.${kind}`, { count: n, field, sphere })}
                onClick={() => setOpened({ kind, field, sphere, records: cell[kind] })}>
                {/* The space keeps "2 Akteure" readable as text, so the visible words are the start of the button's name. */}
                <span className="cdo-eco-count__n">{formatNumber(n, lang)}</span>{' '}
                <span className="cdo-eco-count__label">{t(`ecosystem.map.kind.${kind}`, { count: n })}</span>
              </button>
            </li>
          );
        })}
      </ul>
    );
  };

  return (
    <EcoSection id="map-title" title={t('ecosystem.map.title')} lead={t('ecosystem.map.lead')} error={map.error} loading={!map.data}>
      <p className="kern-body cdo-eco-rule">{t('ecosystem.map.rule')}</p>
      {map.data ? (
        <div className="cdo-table-card cdo-eco-map-wrap">
          <table className="kern-table kern-table--small cdo-eco-map">
            <caption className="kern-sr-only">{t('ecosystem.map.caption')}</caption>
            <thead>
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">{t('ecosystem.map.field')}</th>
                {SPHERES.map((s) => (
                  <th key={s} scope="col" className={`kern-table__header cdo-eco-map__sphere cdo-eco-sphere-head--${s}`}>{t(`ecosystem.sphere.${s}`)}</th>
                ))}
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {map.data.rows.map((row) => (
                <tr key={row.fieldId} className="kern-table__row">
                  <th scope="row" className="kern-table__cell cdo-cell-title">
                    <span className="cdo-swatch" style={{ background: row.color }} aria-hidden="true" />
                    {row.fieldName}
                  </th>
                  {row.cells.map((cell) => <td key={cell.sphere} className="kern-table__cell">{counts(cell, row.fieldName)}</td>)}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="kern-table__row cdo-eco-map__total">
                <th scope="row" className="kern-table__cell">{t('ecosystem.map.total')}</th>
                {map.data.totals.map((tot) => (
                  <td key={tot.sphere} className="kern-table__cell">
                    <ul className="cdo-eco-counts">
                      {KINDS.map((k) => <li key={k}><span className="cdo-eco-count__n">{formatNumber(tot[k], lang)}</span> {t(`ecosystem.map.kind.${k}`, { count: tot[k] })}</li>)}
                    </ul>
                  </td>
                ))}
              </tr>
            </tfoot>
          </table>
        </div>
      ) : null}
      {opened ? (
        <Modal title={t(`ecosystem.map.listTitle.${opened.kind}`, { field: opened.field, sphere: opened.sphere })} onClose={() => setOpened(null)}>
          <ul className="kern-list cdo-eco-records">
            {opened.records.map((r) => (
              <li key={r.id} className="kern-body"><a className="kern-link" href={hrefFor(opened.kind, r.id)} onClick={() => setOpened(null)}>{r.name}</a></li>
            ))}
          </ul>
        </Modal>
      ) : null}
    </EcoSection>
  );
}
