/**
 * The power/interest grid as our own SVG: 5 × 5 cells (interest across,
 * influence up), the four quadrants labelled, one point per stakeholder
 * coloured by attitude. A point is dragged with the pointer (snapping to whole
 * scores) or moved with the arrow keys; each move is saved as one undoable
 * step. The register table below is the text alternative.
 */
import { useId, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTITUDES, type Stakeholder } from '../../../api/index.ts';
import { ATTITUDE_COLORS, clampScore, HIGH_FROM, quadrantOf, type Quadrant } from './grid-model.ts';

const CELL_W = 170;
const CELL_H = 124;
const LEFT = 56;
const TOP = 12;
const BOTTOM = 44;
const WIDTH = LEFT + 5 * CELL_W + 8;
const HEIGHT = TOP + 5 * CELL_H + BOTTOM;
const ROW = 18;
const PER_CELL = 4;
/** The first row of names sits below the quadrant label of a top corner cell. */
const FIRST_ROW = 34;

const cellX = (interest: number) => LEFT + (interest - 1) * CELL_W;
const cellY = (influence: number) => TOP + (5 - influence) * CELL_H;

/** The four quadrants with their label in the outer corner (top corners above the names, bottom corners below them). */
const QUADRANTS: { q: Quadrant; x: number; y: number; w: number; h: number; right: boolean; top: boolean }[] = [
  { q: 'manage', x: cellX(HIGH_FROM), y: cellY(5), w: (6 - HIGH_FROM) * CELL_W, h: (6 - HIGH_FROM) * CELL_H, right: true, top: true },
  { q: 'satisfy', x: cellX(1), y: cellY(5), w: (HIGH_FROM - 1) * CELL_W, h: (6 - HIGH_FROM) * CELL_H, right: false, top: true },
  { q: 'inform', x: cellX(HIGH_FROM), y: cellY(HIGH_FROM - 1), w: (6 - HIGH_FROM) * CELL_W, h: (HIGH_FROM - 1) * CELL_H, right: true, top: false },
  { q: 'monitor', x: cellX(1), y: cellY(HIGH_FROM - 1), w: (HIGH_FROM - 1) * CELL_W, h: (HIGH_FROM - 1) * CELL_H, right: false, top: false },
];

interface Drag {
  id: string;
  influence: number;
  interest: number;
}

