import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { OverviewView } from '../../renderer/features/overview/overview-view.tsx';
import { value } from '../support/core-harness.ts';
import { go, useApp } from './setup-app.tsx';

const app = useApp();

async function seed() {
  value(await app.api.createWorkspace({ ags: '05770024' }));
  const fields = value(await app.api.listFields());
  const admin = fields.find((f) => f.name === 'Verwaltung & Bürgerservice')!.id;
  const mobility = fields.find((f) => f.name === 'Mobilität & Verkehr')!.id;
  for (const m of [
    { title: 'Online-Terminvergabe', fieldId: admin, phase: 'idea' as const, budget: 20_000 },
    { title: 'Digitaler Bauantrag', fieldId: admin, phase: 'implementation' as const, budget: 160_000 },
    { title: 'Parkleitsystem', fieldId: mobility, phase: 'implementation' as const, budget: 1_000_000 },
    { title: 'WLAN im Rathaus', fieldId: null, phase: 'operation' as const },
  ]) value(await app.api.saveMeasure(m));
}

function cells(row: HTMLElement): string[] {
  return within(row).getAllByRole('cell').map((c) => c.textContent ?? '');
}

describe('overview', () => {
  it('shows the key figures and a table alternative with the counts per field and phase', async () => {
    await seed();
    app.renderView(<OverviewView chartWidth={900} />);

    const figures = await screen.findByRole('region', { name: 'Kennzahlen' });
    expect(within(figures).getByText('Maßnahmen').nextElementSibling).toHaveTextContent('4');
    expect(within(figures).getByText('Gesamtbudget').nextElementSibling).toHaveTextContent('1.180.000 €');
    expect(within(figures).getByText('In Umsetzung').nextElementSibling).toHaveTextContent('2');

    expect(screen.getByText('Als Tabelle anzeigen').tagName).toBe('SUMMARY');
    const table = screen.getByRole('table', { name: 'Maßnahmen je Handlungsfeld nach Phase' });
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Handlungsfeld', 'Idee', 'Konzeption', 'Umsetzung', 'Betrieb', 'Abgeschlossen', 'Gestoppt', 'Summe']);
    // Columns: Idee, Konzeption, Umsetzung, Betrieb, Abgeschlossen, Gestoppt, Summe
    expect(cells(within(table).getByRole('rowheader', { name: 'Verwaltung & Bürgerservice' }).closest('tr')!)).toEqual(['1', '0', '1', '0', '0', '0', '2']);
    expect(cells(within(table).getByRole('rowheader', { name: 'Mobilität & Verkehr' }).closest('tr')!)).toEqual(['0', '0', '1', '0', '0', '0', '1']);
    expect(cells(within(table).getByRole('rowheader', { name: 'ohne Handlungsfeld' }).closest('tr')!)).toEqual(['0', '0', '0', '1', '0', '0', '1']);
    expect(cells(within(table).getByRole('rowheader', { name: 'Summe' }).closest('tr')!)).toEqual(['1', '0', '2', '1', '0', '0', '4']);
  });

  it('draws the stacked bar chart with a German legend and explains it in text', async () => {
    await seed();
    const { container } = app.renderView(<OverviewView chartWidth={900} />);
    const figure = await screen.findByRole('figure', { name: 'Maßnahmen je Handlungsfeld nach Phase' });
    expect(figure).toHaveAccessibleDescription(/gestapelt nach Phase/);
    const legend = container.querySelector('.recharts-legend-wrapper');
    expect(legend).not.toBeNull();
    for (const label of ['Idee', 'Konzeption', 'Umsetzung', 'Betrieb', 'Abgeschlossen', 'Gestoppt']) expect(legend).toHaveTextContent(label);
    // One bar segment per field and phase with measures: 4 non-empty segments.
    expect(container.querySelectorAll('.recharts-bar-rectangle path').length).toBe(4);
  });

  it("shows this year's budget plan against actual and the funding deadlines of the next 90 days, each with a link to act", async () => {
    await seed();
    const year = new Date().getFullYear();
    const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
    const bau = value(await app.api.listMeasures({ query: 'Bauantrag' })).rows[0]!;
    value(await app.api.saveCostItem({ measureId: bau.id, year, kind: 'investive', plan: 100_000, actual: 40_000 }));
    value(await app.api.saveCostItem({ measureId: bau.id, year, kind: 'consumptive', plan: 60_000 }));
    value(await app.api.saveCostItem({ measureId: bau.id, year: year + 1, kind: 'investive', plan: 999_000 }));
    value(await app.api.saveFundingProgramme({ name: 'Digitale Modellkommunen', funder: 'land', deadline: inDays(20) }));
    value(await app.api.saveFundingProgramme({ name: 'Programm mit später Frist', funder: 'bund', deadline: inDays(200) }));
    app.renderView(<OverviewView chartWidth={900} />);

    const budget = await screen.findByRole('region', { name: `Budget ${year}: Plan und Ist` });
    expect(await within(budget).findByText('160.000 €')).toBeInTheDocument();
    expect(within(budget).getByText('40.000 €')).toBeInTheDocument();
    expect(within(budget).getByText('25 % des Plans ausgegeben')).toBeInTheDocument();
    expect(within(budget).getByRole('link', { name: 'Budget je Jahr ansehen' })).toHaveAttribute('href', '#/portfolio/charts');

    const deadlines = screen.getByRole('region', { name: 'Förderfristen der nächsten 90 Tage' });
    const link = await within(deadlines).findByRole('link', { name: 'Digitale Modellkommunen' });
    expect(link.getAttribute('href')).toMatch(/^#\/funding\//);
    expect(within(deadlines).getByText(/in 20 Tagen/)).toBeInTheDocument();
    expect(within(deadlines).queryByText('Programm mit später Frist')).toBeNull();
  });

  it('opens the measures list filtered to a light from the count in the lights tile', async () => {
    await seed();
    const rows = value(await app.api.listMeasures({})).rows;
    const id = (title: string) => rows.find((m) => m.title === title)!.id;
    const green = { schedule: 'green', cost: 'green', scope: 'green', resources: 'green', impact: 'green', achievements: 'Läuft.', nextSteps: 'Weiter.' } as const;
    value(await app.api.fileStatusReport({ measureId: id('Parkleitsystem'), ...green, cost: 'red' }));
    value(await app.api.fileStatusReport({ measureId: id('Digitaler Bauantrag'), ...green }));
    go('#/overview');
    app.renderApp();
    const tile = await screen.findByRole('region', { name: 'Ampeln des Portfolios' });
    const red = (await within(tile).findAllByRole('listitem')).find((li) => li.textContent?.startsWith('Rot'))!;
    expect(within(tile).getAllByRole('listitem').find((li) => li.textContent?.startsWith('Gelb'))!.querySelector('a')).toBeNull();
    fireEvent.click(within(red).getByRole('link', { name: '1 Maßnahme' }));
    go('#/portfolio');
    expect(await screen.findByRole('heading', { level: 1, name: 'Portfolio: Maßnahmen' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Ampel' })).toHaveValue('red');
    await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Parkleitsystem']));
  });

  it('says how to start when there are no measures yet', async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    app.renderView(<OverviewView chartWidth={900} />);
    expect(await screen.findByText(/Noch keine Maßnahmen/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Erste Maßnahme anlegen' })).toHaveAttribute('href', '#/portfolio/new');
  });
});
