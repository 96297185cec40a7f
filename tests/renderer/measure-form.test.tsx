import { fireEvent, screen, within } from '@testing-library/react';
import { value } from '../support/core-harness.ts';
import { go, useApp } from './setup-app.tsx';

const app = useApp();

async function openNewMeasureForm() {
  value(await app.api.createWorkspace({ ags: '05770024' }));
  go('#/portfolio/new');
  app.renderApp();
  await screen.findByRole('heading', { level: 1, name: 'Neue Maßnahme' });
}

/** The error text shown inside the same KERN form field as the control. */
function errorNextTo(control: HTMLElement): string | null {
  return control.closest('.kern-form-input')?.querySelector('.kern-error')?.textContent ?? null;
}

describe('measure form', () => {
  it('shows the German message next to an empty title and saves nothing', async () => {
    await openNewMeasureForm();
    fireEvent.click(screen.getByRole('button', { name: 'Maßnahme anlegen' }));

    const title = screen.getByRole('textbox', { name: 'Titel' });
    await screen.findByText('Pflichtfeld: bitte ausfüllen.', { selector: '.kern-error .kern-body' });
    expect(errorNextTo(title)).toBe('Pflichtfeld: bitte ausfüllen.');
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription('Pflichtfeld: bitte ausfüllen.');
    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent('Bitte prüfen Sie 1 Angabe');
    expect(within(summary).getByRole('link', { name: /Titel: Pflichtfeld/ })).toBeInTheDocument();
    expect(value(await app.api.listMeasures({})).total).toBe(0);
  });

  it('shows the German message next to an end date before the start and saves nothing', async () => {
    await openNewMeasureForm();
    fireEvent.change(screen.getByRole('textbox', { name: 'Titel' }), { target: { value: 'Digitaler Bauantrag' } });
    const start = screen.getByLabelText(/^Beginn/);
    const end = screen.getByLabelText(/^Ende/);
    fireEvent.change(start, { target: { value: '2026-05-01' } });
    fireEvent.change(end, { target: { value: '2026-04-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Maßnahme anlegen' }));

    await screen.findByText('Das Ende liegt vor dem Beginn.', { selector: '.kern-error .kern-body' });
    expect(errorNextTo(end)).toBe('Das Ende liegt vor dem Beginn.');
    expect(end).toHaveAttribute('aria-invalid', 'true');
    expect(end).toHaveAccessibleDescription(/Das Ende liegt vor dem Beginn\./);
    expect(start).not.toHaveAttribute('aria-invalid');
    expect(errorNextTo(start)).toBeNull();
    // What was typed stays, so the user only fixes the date.
    expect(screen.getByRole('textbox', { name: 'Titel' })).toHaveValue('Digitaler Bauantrag');
    expect(value(await app.api.listMeasures({})).total).toBe(0);
  });

  it('refuses a budget that is not an amount, next to the field, and saves nothing', async () => {
    await openNewMeasureForm();
    fireEvent.change(screen.getByRole('textbox', { name: 'Titel' }), { target: { value: 'Open Data Portal' } });
    const budget = screen.getByRole('textbox', { name: /^Budget in Euro/ });
    fireEvent.change(budget, { target: { value: 'viel Geld' } });
    fireEvent.click(screen.getByRole('button', { name: 'Maßnahme anlegen' }));

    expect(await screen.findByText(/Bitte einen Betrag in Euro angeben/, { selector: '.kern-error .kern-body' })).toBeInTheDocument();
    expect(budget).toHaveAttribute('aria-invalid', 'true');
    expect(value(await app.api.listMeasures({})).total).toBe(0);
  });
});
