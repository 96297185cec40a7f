/** The stakeholder module in English: the grid's quadrants, the point's label, the gap list and the register speak English. */
import { screen, within } from '@testing-library/react';
import { value } from '../support/core-harness.ts';
import { go, useApp } from './setup-app.tsx';

const app = useApp('en');

it('labels the grid, the gaps and the register in English', async () => {
  value(await app.api.createWorkspace({ ags: '05770024' }));
  value(await app.api.saveStakeholder({
    name: 'Personalrat', kind: 'group', scope: 'internal', influence: 4, interest: 5, attitude: 'critic', engagementNow: 'resistant', engagementWanted: 'supportive',
  }));
  go('#/stakeholders');
  app.renderApp();
  await screen.findByRole('heading', { level: 1, name: 'Stakeholders' });
  expect(await screen.findByRole('button', { name: 'Personalrat: influence 4, interest 5, Critic, cell "Manage closely". Move with the arrow keys.' })).toBeInTheDocument();
  for (const q of ['Manage closely', 'Keep satisfied', 'Keep informed', 'Monitor']) expect(screen.getAllByText(q).length).toBeGreaterThan(0);
  const gaps = screen.getByRole('region', { name: 'Engagement gaps' });
  expect(within(gaps).getByRole('row', { name: /Personalrat/ })).toHaveTextContent('PersonalratResistant → Supportive2 levels more needed');
  const table = screen.getByRole('table', { name: 'Stakeholder register' });
  expect(within(table).getByRole('row', { name: /Personalrat/ })).toHaveTextContent(/Group · internal.*Manage closely\s*4\s*5\s*Critic/);
});
