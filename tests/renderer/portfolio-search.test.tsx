/** The global search names a funding programme as such and opens it in Förderung. */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { value } from '../support/core-harness.ts';
import { searchFromOverview } from './global-search.ts';
import { useApp } from './setup-app.tsx';

const app = useApp();

describe('global search over funding programmes', () => {
  it('finds "Wärmeplanung" typed as "Waermeplanung", says it is a programme, and Enter opens it', async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    const p = value(await app.api.saveFundingProgramme({ name: 'Kommunale Wärmeplanung', funder: 'land', description: 'Zuschuss für Gemeinden' }));
    const { dialog, input } = await searchFromOverview(app, 'Waermeplanung');
    const [option] = await within(dialog).findAllByRole('option');
    expect(option!.querySelector('.cdo-option__title')?.textContent).toBe('Kommunale Wärmeplanung');
    expect(option!.textContent).toContain('Förderprogramm');
    fireEvent.keyDown(input, { key: 'Enter' });

    await waitFor(() => expect(window.location.hash).toBe(`#/funding/${p.id}`));
    expect(await screen.findByRole('heading', { level: 1, name: 'Förderprogramm' })).toBeInTheDocument();
  });
});
