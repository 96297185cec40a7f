/** The global search as a user reaches it: the app opened at the Übersicht, Ctrl+K, a word typed. */
import { fireEvent, screen, within } from '@testing-library/react';
import { go, type AppContext } from './setup-app.tsx';

export async function searchFromOverview(app: AppContext, text: string): Promise<{ dialog: HTMLElement; input: HTMLElement }> {
  go('#/overview');
  app.renderApp();
  await screen.findByRole('heading', { level: 1, name: 'Übersicht' });
  fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true });
  const dialog = await screen.findByRole('dialog', { name: 'Suchen' });
  const input = within(dialog).getByRole('combobox', { name: 'Suchbegriff' });
  fireEvent.change(input, { target: { value: text } });
  return { dialog, input };
}
