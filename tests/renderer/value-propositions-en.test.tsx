/** The value proposition editor in English: both columns, the lists, what answers what and the fit summary speak English. */
import { screen, within } from '@testing-library/react';
import { value } from '../support/core-harness.ts';
import { go, useApp } from './setup-app.tsx';

const app = useApp('en');

it('labels the columns, the lists and the fit summary in English', async () => {
  value(await app.api.createWorkspace({ ags: '05770024' }));
  let p = value(await app.api.saveValueProposition({ title: 'Housing benefit online', targetGroup: 'Applicants' }));
  p = value(await app.api.saveValueItem({ propositionId: p.id, kind: 'problem', text: 'Long waits' }));
  p = value(await app.api.saveValueItem({ propositionId: p.id, kind: 'reliever', text: 'Online form' }));
  value(await app.api.saveValueFit({ ourItemId: p.items[1]!.id, theirItemId: p.items[0]!.id }));
  go(`#/value/${p.id}`);
  app.renderApp();
  await screen.findByRole('heading', { level: 1, name: 'Housing benefit online' });
  expect(screen.getByRole('heading', { level: 2, name: 'Target group: Applicants' })).toBeInTheDocument();
  expect(screen.getByRole('heading', { level: 2, name: 'Our offer' })).toBeInTheDocument();
  expect(within(screen.getByRole('region', { name: 'Problems (1)' })).getByText('solved by: Online form')).toBeInTheDocument();
  expect(within(screen.getByRole('region', { name: 'Problem relievers (1)' })).getByText('solves: Long waits')).toBeInTheDocument();
  const fit = screen.getByRole('region', { name: 'Fit' });
  expect(fit).toHaveTextContent('1 of 1 problems solved');
  expect(fit).toHaveTextContent('No benefits recorded yet');
  expect(screen.getByRole('button', { name: 'Move “Long waits” up (more important)' })).toBeDisabled();
});
