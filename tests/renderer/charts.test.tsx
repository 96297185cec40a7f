import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Criterion } from '../../api/index.ts';
import { ChartsView } from '../../renderer/features/charts/charts-view.tsx';
import { value } from '../support/core-harness.ts';
import { useApp } from './setup-app.tsx';

const app = useApp();
const ids: Record<string, string> = {};

/** The small portfolio of tests/unit/charts-core.test.ts: numbers worked out there by hand. */
async function seed() {
  value(await app.api.createWorkspace({ ags: '05770024' }));
  const fields = value(await app.api.listFields());
  const admin = fields.find((f) => f.name === 'Verwaltung & Bürgerservice')!.id;
  const mobility = fields.find((f) => f.name === 'Mobilität & Verkehr')!.id;
  const [N, A] = value(await app.api.saveScoringModel({
    criteria: [{ name: 'Nutzen', weight: 60 }, { name: 'Aufwand', weight: 40, direction: 'cost', axis: 'effort' }],
    confirm: true,
  })) as [Criterion, Criterion];
  for (const [title, fieldId, phase, budget] of [
    ['Wohngeld digital', admin, 'implementation', 50_000],
    ['E-Akte', admin, 'implementation', 200_000],
    ['WLAN im Rathaus', null, 'operation', null],
    ['3D-Stadtmodell', mobility, 'stopped', 80_000],
    ['Open Data', null, 'idea', null],
  ] as const) ids[title] = value(await app.api.saveMeasure({ title, fieldId, phase, budget })).id;
  for (const [title, n, a] of [['Wohngeld digital', 5, 1], ['E-Akte', 4, 4], ['WLAN im Rathaus', 1, 1], ['3D-Stadtmodell', 2, 5]] as const) {
    value(await app.api.saveScores({ measureId: ids[title]!, scores: [{ criterionId: N.id, score: n, justification: null }, { criterionId: A.id, score: a, justification: null }] }));
  }
  const raw = app.h.core.raw();
  const cost = raw.prepare("INSERT INTO cost_items (id, measure_id, year, kind, recurrence, plan, actual, origin, created_at, updated_at) VALUES (?, ?, ?, ?, 'one_off', ?, ?, 'local', '2026-01-01', '2026-01-01')");
  cost.run('c1', ids['Wohngeld digital'], 2026, 'investive', 30_000, 28_000);
  cost.run('c2', ids['Wohngeld digital'], 2027, 'consumptive', 40_000, null);
  cost.run('c3', ids['E-Akte'], 2026, 'consumptive', 15_000, 12_500);
  const ms = raw.prepare("INSERT INTO milestones (id, measure_id, title, planned_on, actual_on, done, sort_order, origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, 'local', '2026-01-01', '2026-01-01')");
  ms.run('m1', ids['Wohngeld digital'], 'Ausschreibung', day(-60), day(-58), 1);
  ms.run('m2', ids['Wohngeld digital'], 'Go-live', day(-10), null, 0);
  ms.run('m3', ids['E-Akte'], 'Pilot', day(40), null, 0);
}

/** A date relative to today (the app's clock is the real one here); the window is this year ± 1, so ± 60 days stay inside. */
function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}
const german = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

/** Cell texts with the non-breaking space before € made plain. */
const cells = (row: Element) => [...row.children].map((c) => c.textContent?.replace(/\u00a0/g, ' ').trim());
const card = (name: string) => screen.getByRole('region', { name });
const tableRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);

/** Opens "Als Tabelle anzeigen" of a chart card (the table is built only then) and returns the table. */
async function showTable(cardName: string, tableName: string): Promise<HTMLElement> {
  fireEvent.click(await within(await screen.findByRole('region', { name: cardName })).findByText('Als Tabelle anzeigen'));
  return screen.findByRole('table', { name: tableName });
}

describe('the charts page', () => {
  it('is a portfolio page with the six charts', async () => {
    await seed();
    app.renderView(<ChartsView chartWidth={900} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Diagramme' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Diagramme' })).toHaveAttribute('aria-current', 'page');
    for (const name of ['Nutzen und Aufwand', 'Phasen-Trichter', 'Budget je Jahr', 'Förderquote im Zeitverlauf', 'Ampel-Matrix', 'Meilensteine']) expect(card(name)).toBeInTheDocument();
  });
});

