import { screen, within } from '@testing-library/react';
import { OverviewView } from '../../renderer/features/overview/overview-view.tsx';
import { value } from '../support/core-harness.ts';
import { useApp } from './setup-app.tsx';

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

  it('says how to start when there are no measures yet', async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    app.renderView(<OverviewView chartWidth={900} />);
    expect(await screen.findByText(/Noch keine Maßnahmen/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Erste Maßnahme anlegen' })).toHaveAttribute('href', '#/portfolio/new');
  });
});