export function PowerInterestGrid({ rows, onMove }: { rows: Stakeholder[]; onMove(id: string, influence: number, interest: number): void }) {
  const { t } = useTranslation();
  const svgRef = useRef<SVGSVGElement>(null);
  // useId answers characters that url(#…) would need escaped.
  const clipId = `cdo-grid-clip-${useId().replace(/[^\w-]/g, '')}`;
  const [drag, setDrag] = useState<Drag | null>(null);
  // A move not yet answered by the core: shown at once, and the base of the next arrow key
  // (two quick presses must add up). It lapses with the next answer of the register (a new `rows`);
  // not with the row's time stamp, which undo restores.
  const [pending, setPending] = useState<(Drag & { base: Stakeholder[] }) | null>(null);
  const shown = (s: Stakeholder): Stakeholder => (pending?.id === s.id && pending.base === rows ? { ...s, influence: pending.influence, interest: pending.interest } : s);

  function move(s: Stakeholder, influence: number, interest: number) {
    setPending({ id: s.id, base: rows, influence, interest });
    onMove(s.id, influence, interest);
  }

  /** The score pair under the pointer, snapped to whole numbers. */
  function scoresAt(e: PointerEvent): { influence: number; interest: number } | null {
    const svg = svgRef.current;
    const ctm = svg?.getScreenCTM?.();
    if (!svg || !ctm) return null;
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
    return { interest: clampScore((p.x - LEFT) / CELL_W + 0.5), influence: clampScore(5 - (p.y - TOP) / CELL_H + 0.5) };
  }

  function onPointerDown(e: PointerEvent<SVGGElement>, s: Stakeholder) {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture?.(e.pointerId);
    e.currentTarget.focus();
    setDrag({ id: s.id, influence: shown(s).influence, interest: shown(s).interest });
  }
  function onPointerMove(e: PointerEvent<SVGGElement>) {
    if (!drag) return;
    const at = scoresAt(e);
    if (at && (at.influence !== drag.influence || at.interest !== drag.interest)) setDrag({ ...drag, ...at });
  }
  function onPointerUp(s: Stakeholder) {
    if (!drag) return;
    const from = shown(s);
    if (drag.influence !== from.influence || drag.interest !== from.interest) move(s, drag.influence, drag.interest);
    setDrag(null);
  }
  function onKeyDown(e: KeyboardEvent<SVGGElement>, s: Stakeholder) {
    const step = { ArrowUp: [1, 0], ArrowDown: [-1, 0], ArrowRight: [0, 1], ArrowLeft: [0, -1] }[e.key];
    if (!step) return;
    e.preventDefault();
    const from = shown(s);
    const influence = clampScore(from.influence + step[0]!);
    const interest = clampScore(from.interest + step[1]!);
    if (influence !== from.influence || interest !== from.interest) move(s, influence, interest);
  }

  // Points keep the register's order in the DOM (a moved element would lose focus and pointer capture);
  // only their place changes. Each takes the next free row of its cell.
  const slots = new Map<string, number>();
  const placed = rows.map(shown).map((s) => {
    const cell = `${s.influence}/${s.interest}`;
    const slot = slots.get(cell) ?? 0;
    slots.set(cell, slot + 1);
    return { s, slot };
  });
  const overflow = [...slots].filter(([, n]) => n > PER_CELL);
  const target = drag && placed.find(({ s }) => s.id === drag.id && (s.influence !== drag.influence || s.interest !== drag.interest));

  return (
    <figure className="cdo-grid-figure">
      <svg ref={svgRef} className="cdo-grid" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-label={t('stakeholders.grid.label', { n: rows.length })}>
        {QUADRANTS.map(({ q, x, y, w, h, right, top }) => (
          <g key={q} aria-hidden="true">
            <rect x={x} y={y} width={w} height={h} className={`cdo-grid__quadrant cdo-grid__quadrant--${q}`} />
            <text x={right ? x + w - 10 : x + 10} y={top ? y + 20 : y + h - 9} textAnchor={right ? 'end' : 'start'} className="cdo-grid__quadrant-label">
              {t(`stakeholders.quadrant.${q}`)}
            </text>
          </g>
        ))}
        <defs>
          {/* Long names fade out at the cell's edge; the full name is in the point's label and the register. */}
          <linearGradient id={`${clipId}-fade`}>
            <stop offset="0.82" stopColor="#fff" />
            <stop offset="1" stopColor="#000" />
          </linearGradient>
          <mask id={clipId}><rect x={-10} y={-10} width={CELL_W - 14} height={ROW + 2} fill={`url(#${clipId}-fade)`} /></mask>
        </defs>
        <g aria-hidden="true">
          {/* One transparent rect per cell: names the cell a point lands in (tests drag onto it). */}
          {[1, 2, 3, 4, 5].flatMap((influence) => [1, 2, 3, 4, 5].map((interest) => (
            <rect key={`${influence}/${interest}`} data-cell={`${influence}/${interest}`} x={cellX(interest)} y={cellY(influence)} width={CELL_W} height={CELL_H} className="cdo-grid__cell" />
          )))}
        </g>
        <g aria-hidden="true" className="cdo-grid__lines">
          {[1, 2, 3, 4].map((i) => <line key={`v${i}`} x1={LEFT + i * CELL_W} x2={LEFT + i * CELL_W} y1={TOP} y2={TOP + 5 * CELL_H} />)}
          {[1, 2, 3, 4].map((i) => <line key={`h${i}`} x1={LEFT} x2={LEFT + 5 * CELL_W} y1={TOP + i * CELL_H} y2={TOP + i * CELL_H} />)}
          <rect x={LEFT} y={TOP} width={5 * CELL_W} height={5 * CELL_H} className="cdo-grid__frame" />
          {[1, 2, 3, 4, 5].map((n) => (
            <g key={n}>
              <text x={cellX(n) + CELL_W / 2} y={TOP + 5 * CELL_H + 16} textAnchor="middle" className="cdo-grid__tick">{n}</text>
              <text x={LEFT - 10} y={cellY(n) + CELL_H / 2 + 4} textAnchor="end" className="cdo-grid__tick">{n}</text>
            </g>
          ))}
          <text x={LEFT + 2.5 * CELL_W} y={HEIGHT - 6} textAnchor="middle" className="cdo-grid__axis">{t('stakeholders.grid.interest')} →</text>
          <text transform={`translate(16 ${TOP + 2.5 * CELL_H}) rotate(-90)`} textAnchor="middle" className="cdo-grid__axis">{t('stakeholders.grid.influence')} →</text>
        </g>
        {placed.filter(({ slot }) => slot < PER_CELL).map(({ s, slot }) => {
          const attitude = t(`stakeholders.attitude.${s.attitude}`);
          const quadrant = t(`stakeholders.quadrant.${quadrantOf(s.influence, s.interest)}`);
          return (
            <g
              key={s.id}
              data-id={s.id}
              className={`cdo-grid__point${drag?.id === s.id ? ' cdo-grid__point--dragging' : ''}`}
              transform={`translate(${cellX(s.interest) + 16} ${cellY(s.influence) + FIRST_ROW + slot * ROW})`}
              tabIndex={0}
              // An SVG point cannot be a <button>; role, focus and arrow keys make it one.
              // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role
              role="button"
              aria-label={t('stakeholders.grid.point', { name: s.name, influence: s.influence, interest: s.interest, attitude, quadrant })}
              onPointerDown={(e) => onPointerDown(e, s)}
              onPointerMove={onPointerMove}
              onPointerUp={() => onPointerUp(s)}
              onPointerCancel={() => setDrag(null)}
              onKeyDown={(e) => onKeyDown(e, s)}
            >
              <rect x={-10} y={-9} width={CELL_W - 12} height={ROW} rx={4} className="cdo-grid__hit" />
              <circle r={6} fill={ATTITUDE_COLORS[s.attitude]} className="cdo-grid__dot" />
              <text x={11} y={4} className="cdo-grid__name" mask={`url(#${clipId})`}>{s.name}</text>
            </g>
          );
        })}
        {overflow.map(([cell, n]) => {
          const [influence, interest] = cell.split('/').map(Number) as [number, number];
          return <text key={cell} aria-hidden="true" x={cellX(interest) + 10} y={cellY(influence) + FIRST_ROW + PER_CELL * ROW - 4} className="cdo-grid__more">{t('stakeholders.grid.more', { n: n - PER_CELL })}</text>;
        })}
        {target && drag ? (
          // Where the dragged point will land: a dashed outline of the target cell.
          <rect aria-hidden="true" x={cellX(drag.interest) + 3} y={cellY(drag.influence) + 3} width={CELL_W - 6} height={CELL_H - 6} rx={6} className="cdo-grid__target" />
        ) : null}
      </svg>
      <figcaption className="cdo-grid-legend">
        <span className="kern-body kern-body--small cdo-grid-legend__title">{t('stakeholders.grid.legend')}:</span>
        <ul className="cdo-grid-legend__list">
          {ATTITUDES.map((a) => (
            <li key={a} className="kern-body kern-body--small">
              <span className="cdo-grid-legend__dot" style={{ background: ATTITUDE_COLORS[a] }} aria-hidden="true" />
              {t(`stakeholders.attitude.${a}`)}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