describe('value vs effort', () => {
  it('draws one bubble per scored measure and lists the same numbers in a table of links', async () => {
    await seed();
    const { container } = app.renderView(<ChartsView chartWidth={900} />);
    const table = await showTable('Nutzen und Aufwand', 'Nutzen und Aufwand je Maßnahme');
    expect(screen.getAllByText('Als Tabelle anzeigen')[0]!.tagName).toBe('SUMMARY');
    expect(tableRows(table).map(cells)).toEqual([
      ['3D-Stadtmodell', 'Mobilität & Verkehr', '40', '100', '80.000 €', 'Kritisch prüfen'],
      ['Wohngeld digital', 'Verwaltung & Bürgerservice', '100', '20', '70.000 €', 'Schnelle Erfolge'],
      ['E-Akte', 'Verwaltung & Bürgerservice', '80', '80', '15.000 €', 'Große Vorhaben'],
      ['WLAN im Rathaus', 'ohne Handlungsfeld', '20', '20', '–', 'Kleine Verbesserungen'],
    ]);
    await waitFor(() => expect(container.querySelectorAll('.cdo-bubble')).toHaveLength(4));
    const figure = within(card('Nutzen und Aufwand')).getByRole('figure', { name: 'Nutzen und Aufwand' });
    expect(figure).toHaveAccessibleDescription(/Ein Klick öffnet die Maßnahme/);
    expect(within(card('Nutzen und Aufwand')).getByText(/Schnelle Erfolge/, { selector: 'strong' }).parentElement).toHaveTextContent('Schnelle Erfolge (viel Nutzen, wenig Aufwand): 1');
  });

  it('opens the measure from a bubble and from its link in the table', async () => {
    await seed();
    const { container } = app.renderView(<ChartsView chartWidth={900} />);
    const table = await showTable('Nutzen und Aufwand', 'Nutzen und Aufwand je Maßnahme');
    const link = within(table).getByRole('link', { name: 'E-Akte' });
    expect(link).toHaveAttribute('href', `#/portfolio/${ids['E-Akte']!}`);
    await waitFor(() => expect(container.querySelector(`.cdo-bubble[data-measure="${ids['Wohngeld digital']!}"]`)).not.toBeNull());
    fireEvent.click(container.querySelector(`.cdo-bubble[data-measure="${ids['Wohngeld digital']!}"]`)!);
    expect(window.location.hash).toBe(`#/portfolio/${ids['Wohngeld digital']!}`);
  });

  it('names the measures it cannot place yet', async () => {
    await seed();
    app.renderView(<ChartsView chartWidth={900} />);
    const heading = await screen.findByRole('heading', { name: 'Nicht im Diagramm (1)' });
    const item = within(heading.parentElement!).getByRole('link', { name: 'Open Data' }).closest('li')!;
    expect(item).toHaveTextContent('Open Data – nicht bewertet');
  });
});

describe('phase funnel', () => {
  it('counts measures per phase in order with stopped apart, and narrows to a field', async () => {
    await seed();
    app.renderView(<ChartsView chartWidth={900} />);
    const table = await showTable('Phasen-Trichter', 'Maßnahmen und Budget je Phase');
    expect(tableRows(table).map(cells)).toEqual([
      ['Idee', '1', '0 €'],
      ['Konzeption', '0', '0 €'],
      ['Umsetzung', '2', '85.000 €'],
      ['Betrieb', '1', '0 €'],
      ['Abgeschlossen', '0', '0 €'],
      ['Gestoppt', '1', '80.000 €'],
      ['Summe', '5', '165.000 €'],
    ]);
    const funnel = card('Phasen-Trichter');
    expect(within(funnel).getByText(/Gestoppt, nicht im Trichter/)).toHaveTextContent(/^Gestoppt, nicht im Trichter: 1 Maßnahme, Budget 80\.000\s€$/);
    fireEvent.change(within(funnel).getByLabelText('Handlungsfeld'), { target: { value: value(await app.api.listFields()).find((f) => f.name === 'Verwaltung & Bürgerservice')!.id } });
    await waitFor(() => expect(cells(within(funnel).getByRole('rowheader', { name: 'Summe' }).closest('tr')!)).toEqual(['Summe', '2', '85.000 €']));
    expect(within(funnel).getByText('Keine gestoppten Maßnahmen.')).toBeInTheDocument();
  });
});

