/**
 * The Übersicht chart after the figures: drawing it (recharts) was the
 * Übersicht's longest task, and it held up the first click into the portfolio.
 * Its code is a chunk of its own, loaded once the figures have painted, and it
 * is drawn in a transition, which React interrupts for a click. Until then its
 * space is kept, so nothing below it moves.
 */
import { lazy, startTransition, Suspense, useEffect, useState } from 'react';
import type { ChartRow } from './phase-chart.tsx';
import { phaseChartHeight } from './phase-chart-size.ts';

const PhaseChart = lazy(async () => ({ default: (await import('./phase-chart.tsx')).PhaseChart }));

/** The chart in its figure, named and described by the card's heading and text (the figure appears with the chart). */
export function DeferredPhaseChart({ rows, width, labelledBy, describedBy }: { rows: ChartRow[]; width?: number; labelledBy: string; describedBy: string }) {
  const [show, setShow] = useState(false);
  useEffect(() => startTransition(() => setShow(true)), []);
  const space = <div className="cdo-chart-space" style={{ minHeight: phaseChartHeight(rows.length) }} aria-hidden="true" />;
  if (!show) return space;
  return (
    <Suspense fallback={space}>
      <figure className="cdo-chart" aria-labelledby={labelledBy} aria-describedby={describedBy}>
        <PhaseChart rows={rows} {...(width ? { width } : {})} />
      </figure>
    </Suspense>
  );
}
