import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { value } from '../support/core-harness.ts';
import { go, useApp } from './setup-app.tsx';

const app = useApp();

async function openFinance(title: string, budget?: number) {
  value(await app.api.createWorkspace({ ags: '05770024' }));
  const m = value(await app.api.saveMeasure({ title, ...(budget ? { budget } : {}) }));
  go(`#/portfolio/${m.id}/finance`);
  app.renderApp();
  await screen.findByRole('heading', { level: 2, name: 'Kosten' });
  return m;
}

describe('the "Finanzen" tab of a measure', () => {
  it('adds a cost item in German notation and shows it with totals per year', async () => {
    const m = await openFinance('Digitaler Wohngeldantrag');
    expect(screen.getByRole('link', { name: 'Finanzen' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByText(/Noch keine Kostenpositionen/)).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Kostenposition hinzufügen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Kostenposition hinzufügen' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Jahr' }), { target: { value: '2025' } });
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Art' }), { target: { value: 'consumptive' } });
    fireEvent.change(within(dialog).getByRole('combobox', { name: /^Kategorie/ }), { target: { value: 'Lizenzen' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Plan in Euro' }), { target: { value: '25.000' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /^Ist in Euro/ }), { target: { value: '26.250,50' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Kostenposition speichern' }));

    expect(await screen.findByText('Kostenposition „Lizenzen“ 2025 hinzugefügt.')).toBeInTheDocument();
    const items = screen.getByRole('table', { name: 'Kostenpositionen' });
    const row = within(items).getByRole('rowheader', { name: 'Lizenzen' }).closest('tr')!;
    expect(row).toHaveTextContent(/2025.*Lizenzen.*konsumtiv.*einmalig.*25\.000\s€.*26\.250,50\s€.*\+1\.250,50\s€/);
    const years = screen.getByRole('table', { name: 'Summen je Jahr' });
    expect(within(years).getByRole('rowheader', { name: 'Gesamt' }).closest('tr')).toHaveTextContent(/Gesamt\s*0\s€\s*25\.000\s€\s*25\.000\s€/);
    expect(value(await app.api.listCostItems({ measureId: m.id })).items).toMatchObject([{ year: 2025, kind: 'consumptive', category: 'Lizenzen', plan: 25_000, actual: 26_250.5 }]);
  });

  it('says what is wrong with an amount that is not one and saves nothing', async () => {
    const m = await openFinance('E-Akte');
    fireEvent.click(screen.getByRole('button', { name: 'Kostenposition hinzufügen' }));
    const dialog = await screen.findByRole('dialog');
    const plan = within(dialog).getByRole('textbox', { name: 'Plan in Euro' });
    fireEvent.change(plan, { target: { value: 'viel Geld' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Kostenposition speichern' }));
    await waitFor(() => expect(plan).toHaveAttribute('aria-invalid', 'true'));
    expect(plan).toHaveAccessibleDescription(/Bitte einen Betrag wie 25\.000 oder 1\.250,50 eingeben\./);
    fireEvent.change(plan, { target: { value: '99.999.999.999' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Kostenposition speichern' }));
    await waitFor(() => expect(plan).toHaveAccessibleDescription(/höchstens 10\.000\.000\.000/));
    expect(value(await app.api.listCostItems({ measureId: m.id })).items).toEqual([]);
  });

  it('checks the financing stack live, shows the core\'s message when it does not add up, and saves it once it does', async () => {
    const m = await openFinance('Digitaler Wohngeldantrag');
    value(await app.api.saveCostItem({ measureId: m.id, year: 2025, kind: 'investive', plan: 120_000 }));
    value(await app.api.saveCostItem({ measureId: m.id, year: 2026, kind: 'consumptive', plan: 60_000 }));
    const stack = await screen.findByRole('region', { name: 'Finanzierung' });
    expect(await within(stack).findByText(/Zu finanzieren: 180\.000\s€/)).toBeInTheDocument();

    fireEvent.click(within(stack).getByRole('button', { name: 'Anteil hinzufügen' }));
    fireEvent.click(within(stack).getByRole('button', { name: 'Anteil hinzufügen' }));
    const sources = within(stack).getAllByRole('combobox', { name: 'Quelle' });
    expect(sources.map((s) => (s as HTMLSelectElement).value)).toEqual(['own', 'funding']);
    const amounts = within(stack).getAllByRole('textbox', { name: 'Betrag in Euro' });
    fireEvent.change(amounts[0]!, { target: { value: '50.000' } });
    fireEvent.change(within(stack).getAllByRole('textbox', { name: /^Bezeichnung/ })[1]!, { target: { value: 'Landesförderung' } });
    fireEvent.change(amounts[1]!, { target: { value: '120.000' } });
    expect(within(stack).getByText(/^Es fehlen 10\.000\s€$/)).toBeInTheDocument();
    expect(amounts[1]).toHaveAccessibleDescription(/^66,7\s%\sder Kosten$/);

    fireEvent.click(within(stack).getByRole('button', { name: 'Finanzierung speichern' }));
    const alert = await within(stack).findByRole('alert');
    expect(alert).toHaveTextContent(/Die Finanzierung ergibt 170\.000\s€, die geplanten Kosten betragen 180\.000\s€\. Es fehlen 10\.000\s€\./);
    expect(value(await app.api.listFinancing({ measureId: m.id })).items).toEqual([]);

    fireEvent.change(amounts[0]!, { target: { value: '60.000' } });
    expect(within(stack).getByText('Finanzierung vollständig')).toBeInTheDocument();
    fireEvent.click(within(stack).getByRole('button', { name: 'Finanzierung speichern' }));
    expect(await screen.findByText('Finanzierung gespeichert.')).toBeInTheDocument();
    await waitFor(() => expect(within(stack).queryByRole('alert')).toBeNull());
    const saved = value(await app.api.listFinancing({ measureId: m.id }));
    expect(saved).toMatchObject({ total: 180_000, complete: true });
    expect(saved.items.map((i) => [i.sourceType, i.name, i.amount])).toEqual([['own', null, 60_000], ['funding', 'Landesförderung', 120_000]]);
    expect(value(await app.api.getUndoState()).undo).toEqual({ action: 'update', entity: 'financingItem', title: 'Digitaler Wohngeldantrag' });
  });

  it('finances against the budget while there are no cost items', async () => {
    await openFinance('Open-Data-Portal', 45_000);
    const stack = await screen.findByRole('region', { name: 'Finanzierung' });
    expect(within(stack).getByText(/Budget der Maßnahme/)).toBeInTheDocument();
    fireEvent.click(within(stack).getByRole('button', { name: 'Anteil hinzufügen' }));
    fireEvent.change(within(stack).getByRole('textbox', { name: 'Betrag in Euro' }), { target: { value: '50000' } });
    expect(within(stack).getByText(/^5\.000\s€ zu viel$/)).toBeInTheDocument();
  });
});