describe('budget by year', () => {
  it('shows plan and actual per year and kind as a table, with a dash where no actual is recorded', async () => {
    await seed();
    app.renderView(<ChartsView chartWidth={900} />);
    const table = await showTable('Budget je Jahr', 'Plan und Ist je Jahr, investiv und konsumtiv');
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Jahr', 'Plan investiv', 'Plan konsumtiv', 'Plan gesamt', 'Ist investiv', 'Ist konsumtiv', 'Ist gesamt']);
    expect(tableRows(table).map(cells)).toEqual([
      ['2026', '30.000 €', '15.000 €', '45.000 €', '28.000 €', '12.500 €', '40.500 €'],
      ['2027', '0 €', '40.000 €', '40.000 €', '–', '–', '–'],
      ['Summe', '30.000 €', '55.000 €', '85.000 €', '28.000 €', '12.500 €', '40.500 €'],
    ]);
    expect(within(card('Budget je Jahr')).getByText(/Plan insgesamt/)).toHaveTextContent(/^Plan insgesamt 85\.000\s€, Ist bisher 40\.500\s€ \(aus 3 Kostenpositionen\)\.$/);
    const legend = within(card('Budget je Jahr')).getByRole('figure');
    await waitFor(() => expect(legend.querySelector('.recharts-legend-wrapper')).toHaveTextContent(/Plan investiv.*Plan konsumtiv.*Ist investiv.*Ist konsumtiv/));
    // Two stacks per year (plan and actual), drawn only where there is an amount: 2 + 2 in 2026, 1 in 2027.
    expect(legend.querySelectorAll('.recharts-bar-rectangle path').length).toBe(5);
  });

  it('says where costs are entered when there are none', async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    app.renderView(<ChartsView chartWidth={900} />);
    expect(await within(card('Budget je Jahr')).findByText(/Noch keine Kosten erfasst/)).toBeInTheDocument();
  });
});

describe('milestone timeline', () => {
  it('lists the milestones of the window with their state in words and links to the measures', async () => {
    await seed();
    app.renderView(<ChartsView chartWidth={900} />);
    const table = await showTable('Meilensteine', 'Meilensteine im Zeitraum');
    expect(tableRows(table).map(cells)).toEqual([
      ['E-Akte', 'Pilot', german(day(40)), '–', 'offen'],
      ['Wohngeld digital', 'Ausschreibung', german(day(-60)), german(day(-58)), 'erledigt'],
      ['Wohngeld digital', 'Go-live', german(day(-10)), '–', 'überfällig'],
    ]);
    const timeline = card('Meilensteine');
    for (const legend of ['erledigt (1)', 'offen (1)', 'überfällig (1)']) expect(within(timeline).getByText(legend).querySelector('svg')).not.toBeNull();
    expect(within(table).getByRole('link', { name: 'E-Akte' })).toHaveAttribute('href', `#/portfolio/${ids['E-Akte']!}`);
  });

  it('groups the rows by field of action on request', async () => {
    await seed();
    app.renderView(<ChartsView chartWidth={900} />);
    await showTable('Meilensteine', 'Meilensteine im Zeitraum');
    fireEvent.click(within(card('Meilensteine')).getByRole('radio', { name: 'je Handlungsfeld' }));
    await waitFor(() => expect(within(screen.getByRole('table', { name: 'Meilensteine im Zeitraum' })).getAllByRole('columnheader')[0]).toHaveTextContent('Handlungsfeld'));
    const rows = tableRows(screen.getByRole('table', { name: 'Meilensteine im Zeitraum' })).map(cells);
    expect(rows.map((r) => r[0])).toEqual(['Verwaltung & Bürgerservice', 'Verwaltung & Bürgerservice', 'Verwaltung & Bürgerservice']);
  });
});

