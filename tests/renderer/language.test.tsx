import { fireEvent, screen, within } from '@testing-library/react';
import { value } from '../support/core-harness.ts';
import { go, useApp } from './setup-app.tsx';

const app = useApp();

describe('language switch', () => {
  it('switches the labels to English, keeps the choice and formats in English', async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    value(await app.api.saveMeasure({ title: 'Digitaler Bauantrag', phase: 'implementation', budget: 1234567, start: '2026-03-01' }));
    go('#/portfolio');
    app.renderApp();
    const nav = await screen.findByRole('navigation', { name: 'Module' });
    expect(within(nav).getByRole('link', { name: 'Übersicht' })).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'English' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Portfolio: measures' })).toBeInTheDocument();
    const navEn = screen.getByRole('navigation', { name: 'Modules' });
    expect(within(navEn).getByRole('link', { name: 'Overview' })).toBeInTheDocument();
    expect(within(navEn).getByRole('link', { name: /Situation analysis/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Close workspace' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    const row = screen.getByRole('link', { name: 'Digitaler Bauantrag' }).closest('tr') as HTMLElement;
    expect(within(row).getByText('Implementation')).toBeInTheDocument();
    expect(within(row).getByText('€1,234,567')).toBeInTheDocument();
    expect(within(row).getByText('01/03/2026')).toBeInTheDocument();
    expect(window.localStorage.getItem('cdo.lang')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it("shows the API's validation messages in English after switching", async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    go('#/portfolio/new');
    app.renderApp();
    fireEvent.click(await screen.findByRole('button', { name: 'English' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Create measure' }));
    const title = screen.getByRole('textbox', { name: 'Title' });
    expect(await screen.findByText('Required: please fill in.', { selector: '.kern-error .kern-body' })).toBeInTheDocument();
    expect(title).toHaveAccessibleDescription('Required: please fill in.');
  });

  it('follows the language command from the desktop menu', async () => {
    app.renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Willkommen im CDO-Cockpit' });
    app.h.core.emit({ type: 'command', command: 'language-en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome to the CDO-Cockpit' })).toBeInTheDocument();
  });
});
