/**
 * The lights and "without a current report" tiles of Übersicht, fed by
 * getOverviewLights (counts and the few measures named, not the whole list).
 */
import { screen, within } from '@testing-library/react';
import { OverviewView } from '../../renderer/features/overview/overview-view.tsx';
import { value } from '../support/core-harness.ts';
import { useApp } from './setup-app.tsx';

const app = useApp();
const green = { schedule: 'green', cost: 'green', scope: 'green', resources: 'green', impact: 'green', achievements: 'Läuft.', nextSteps: 'Weiter.' } as const;

describe('overview lights tiles', () => {
  it('names the measures that need attention and the first five without a current report, each linking to its status', async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    const titles = ['Amt A', 'Amt B', 'Amt C', 'Amt D', 'Amt E', 'Amt F', 'Amt G'];
    const ids: string[] = [];
    for (const title of titles) ids.push(value(await app.api.saveMeasure({ title, phase: 'implementation' })).id);
    const parking = value(await app.api.saveMeasure({ title: 'Parkleitsystem', phase: 'operation' })).id;
    value(await app.api.fileStatusReport({ measureId: parking, ...green, cost: 'red' }));
    value(await app.api.fileStatusReport({ measureId: ids[6]!, ...green, scope: 'yellow' }));
    app.renderView(<OverviewView chartWidth={900} />);

    const lights = await screen.findByRole('region', { name: 'Ampeln des Portfolios' });
    const item = (start: string) => within(lights).getAllByRole('listitem').find((li) => li.textContent?.startsWith(start))!;
    expect(item('Rot')).toHaveTextContent('1 Maßnahme');
    expect(item('Gelb')).toHaveTextContent('1 Maßnahme');
    expect(item('ohne Statusbericht')).toHaveTextContent('6 Maßnahmen');
    expect(within(lights).getByRole('link', { name: 'Parkleitsystem' })).toHaveAttribute('href', `#/portfolio/${parking}/status`);
    const attention = within(lights).getByRole('heading', { name: 'Brauchen Aufmerksamkeit' }).nextElementSibling as HTMLElement;
    expect(within(attention).getAllByRole('link').map((a) => a.textContent)).toEqual(['Parkleitsystem', 'Amt G']);

    const stale = screen.getByRole('region', { name: 'Ohne aktuellen Statusbericht' });
    expect(within(stale).getByText('6')).toBeInTheDocument();
    expect(within(stale).getAllByRole('link').map((a) => a.textContent)).toEqual(['Amt A', 'Amt B', 'Amt C', 'Amt D', 'Amt E']);
    expect(within(stale).getAllByText(/noch nie berichtet/)).toHaveLength(5);
    expect(within(stale).getByText('und 1 weitere')).toBeInTheDocument();
  });
});