describe('value vs effort on a large portfolio', () => {
  it('draws the grid the core sends and lists its counts per cell', async () => {
    const { ValueEffortFigure, ValueEffortTable } = await import('../../renderer/features/charts/value-effort-chart.tsx');
    const data = {
      mode: 'grid' as const, points: [], step: 10, placed: 1_500, unplaced: [], unplacedCount: 0, fields: [],
      quadrantCounts: { quickWin: 900, bigBet: 0, fillIn: 0, reconsider: 600 },
      cells: [{ valueFrom: 90, effortFrom: 0, count: 900, budget: 1_000_000 }, { valueFrom: 0, effortFrom: 90, count: 600, budget: 0 }],
    };
    const { container } = app.renderView(<><ValueEffortFigure data={data} width={900} /><ValueEffortTable data={data} /></>);
    const table = screen.getByRole('table', { name: 'Anzahl der Maßnahmen je Feld aus Nutzen und Aufwand' });
    expect(tableRows(table).map(cells)).toEqual([['90–100', '0–10', '900', '1.000.000 €'], ['0–10', '90–100', '600', '0 €']]);
    // One plain SVG cell per grid cell, its count written in it and its ranges and budget on hover; no bubbles, no recharts.
    const drawn = [...container.querySelectorAll('svg.cdo-ve-grid .cdo-ve-cell')];
    expect(drawn.map((c) => c.querySelector('text')?.textContent)).toEqual(['900', '600']);
    expect(drawn[0]!.querySelector('title')?.textContent?.replace(/\u00a0/g, ' ')).toBe('900 Maßnahmen · Nutzen 90–100 · Aufwand 0–10 · Budget 1.000.000 €');
    for (const q of ['Schnelle Erfolge', 'Große Vorhaben', 'Kleine Verbesserungen', 'Kritisch prüfen']) expect(within(container.querySelector('svg.cdo-ve-grid')!).getByText(q)).toBeInTheDocument();
    expect(container.querySelectorAll('.cdo-bubble, .recharts-surface')).toHaveLength(0);
  });

  it('puts the densest cell in the darkest blue and scales the others by their count', async () => {
    const { ValueEffortFigure } = await import('../../renderer/features/charts/value-effort-chart.tsx');
    const data = {
      mode: 'grid' as const, points: [], step: 25, placed: 30, unplaced: [], unplacedCount: 0, fields: [],
      quadrantCounts: { quickWin: 0, bigBet: 20, fillIn: 10, reconsider: 0 },
      cells: [{ valueFrom: 75, effortFrom: 75, count: 20, budget: 0 }, { valueFrom: 0, effortFrom: 0, count: 10, budget: 0 }],
    };
    const { container } = app.renderView(<ValueEffortFigure data={data} />);
    const rects = [...container.querySelectorAll('.cdo-ve-cell rect')];
    expect(rects.map((r) => Number(r.getAttribute('fill-opacity')))).toEqual([0.9, 0.51]);
    // A quarter of the plot each way (plot 804 × 388 in the 900 × 480 viewBox).
    expect(rects.map((r) => [Number(r.getAttribute('width')), Number(r.getAttribute('height'))])).toEqual([[201, 97], [201, 97]]);
  });
});

