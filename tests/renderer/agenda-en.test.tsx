/** The agenda in English: sections, the lock reason and the roadmap speak English with English dates. */
import { screen } from '@testing-library/react';
import { value } from '../support/core-harness.ts';
import { go, useApp } from './setup-app.tsx';

const app = useApp('en');

describe('the agenda view in English', () => {
  it('names its sections and the reason a version is locked in English', async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    const a = value(await app.api.saveAgenda({ title: 'Digital Agenda', periodFrom: 2026, periodTo: 2028 }));
    const [v1] = value(await app.api.listAgendaVersions({ agendaId: a.id }));
    value(await app.api.adoptAgendaVersion({ id: v1!.id, councilBody: 'City council', decisionNumber: 'DS 1', decidedOn: '2026-02-05' }));
    go('#/agenda');
    app.renderApp();
    expect(await screen.findByRole('link', { name: 'Goals & measures' })).toBeInTheDocument();
    expect(screen.getByText(/Version 1 is adopted \(City council, decision DS 1 of 05\/02\/2026\)/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open a new draft' })).toBeInTheDocument();
  });
});
