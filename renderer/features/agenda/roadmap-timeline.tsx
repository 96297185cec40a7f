/**
 * The roadmap's timeline: labels on the left, a horizontally scrolling
 * calendar on the right with one lane per field, bars coloured by phase,
 * milestone diamonds, dependency arrows and a line for today. Bars are
 * buttons: drag them (edges change start or end), or use the arrow keys.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaRoadmap, RoadmapBar } from '../../../api/index.ts';
import { useApi } from '../../api/index.ts';
import { PHASE_COLORS } from '../../components/phase.tsx';
import { currentLang, formatDate } from '../../i18n/index.ts';
import { PX_PER_DAY, STEP_MONTHS, addMonths, daysBetween, frame, monthsFromDays, ticks, type Zoom } from './roadmap-scale.ts';
import { useWrite } from '../../components/use-write.ts';

const HEADER_H = 52;
const LANE_H = 32;
const ROW_H = 34;
const BAR_H = 18;
const EDGE = 8;

interface Drag {
  measureId: string;
  mode: 'move' | 'start' | 'end';
  x: number;
  months: number;
}

const localToday = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** A bar's dates after moving it (or one of its ends) by whole months; an end never passes the start. */
export function shifted(bar: { start: string; end: string }, mode: Drag['mode'], months: number): { start: string; end: string } {
  if (mode === 'move') return { start: addMonths(bar.start, months), end: addMonths(bar.end, months) };
  if (mode === 'start') {
    const start = addMonths(bar.start, months);
    return { start: start > bar.end ? bar.end : start, end: bar.end };
  }
  const end = addMonths(bar.end, months);
  return { start: bar.start, end: end < bar.start ? bar.start : end };
}

