import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Criterion } from '../../api/index.ts';
import { MeasureScoringSection } from '../../renderer/features/scoring/measure-scoring-section.tsx';
import { value } from '../support/core-harness.ts';
import { go, useApp } from './setup-app.tsx';

const app = useApp();
const ids: Record<string, string> = {};
let A: Criterion;
let B: Criterion;
let C: Criterion;

/** A small portfolio on a three-criteria model whose totals are easy to follow (see tests/unit/scoring-ranking.test.ts). */
async function portfolio() {
  value(await app.api.createWorkspace({ ags: '05770024' }));
  [A, B, C] = value(await app.api.saveScoringModel({
    criteria: [{ name: 'Strategie', weight: 50 }, { name: 'Nutzen', weight: 30, scaleMax: 10 }, { name: 'Aufwand', weight: 20, direction: 'cost', axis: 'effort' }],
  })) as [Criterion, Criterion, Criterion];
  for (const title of ['Wohngeld digital', 'E-Akte', 'Open Data', 'Parkraum', 'Stadtrundgang']) ids[title] = value(await app.api.saveMeasure({ title })).id;
  const score = async (title: string, a: number, b: number | null, c: number | null) =>
    value(await app.api.saveScores({ measureId: ids[title]!, scores: [
      { criterionId: A.id, score: a, justification: null },
      ...(b === null ? [] : [{ criterionId: B.id, score: b, justification: null }]),
      ...(c === null ? [] : [{ criterionId: C.id, score: c, justification: null }]),
    ] }));
  await score('E-Akte', 4, 5, 1); // 71
  await score('Wohngeld digital', 5, 10, 5); // 80
  await score('Parkraum', 2, 2, 0); // 46
  await score('Open Data', 5, null, null); // 50, partly scored
}

async function openRanking() {
  go('#/portfolio/ranking');
  app.renderApp();
  await screen.findByRole('heading', { level: 1, name: 'Bewertung & Rangfolge' });
  return screen.findByRole('table', { name: /^Rangfolge von 5 Maßnahmen/ });
}

const rowOf = (table: HTMLElement, title: string) => within(table).getByRole('link', { name: title }).closest('tr') as HTMLElement;
const cells = (row: HTMLElement) => [...row.children].map((c) => c.textContent?.trim());

