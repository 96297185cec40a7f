/**
 * The board by phase ("Tafel"): a column per phase with cards. A card moves to
 * another phase through its "Phase ändern" menu (keyboard: Enter opens, arrow
 * keys move, Escape closes); that is one saveMeasure, so Ctrl+Z undoes it.
 * Each column shows at most BOARD_LIMIT cards; the rest are one click away in
 * the table filtered by that phase.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PHASES, type ApiClient, type Measure, type MeasurePage, type Phase, type Result } from '../../../api/index.ts';
import { useApi, useDataVersion, useLoad } from '../../api/index.ts';
import { hrefOf } from '../../app/routes.ts';
import { Alert } from '../../components/alert.tsx';
import { Loading } from '../../components/page.tsx';
import { PHASE_COLORS, PriorityBadge } from '../../components/phase.tsx';
import { currentLang, formatMoney, formatNumber } from '../../i18n/index.ts';
import { PhaseMenu } from './phase-menu.tsx';
import './portfolio-views.css';

export const BOARD_LIMIT = 100;

/** The list filters the board applies (the phase is what its columns split by). */
export type BoardQuery = Omit<Parameters<ApiClient['listMeasures']>[0], 'phase' | 'limit' | 'offset' | 'sort' | 'dir'>;

async function loadBoard(api: ApiClient, query: BoardQuery): Promise<Result<Record<Phase, MeasurePage>>> {
  const pages = await Promise.all(PHASES.map((phase) => api.listMeasures({ ...query, phase, sort: 'priority', dir: 'asc', limit: BOARD_LIMIT })));
  const failed = pages.find((p) => !p.ok);
  if (failed && !failed.ok) return failed;
  return { ok: true, value: Object.fromEntries(PHASES.map((p, i) => [p, (pages[i] as { ok: true; value: MeasurePage }).value])) as Record<Phase, MeasurePage> };
}

function Card({ m, onMove, focus }: { m: Measure; onMove(m: Measure, phase: Phase): void; focus: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  return (
    <li className="cdo-board-card">
      <a className="kern-link cdo-board-card__title" href={hrefOf('portfolio', m.id)}>{m.title}</a>
      <span className="cdo-board-card__field">{m.fieldName ?? t('measure.noField')}</span>
      <div className="cdo-board-card__meta">
        <PriorityBadge priority={m.priority} />
        {m.budget == null ? null : <span className="cdo-board-card__budget">{formatMoney(m.budget, lang)}</span>}
      </div>
      <PhaseMenu title={m.title} current={m.phase} onChoose={(p) => onMove(m, p)} focus={focus} />
    </li>
  );
}

export function MeasureBoard({ query, onShowPhase }: { query: BoardQuery; onShowPhase(phase: Phase): void }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const api = useApi();
  const { bump } = useDataVersion();
  const board = useLoad((a) => loadBoard(a, query), [JSON.stringify(query)]);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [moved, setMoved] = useState<string | null>(null);

  async function move(m: Measure, phase: Phase) {
    setError(null);
    // The whole record goes back with only the phase changed: saveMeasure writes every field it is given.
    const r = await api.saveMeasure({ ...m, phase });
    if (!r.ok) {
      setError(r.error.message);
      return;
    }
    setMoved(m.id);
    setStatus(t('views.board.moved', { title: m.title, phase: t(`phase.${phase}`) }));
    bump();
  }

  if (board.error) {
    return (
      <Alert kind="danger" title={t('measures.loadError')}>
        <p className="kern-body">{board.error.message}</p>
      </Alert>
    );
  }
  if (!board.data) return <Loading label={t('common.loading')} />;
  const data = board.data;

  return (
    <>
      <output className="kern-body cdo-board-status cdo-status" aria-live="polite">{status}</output>
      {error ? (
        <Alert kind="danger" title={t('views.board.moveError')}>
          <p className="kern-body">{error}</p>
        </Alert>
      ) : null}
      <div className="cdo-board">
        {PHASES.map((phase) => {
          const page = data[phase];
          const rest = page.total - page.rows.length;
          const headingId = `board-${phase}`;
          return (
            <section key={phase} className="cdo-board-col" aria-labelledby={headingId} style={{ borderTopColor: PHASE_COLORS[phase] }}>
              <h2 className="cdo-board-col__title" id={headingId}>
                {t(`phase.${phase}`)} <span className="cdo-board-col__count">{formatNumber(page.total, lang)}</span>
              </h2>
              {page.rows.length === 0 ? (
                <p className="kern-body kern-body--small cdo-muted cdo-board-col__empty">{t('views.board.empty')}</p>
              ) : (
                <ul className="cdo-board-col__list">
                  {page.rows.map((m) => <Card key={m.id} m={m} onMove={(mm, p) => void move(mm, p)} focus={moved === m.id} />)}
                </ul>
              )}
              {rest > 0 ? (
                <button type="button" className="kern-link cdo-board-col__more" onClick={() => onShowPhase(phase)}>
                  {t('views.board.more', { n: formatNumber(rest, lang), count: rest })}
                </button>
              ) : null}
            </section>
          );
        })}
      </div>
    </>
  );
}