describe('the tables behind "Als Tabelle anzeigen"', () => {
  it('builds the first 200 of thousands of milestones and the rest on request', async () => {
    const { MilestoneTable } = await import('../../renderer/features/charts/milestone-timeline-chart.tsx');
    const milestones = Array.from({ length: 250 }, (_, i) => ({
      id: `m${i}`, title: `Meilenstein ${i + 1}`, measureId: 'x', measureTitle: 'Bürgerportal', plannedOn: '2026-03-01', actualOn: null, state: 'open' as const,
    }));
    const data = {
      from: '2025-01-01', to: '2027-12-31', today: '2026-11-22', groupBy: 'measure' as const, undated: 0,
      rows: [{ id: 'x', label: 'Bürgerportal', color: '#000000', milestones }], counts: { done: 0, open: 250, overdue: 0 },
    };
    app.renderView(<MilestoneTable data={data} noField="ohne Handlungsfeld" />);
    const table = screen.getByRole('table', { name: 'Meilensteine im Zeitraum' });
    expect(tableRows(table)).toHaveLength(200);
    expect(screen.getByText(/Die Tabelle zeigt die ersten 200 von 250 Meilensteinen\./)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Alle 250 zeigen' }));
    expect(tableRows(table)).toHaveLength(250);
    expect(screen.queryByRole('button', { name: 'Alle 250 zeigen' })).toBeNull();
  });

  it('builds a chart\'s table only when it is opened, so large portfolios do not carry thousands of hidden rows', async () => {
    await seed();
    app.renderView(<ChartsView chartWidth={900} />);
    const summary = await within(card('Meilensteine')).findByText('Als Tabelle anzeigen');
    expect(within(card('Meilensteine')).queryByRole('table', { name: 'Meilensteine im Zeitraum', hidden: true })).toBeNull();
    fireEvent.click(summary);
    expect(await screen.findByRole('table', { name: 'Meilensteine im Zeitraum' })).toBeInTheDocument();
  });
});

describe('funding share over time', () => {
  it('stacks each year by who pays, draws the share line and lists the same figures in a table', async () => {
    await seed();
    // Wohngeld: 70,000 planned (2026: 30,000, 2027: 40,000), half of it funded.
    value(await app.api.saveFinancing({ measureId: ids['Wohngeld digital']!, items: [{ sourceType: 'funding', name: 'Land', amount: 35_000 }, { sourceType: 'own', amount: 35_000 }] }));
    const { container } = app.renderView(<ChartsView chartWidth={900} />);
    const table = await showTable('Förderquote im Zeitverlauf', 'Geplante Kosten je Jahr nach Finanzierung und Förderanteil');
    // Columns: year, plan, funding, own, partner, other, not covered, share. E-Akte (15,000 in 2026) has no stack: not covered.
    expect(tableRows(table).map(cells)).toEqual([
      ['2026', '45.000 €', '15.000 €', '15.000 €', '0 €', '0 €', '15.000 €', '33 %'],
      ['2027', '40.000 €', '20.000 €', '20.000 €', '0 €', '0 €', '0 €', '50 %'],
      ['Summe', '85.000 €', '35.000 €', '35.000 €', '0 €', '0 €', '15.000 €', '41 %'],
    ]);
    const chart = card('Förderquote im Zeitverlauf');
    expect(within(chart).getByText(/Insgesamt sind 41 % der geplanten Kosten gefördert/)).toBeInTheDocument();
    expect(within(chart).getByText(/Noch nicht gedeckt: 15.000/)).toBeInTheDocument();
    await waitFor(() => expect(container.querySelectorAll('.recharts-line').length).toBe(1));
  });
});

describe('traffic-light matrix', () => {
  const green = { schedule: 'green', cost: 'green', scope: 'green', resources: 'green', impact: 'green', achievements: 'Läuft.', nextSteps: 'Weiter.' } as const;

  it('counts the lights per dimension and lists each measure worst first with its lights in words', async () => {
    await seed();
    value(await app.api.fileStatusReport({ measureId: ids['Wohngeld digital']!, ...green }));
    value(await app.api.fileStatusReport({ measureId: ids['E-Akte']!, ...green, cost: 'red', scope: 'yellow' }));
    app.renderView(<ChartsView chartWidth={900} />);
    const matrix = await screen.findByRole('table', { name: 'Ampeln je Maßnahme und Dimension' });
    expect(within(matrix).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Maßnahme', 'Termine', 'Kosten', 'Umfang/Qualität', 'Ressourcen', 'Wirkung', 'Gesamt', 'Bericht vom']);
    const rows = tableRows(matrix);
    expect(rows.map((r) => cells(r).slice(1, 7))).toEqual([['Grün', 'Rot', 'Gelb', 'Grün', 'Grün', 'Rot'], ['Grün', 'Grün', 'Grün', 'Grün', 'Grün', 'Grün']]);
    expect(within(rows[0]!).getByRole('link', { name: 'E-Akte' })).toHaveAttribute('href', `#/portfolio/${ids['E-Akte']!}/status`);
    const counts = await showTable('Ampel-Matrix', 'Anzahl der Ampeln je Dimension');
    // Columns: red, yellow, green, grey
    expect(cells(within(counts).getByRole('rowheader', { name: 'Kosten' }).closest('tr')!)).toEqual(['Kosten', '1', '0', '1', '0']);
    const chart = card('Ampel-Matrix');
    expect(within(chart).getByText(/2 Maßnahmen mit Statusbericht, davon 1 insgesamt rot und 0 gelb/)).toBeInTheDocument();
    // WLAN im Rathaus is in operation and has never reported.
    expect(within(chart).getByText(/1 laufende Maßnahme hat noch keinen Bericht/)).toBeInTheDocument();
  });

  it('says when no measure has reported yet', async () => {
    await seed();
    app.renderView(<ChartsView chartWidth={900} />);
    expect(await within(await screen.findByRole('region', { name: 'Ampel-Matrix' })).findByText(/Noch keine Statusberichte/)).toBeInTheDocument();
  });
});
