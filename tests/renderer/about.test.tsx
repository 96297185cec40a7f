import { screen, within } from '@testing-library/react';
import { value } from '../support/core-harness.ts';
import { go, useApp } from './setup-app.tsx';

const app = useApp();

describe('about / data sources', () => {
  it('shows version, schema, EUPL-1.2 and every data source with its attribution and licence exactly as given', async () => {
    await app.openDemo();
    go('#/about');
    app.renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Über / Datenquellen' });
    const info = value(await app.api.getAppInfo());
    expect(await screen.findByText(info.version)).toBeInTheDocument();
    const appCard = screen.getByRole('region', { name: 'CDO-Cockpit' });
    expect(within(appCard).getByText('Lizenz', { selector: 'dt' }).nextElementSibling).toHaveTextContent(/^EUPL-1\.2/);
    expect(within(appCard).getByText('Datenbankschema', { selector: 'dt' }).nextElementSibling).toHaveTextContent(String(info.schemaVersion));

    const sources = screen.getByRole('region', { name: 'Datenquellen' });
    expect(info.dataSources.length).toBeGreaterThanOrEqual(2);
    for (const s of info.dataSources) {
      const card = within(sources).getByRole('heading', { name: s.title }).closest('li') as HTMLElement;
      expect(within(card).getByText(s.attribution, { selector: 'dd', normalizer: (x) => x })).toBeInTheDocument();
      expect(within(card).getByText(s.licence, { selector: 'dd', normalizer: (x) => x })).toBeInTheDocument();
    }
    // The Destatis licence requires this line word for word.
    expect(within(sources).getByText('© Statistisches Bundesamt (Destatis), 2020')).toBeInTheDocument();
    expect(within(sources).getByText('Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0)')).toBeInTheDocument();
  });
});
