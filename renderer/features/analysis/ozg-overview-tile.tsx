/** The Übersicht tile of the OZG maturity: the share of relevant services at level 3 or higher (model 1.1), linking to the tab. */
import { useTranslation } from 'react-i18next';
import { useLoad } from '../../api/index.ts';
import { hrefOf } from '../../app/routes.ts';
import { currentLang, formatNumber } from '../../i18n/index.ts';
import { Tile } from '../overview/tile.tsx';

export function OzgMaturityTile() {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const chart = useLoad((a) => a.getOzgMaturityChart({ model: '1.1' }), []);
  const c = chart.data;
  const percent = c && c.share !== null ? Math.round(c.share * 100) : null;
  return (
    <Tile id="ozg" title={t('ozgMaturity.tile.title')} desc={t('ozgMaturity.tile.desc')}>
      {chart.error ? <p className="kern-body cdo-text-danger">{t('overview.tiles.loadError')}</p> : null}
      {c && percent === null ? <p className="cdo-tile__muted">{t('ozgMaturity.tile.none')}</p> : null}
      {c && percent !== null ? (
        <>
          <p className="cdo-tile__figure">{formatNumber(percent, lang)} %</p>
          <div className="cdo-tile__bar" aria-hidden="true">
            <span className="cdo-tile__bar-fill" style={{ width: `${percent}%` }} />
          </div>
          <p className="cdo-tile__muted">{t('ozgMaturity.share.headline', { count: c.assessed, n: formatNumber(c.atLeast3, lang), total: formatNumber(c.assessed, lang) })}</p>
        </>
      ) : null}
      <p className="cdo-tile__foot"><a className="kern-link" href={hrefOf('analysis', 'ozg')}>{t('ozgMaturity.tile.link')}</a></p>
    </Tile>
  );
}