describe('the ranking view', () => {
  it('lists measures by rank with total, value, effort and scored criteria; unscored last', async () => {
    await portfolio();
    const table = await openRanking();
    expect(screen.getByRole('link', { name: 'Bewertung & Rangfolge' })).toHaveAttribute('aria-current', 'page');
    const titles = within(table).getAllByRole('rowheader').map((h) => within(h).getByRole('link').textContent);
    expect(titles).toEqual(['Wohngeld digital', 'E-Akte', 'Open Data', 'Parkraum', 'Stadtrundgang']);
    expect(cells(rowOf(table, 'E-Akte'))).toEqual(['2', 'E-Akte', '–keines', '71', '68,8', '20', '3 von 3']);
    expect(rowOf(table, 'Open Data')).toHaveTextContent('1 von 3 (teilweise bewertet: fehlende Kriterien zählen 0)');
    expect(within(rowOf(table, 'Stadtrundgang')).getByText('nicht bewertet')).toBeInTheDocument();
    expect(cells(rowOf(table, 'Stadtrundgang'))[0]).toBe('–');
  });

  it('ranks a measure with a legal duty first and names the reason and deadline', async () => {
    await portfolio();
    app.h.core.raw().prepare("UPDATE measures SET must_legal = 1, must_legal_deadline = '2028-06-30' WHERE id = ?").run(ids.Parkraum);
    const table = await openRanking();
    const first = within(table).getAllByRole('row')[1]!;
    expect(first).toHaveTextContent('Parkraum');
    expect(within(first).getByText('Gesetzliche Pflicht bis 30.06.2028')).toBeInTheDocument();
  });

  it('shows the live sum of the weights, refuses a model that does not make 100 and saves one that does', async () => {
    await portfolio();
    await openRanking();
    const weight = screen.getByRole('textbox', { name: 'Gewicht in %: Strategie' });
    fireEvent.change(weight, { target: { value: '45' } });
    const sum = screen.getByText(/^Summe der Gewichte/).closest('output')!;
    expect(sum).toHaveTextContent('Summe der Gewichte: 95 % Es fehlen noch 5 Prozentpunkte bis 100 %.');
    expect(sum).toHaveAttribute('aria-live', 'polite');

    fireEvent.click(screen.getByRole('button', { name: 'Bewertungsmodell speichern' }));
    expect(await screen.findByText('Die Gewichte müssen zusammen genau 100 % ergeben; derzeit sind es 95 %.')).toBeInTheDocument();
    expect(value(await app.api.listCriteria()).map((c) => c.weight)).toEqual([50, 30, 20]);

    fireEvent.change(screen.getByRole('textbox', { name: 'Gewicht in %: Aufwand' }), { target: { value: '25' } });
    expect(sum).toHaveTextContent('Die Gewichte ergeben zusammen 100 %.');
    fireEvent.click(screen.getByRole('button', { name: 'Bewertungsmodell speichern' }));
    expect(await screen.findByText('Bewertungsmodell gespeichert.')).toBeInTheDocument();
    expect(value(await app.api.listCriteria()).map((c) => c.weight)).toEqual([45, 30, 25]);
  });

  it('asks before removing a criterion that has scores', async () => {
    await portfolio();
    await openRanking();
    fireEvent.click(screen.getByRole('button', { name: '„Aufwand“ entfernen' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Gewicht in %: Strategie' }), { target: { value: '70' } });
    fireEvent.click(screen.getByRole('button', { name: 'Bewertungsmodell speichern' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Kriterium mit Bewertungen entfernen?' });
    expect(dialog).toHaveTextContent('Für „Aufwand“ gibt es schon 3 Bewertungen.');
    expect(value(await app.api.listCriteria())).toHaveLength(3);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Entfernen und speichern' }));
    expect(await screen.findByText('Bewertungsmodell gespeichert.')).toBeInTheDocument();
    expect(value(await app.api.listCriteria()).map((c) => c.name)).toEqual(['Strategie', 'Nutzen']);
  });

  it('moves a weight in the sensitivity panel, marks the rows that change place and announces it politely', async () => {
    await portfolio();
    await openRanking();
    fireEvent.change(screen.getByRole('combobox', { name: 'Kriterium' }), { target: { value: C.id } });
    const announce = document.querySelector('.cdo-sensitivity__announce')!;
    expect(announce).toHaveAttribute('aria-live', 'polite');
    fireEvent.click(screen.getByRole('button', { name: '+10 Prozentpunkte' }));

    // Aufwand 30 %: E-Akte 72,1 overtakes Wohngeld 70; Parkraum 52,75 overtakes Open Data 43,75
    await waitFor(() => expect(announce).toHaveTextContent('„Aufwand“ bei 30 %: 4 Maßnahmen wechseln den Platz. Größte Änderung: E-Akte von Platz 2 auf 1.'));
    expect(screen.getByRole('slider', { name: 'Gewicht von „Aufwand“' })).toHaveValue('30');
    const table = screen.getByRole('table', { name: 'Rangfolge, wenn „Aufwand“ 30 % wiegt' });
    const eakte = rowOf(table, 'E-Akte');
    expect(cells(eakte)[0]).toBe('1');
    expect(within(eakte).getByText('1 Platz nach oben')).toBeInTheDocument();
    expect(eakte).toHaveClass('cdo-moved--up');
    expect(within(rowOf(table, 'Wohngeld digital')).getByText('1 Platz nach unten')).toBeInTheDocument();
    // Nothing was saved.
    expect(value(await app.api.listCriteria()).map((c) => c.weight)).toEqual([50, 30, 20]);

    fireEvent.click(screen.getByRole('button', { name: '−10 Prozentpunkte' }));
    await waitFor(() => expect(announce).toHaveTextContent('Das Gewicht steht auf dem gespeicherten Wert.'));
  });
});

describe('the scoring section of a measure', () => {
  it('saves a score per criterion with its justification, shows the total and the history', async () => {
    await portfolio();
    app.renderView(<MeasureScoringSection measureId={ids.Stadtrundgang!} />);
    expect(await screen.findByText('Noch nicht bewertet.')).toBeInTheDocument();

    const strategy = screen.getByRole('group', { name: /^Strategie/ });
    fireEvent.click(within(strategy).getByRole('radio', { name: '3 von 5' }));
    fireEvent.change(within(strategy).getByRole('textbox', { name: 'Begründung zu „Strategie“' }), { target: { value: 'Teil der Digitalstrategie' } });
    fireEvent.click(within(screen.getByRole('group', { name: /^Nutzen/ })).getByRole('radio', { name: '10 von 10' }));
    fireEvent.click(within(screen.getByRole('group', { name: /^Aufwand/ })).getByRole('radio', { name: '0 von 5' }));
    fireEvent.click(screen.getByRole('button', { name: 'Bewertung speichern' }));

    // 50·3/5 + 30·10/10 + 20·(1 − 0/5) = 30 + 30 + 20 = 80
    expect(await screen.findByText('Bewertung gespeichert. Gesamtwert: 80 von 100.')).toBeInTheDocument();
    expect(await screen.findByText('3 von 3 Kriterien bewertet')).toBeInTheDocument();
    expect(document.querySelector('.cdo-score-summary')).toHaveTextContent('Gesamtwert80 80 von 100Platz 1 der Rangfolge');
    const stored = value(await app.api.getMeasureScoring({ measureId: ids.Stadtrundgang! }));
    expect(stored.scores.map((s) => [s.score, s.justification])).toEqual([[3, 'Teil der Digitalstrategie'], [10, null], [0, null]]);

    const history = screen.getByRole('region', { name: 'Verlauf der Bewertung' });
    await waitFor(() => expect(within(history).getAllByRole('listitem')).toHaveLength(3));
    expect(within(history).getByText('Teil der Digitalstrategie')).toBeInTheDocument();
    expect(within(history).getByText('– → 3')).toBeInTheDocument();

    // The whole save is one step: "Rückgängig" takes back all three scores.
    fireEvent.click(screen.getByRole('button', { name: 'Rückgängig' }));
    await waitFor(() => expect(document.querySelector('.cdo-toast__text')).toHaveTextContent('Rückgängig: Bewertung von „Stadtrundgang“ gespeichert'));
    expect(await screen.findByText('Noch nicht bewertet.')).toBeInTheDocument();
    expect(value(await app.api.getMeasureScoring({ measureId: ids.Stadtrundgang! })).scores).toEqual([]);
  });

  it('shows the core\'s message next to a score the scale no longer allows, and keeps the old scores', async () => {
    await portfolio();
    app.renderView(<MeasureScoringSection measureId={ids['E-Akte']!} />);
    const field = await screen.findByRole('group', { name: /^Nutzen/ });
    fireEvent.click(within(field).getByRole('radio', { name: '9 von 10' }));
    // Meanwhile, in another window, the scale of "Nutzen" shrinks to 0–5 (E-Akte's stored 5 still fits).
    app.h.core.raw().prepare('UPDATE scoring_criteria SET scale_max = 5 WHERE id = ?').run(B.id);
    fireEvent.click(screen.getByRole('button', { name: 'Bewertung speichern' }));
    expect(await within(field).findByText('Die Bewertung muss eine ganze Zahl von 0 bis 5 sein.')).toBeInTheDocument();
    expect(value(await app.api.getMeasureScoring({ measureId: ids['E-Akte']! })).scores.map((s) => s.score)).toEqual([4, 5, 1]);
  });
});
