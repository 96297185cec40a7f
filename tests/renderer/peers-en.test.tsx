/** The peer exchange in English: headings, reasons of a match and the partner kinds speak English. */
import { screen, within } from '@testing-library/react';
import { value } from '../support/core-harness.ts';
import { go, useApp } from './setup-app.tsx';

const app = useApp('en');

it('shows "Who has the same idea?" with English reasons and the partner view with English kinds', async () => {
  value(await app.api.createWorkspace({ ags: '05770024' }));
  const file = value(await app.api.getDemoPack({ id: 'lindenau' }));
  value(await app.api.importPack({ bytes: file.bytes, fileName: file.fileName }));
  value(await app.api.saveIdea({ title: 'Chatbot für häufige Fragen im Bürgerbüro', source: 'citizens' }));
  const m = value(await app.api.saveMeasure({ title: 'Gemeinsames Rechenzentrum' }));
  value(await app.api.savePartnership({ measureId: m.id, kind: 'provider', partnerName: 'Kommunales Rechenzentrum', agreement: 'contract', status: 'active' }));
  go('#/peers/matches');
  app.renderApp();
  await screen.findByRole('heading', { level: 1, name: 'Peer exchange' });
  const table = await screen.findByRole('table', { name: 'Own ideas and measures with the most similar peer projects, similarity and reasons' });
  expect(within(table).getByRole('row', { name: /Chatbot für häufige Fragen/ })).toHaveTextContent(/Own idea.*Chatbot für das Bürgerbüro.*Very similar.*same words: Chatbot/);
  go('#/peers/partners');
  const partners = await screen.findByRole('table', { name: 'Partners with shared measures, kind of cooperation and agreement' });
  expect(partners).toHaveTextContent(/Kommunales Rechenzentrum.*Gemeinsames Rechenzentrum.*Service provider.*Contract.*Active/);
});