export function RoadmapTimeline({ data, zoom, firstYear }: { data: AgendaRoadmap; zoom: Zoom; firstYear: number }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const api = useApi();
  const write = useWrite();
  const [drag, setDrag] = useState<Drag | null>(null);
  // The position shown until the core's answer arrives; it belongs to the data it was made on.
  const [pending, setPending] = useState<{ measureId: string; start: string; end: string; on: AgendaRoadmap } | null>(null);
  const [said, setSaid] = useState('');
  const scroller = useRef<HTMLDivElement>(null);

  const px = PX_PER_DAY[zoom];
  const { start, end, days } = frame(data.from, data.to);
  const width = Math.round(days * px);
  const x = (iso: string) => daysBetween(start, iso) * px;
  const monthName = (m: number) => new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', { month: 'short', timeZone: 'UTC' }).format(Date.UTC(2026, m, 1));
  const header = ticks(start, end, zoom, monthName);
  // Open at the agenda's first year: bars of measures that began earlier stay reachable by scrolling back.
  const periodStart = Math.max(0, x(`${firstYear}-01-01`));
  useLayoutEffect(() => {
    if (scroller.current) scroller.current.scrollLeft = periodStart;
  }, [periodStart]);
  const today = localToday();

  // Rows: a lane header, then one row per bar.
  const rows: ({ kind: 'lane'; name: string; color: string; key: string } | { kind: 'bar'; bar: RoadmapBar; key: string })[] = [];
  for (const lane of data.lanes) {
    rows.push({ kind: 'lane', name: lane.name || t('agenda.roadmap.noField'), color: lane.color, key: `lane-${lane.fieldId ?? 'none'}` });
    for (const bar of lane.bars) rows.push({ kind: 'bar', bar, key: bar.measureId });
  }
  const tops = new Map<string, number>();
  let y = 0;
  for (const r of rows) {
    if (r.kind === 'bar') tops.set(r.bar.measureId, y);
    y += r.kind === 'lane' ? LANE_H : ROW_H;
  }
  const height = y;

  const datesOf = (bar: RoadmapBar) => {
    if (drag?.measureId === bar.measureId) return shifted(bar, drag.mode, drag.months);
    if (pending?.measureId === bar.measureId && pending.on === data) return pending;
    return bar;
  };

  async function commit(bar: RoadmapBar, next: { start: string; end: string }) {
    if (next.start === bar.start && next.end === bar.end) return;
    setPending({ measureId: bar.measureId, ...next, on: data });
    const r = await write(api.moveRoadmapMeasure({ measureId: bar.measureId, ...next }));
    if (r.ok) setSaid(t('agenda.roadmap.moved', { title: bar.title, start: formatDate(next.start, lang), end: formatDate(next.end, lang) }));
    else {
      setPending(null);
      setSaid(r.message);
    }
  }

  function onPointerDown(e: React.PointerEvent<HTMLButtonElement>, bar: RoadmapBar) {
    if (e.button !== 0) return;
    const rect = e.currentTarget.getBoundingClientRect();
    const offset = e.clientX - rect.left;
    const mode: Drag['mode'] = offset < EDGE ? 'start' : offset > rect.width - EDGE ? 'end' : 'move';
    e.currentTarget.setPointerCapture(e.pointerId);
    setDrag({ measureId: bar.measureId, mode, x: e.clientX, months: 0 });
  }
  function onPointerMove(e: React.PointerEvent<HTMLButtonElement>) {
    if (!drag) return;
    const months = monthsFromDays((e.clientX - drag.x) / px);
    if (months !== drag.months) setDrag({ ...drag, months });
  }
  function onPointerUp(bar: RoadmapBar) {
    if (!drag) return;
    const next = shifted(bar, drag.mode, drag.months);
    setDrag(null);
    void commit(bar, next);
  }
  function onKeyDown(e: React.KeyboardEvent<HTMLButtonElement>, bar: RoadmapBar) {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    e.preventDefault();
    const months = STEP_MONTHS[zoom] * (e.key === 'ArrowLeft' ? -1 : 1);
    void commit(bar, shifted(datesOf(bar), e.shiftKey ? 'end' : 'move', months));
  }

  return (
    <div className="cdo-roadmap">
      <div className="cdo-roadmap__labels" aria-hidden="true" style={{ paddingTop: HEADER_H }}>
        {rows.map((r) => r.kind === 'lane' ? (
          <div key={r.key} className="cdo-roadmap__lane-label" style={{ height: LANE_H }}>
            <span className="cdo-dot" style={{ background: r.color }} /><span className="cdo-roadmap__lane-name">{r.name}</span>
          </div>
        ) : (
          <div key={r.key} className="cdo-roadmap__bar-label" style={{ height: ROW_H }} title={r.bar.title}>{r.bar.title}</div>
        ))}
      </div>
      <div className="cdo-roadmap__scroll" ref={scroller}>
        <div className="cdo-roadmap__canvas" style={{ width, height: HEADER_H + height }}>
          <div className="cdo-roadmap__header" aria-hidden="true" style={{ height: HEADER_H }}>
            {header.years.map((tk) => (
              <div key={`y${tk.label}`} className="cdo-roadmap__tick cdo-roadmap__tick--year" style={{ left: tk.at * px, width: tk.days * px }}>{tk.label}</div>
            ))}
            {header.units.map((tk) => (
              <div key={`u${tk.at}`} className="cdo-roadmap__tick cdo-roadmap__tick--unit" style={{ left: tk.at * px, width: tk.days * px }}>{tk.label}</div>
            ))}
          </div>
          <svg className="cdo-roadmap__overlay" width={width} height={height} style={{ top: HEADER_H }} aria-hidden="true">
            <defs>
              <marker id="roadmap-arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto">
                <path d="M0,0 L8,4 L0,8 z" fill="#454b6b" />
              </marker>
            </defs>
            {header.years.map((tk) => <line key={`gy${tk.label}`} x1={tk.at * px} x2={tk.at * px} y1={0} y2={height} className="cdo-roadmap__grid cdo-roadmap__grid--year" />)}
            {header.units.map((tk) => <line key={`gu${tk.at}`} x1={tk.at * px} x2={tk.at * px} y1={0} y2={height} className="cdo-roadmap__grid" />)}
            {rows.filter((r) => r.kind === 'lane').map((r) => (
              <rect key={r.key} x={0} y={tops.get(r.key) ?? laneTop(rows, r.key)} width={width} height={LANE_H} className="cdo-roadmap__lane-band" />
            ))}
            {data.dependencies.map((d) => {
              const from = data.lanes.flatMap((l) => l.bars).find((b) => b.measureId === d.dependsOnId);
              const to = data.lanes.flatMap((l) => l.bars).find((b) => b.measureId === d.measureId);
              if (!from || !to) return null;
              const x1 = x(datesOf(from).end) + px;
              const y1 = (tops.get(from.measureId) ?? 0) + ROW_H / 2;
              const x2 = x(datesOf(to).start);
              const y2 = (tops.get(to.measureId) ?? 0) + ROW_H / 2;
              return <path key={`${d.dependsOnId}-${d.measureId}`} d={`M${x1},${y1} H${x1 + 8} V${y2} H${x2 - 1}`} className="cdo-roadmap__dependency" markerEnd="url(#roadmap-arrow)" />;
            })}
            {today >= start && today <= end ? <line x1={x(today)} x2={x(today)} y1={0} y2={height} className="cdo-roadmap__today" /> : null}
          </svg>
          {today >= start && today <= end ? <span className="cdo-roadmap__today-label" style={{ left: x(today) }} aria-hidden="true">{t('agenda.roadmap.today')}</span> : null}
          {rows.map((r) => {
            if (r.kind !== 'bar') return null;
            const bar = r.bar;
            const d = datesOf(bar);
            const top = HEADER_H + (tops.get(bar.measureId) ?? 0);
            const left = x(d.start);
            const w = Math.max(6, x(d.end) + px - left);
            const label = t('agenda.roadmap.barLabel', {
              title: bar.title, phase: t(`phase.${bar.phase}`), start: formatDate(d.start, lang), end: formatDate(d.end, lang), count: bar.milestones.length,
            });
            return (
              <div key={bar.measureId}>
                <button type="button" className={`cdo-roadmap__bar${drag?.measureId === bar.measureId ? ' cdo-roadmap__bar--dragging' : ''}`}
                  style={{ left, width: w, top: top + (ROW_H - BAR_H) / 2, height: BAR_H, background: PHASE_COLORS[bar.phase] }}
                  aria-label={label} aria-describedby="roadmap-keys" data-measure={bar.measureId}
                  onPointerDown={(e) => onPointerDown(e, bar)} onPointerMove={onPointerMove} onPointerUp={() => onPointerUp(bar)}
                  onPointerCancel={() => setDrag(null)} onKeyDown={(e) => onKeyDown(e, bar)} />
                {bar.milestones.map((m) => (
                  <span key={m.id} className={`cdo-roadmap__milestone${m.done ? ' cdo-roadmap__milestone--done' : ''}`} aria-hidden="true"
                    title={`${m.title} (${formatDate(m.on, lang)})`} style={{ left: x(m.on) - 6, top: top + ROW_H / 2 - 6 }} />
                ))}
              </div>
            );
          })}
        </div>
      </div>
      <p id="roadmap-keys" className="kern-sr-only">{t('agenda.roadmap.keys', { unit: t(`agenda.roadmap.zoomUnit.${zoom}`) })}</p>
      <output className="kern-sr-only" aria-live="polite">{said}</output>
    </div>
  );
}

/** The lane band's top (lanes are not in `tops`, which holds bars). */
function laneTop(rows: { kind: string; key: string }[], key: string): number {
  let y = 0;
  for (const r of rows) {
    if (r.key === key) return y;
    y += r.kind === 'lane' ? LANE_H : ROW_H;
  }
  return 0;
}
