/**
 * Undo/redo and history through the API, on a real workspace: every edit of a
 * measure or field is one step that can be taken back and done again.
 */
import { createHarness, value, type Harness } from '../support/core-harness.ts';

let h: Harness;
beforeEach(async () => {
  h = createHarness();
  value(await h.api.createWorkspace({ ags: '05770024' })); // Minden, Stadt
});
afterEach(() => h.cleanup());

const measureInput = { title: 'Digitaler Bauantrag', phase: 'concept', priority: 'high', leadUnit: 'Bauordnungsamt', budget: 160000, start: '2026-01-01', end: '2026-12-31' } as const;

async function total(): Promise<number> {
  return value(await h.api.listMeasures({})).total;
}

async function logRows(): Promise<number> {
  return (h.core.raw().prepare('SELECT count(*) AS n FROM change_log').get() as { n: number }).n;
}

describe('undo and redo of measures', () => {
  it('undoes a created measure and redoes it with the same id and content', async () => {
    const created = value(await h.api.saveMeasure(measureInput));
    expect(value(await h.api.getUndoState()).undo).toEqual({ action: 'create', entity: 'measure', title: 'Digitaler Bauantrag' });

    const undone = value(await h.api.undo());
    expect(undone.done).toEqual({ action: 'create', entity: 'measure', title: 'Digitaler Bauantrag' });
    expect(undone.state.redo).toEqual({ action: 'create', entity: 'measure', title: 'Digitaler Bauantrag' });
    expect(await total()).toBe(0);
    const gone = await h.api.getMeasure({ id: created.id });
    expect(!gone.ok && gone.error.code).toBe('not_found');

    value(await h.api.redo());
    expect(value(await h.api.getMeasure({ id: created.id }))).toEqual(created);
  });

  it('undoes an update back to the previous values and redoes it', async () => {
    const created = value(await h.api.saveMeasure(measureInput));
    const updated = value(await h.api.saveMeasure({ ...measureInput, id: created.id, title: 'Digitale Baugenehmigung', phase: 'implementation', budget: 200000 }));

    value(await h.api.undo());
    expect(value(await h.api.getMeasure({ id: created.id }))).toEqual(created);
    value(await h.api.redo());
    expect(value(await h.api.getMeasure({ id: created.id }))).toEqual(updated);
  });

  it('undoes a deletion, restoring the measure exactly, and redoes it', async () => {
    const created = value(await h.api.saveMeasure(measureInput));
    value(await h.api.deleteMeasure({ id: created.id }));
    expect(await total()).toBe(0);

    expect(value(await h.api.undo()).done).toEqual({ action: 'delete', entity: 'measure', title: 'Digitaler Bauantrag' });
    expect(value(await h.api.getMeasure({ id: created.id }))).toEqual(created);
    value(await h.api.redo());
    expect(await total()).toBe(0);
  });

  it('walks several steps back and forward in order', async () => {
    const titles = ['Erste', 'Zweite', 'Dritte'];
    for (const title of titles) value(await h.api.saveMeasure({ title }));
    for (const expected of [2, 1, 0]) {
      value(await h.api.undo());
      expect(await total()).toBe(expected);
    }
    const nothing = await h.api.undo();
    expect(!nothing.ok && nothing.error).toMatchObject({ code: 'conflict', message: 'Es gibt nichts rückgängig zu machen.' });
    for (const expected of [1, 2, 3]) {
      value(await h.api.redo());
      expect(await total()).toBe(expected);
    }
    const noRedo = await h.api.redo();
    expect(!noRedo.ok && noRedo.error.code).toBe('conflict');
  });
});

describe('undo and redo of fields', () => {
  it('undoes creating, renaming and deleting a field', async () => {
    const before = value(await h.api.listFields());
    const field = value(await h.api.saveField({ name: 'Smart City', color: '#123456' }));
    const renamed = value(await h.api.saveField({ id: field.id, name: 'Smart Region', color: '#123456' }));
    expect(renamed.name).toBe('Smart Region');

    value(await h.api.undo());
    expect(value(await h.api.listFields()).find((f) => f.id === field.id)?.name).toBe('Smart City');
    value(await h.api.undo());
    expect(value(await h.api.listFields())).toEqual(before);

    value(await h.api.redo());
    value(await h.api.redo());
    value(await h.api.deleteField({ id: field.id }));
    expect(value(await h.api.listFields()).some((f) => f.id === field.id)).toBe(false);
    value(await h.api.undo());
    expect(value(await h.api.listFields()).find((f) => f.id === field.id)).toEqual(renamed);
  });

  it('moves the measures of a deleted field to the chosen field, and undo restores the field and the assignments in one step', async () => {
    const field = value(await h.api.saveField({ name: 'Smart City' }));
    const a = value(await h.api.saveMeasure({ title: 'Sensorik im Parkhaus', fieldId: field.id }));
    const b = value(await h.api.saveMeasure({ title: 'Digitaler Zwilling', fieldId: field.id }));
    const other = value(await h.api.saveMeasure({ title: 'Ohne Feld' }));
    const target = value(await h.api.saveField({ name: 'Daten' }));

    // Measures still use the field: deleting it needs a field to move them to (the ecosystem brief, item 5).
    value(await h.api.deleteField({ id: field.id, reassignTo: target.id }));
    for (const m of [a, b]) {
      const now = value(await h.api.getMeasure({ id: m.id }));
      expect(now.fieldId).toBe(target.id);
      expect(now.fieldName).toBe('Daten');
    }
    expect(value(await h.api.getUndoState()).undo).toEqual({ action: 'delete', entity: 'field', title: 'Smart City' });

    value(await h.api.undo());
    expect(value(await h.api.getMeasure({ id: a.id }))).toEqual(a);
    expect(value(await h.api.getMeasure({ id: b.id }))).toEqual(b);
    expect(value(await h.api.getMeasure({ id: other.id }))).toEqual(other);
    expect(value(await h.api.listFields()).find((f) => f.id === field.id)?.measureCount).toBe(2);

    value(await h.api.redo());
    expect(value(await h.api.getMeasure({ id: a.id })).fieldId).toBe(target.id);
    expect(value(await h.api.listFields()).some((f) => f.id === field.id)).toBe(false);
    expect(h.core.raw().pragma('foreign_key_check')).toEqual([]);
  });
});

describe('a new edit after undo', () => {
  it('ends the redo chain: nothing to redo, and the discarded step never comes back', async () => {
    value(await h.api.saveMeasure({ title: 'A' }));
    const b = value(await h.api.saveMeasure({ title: 'B' }));
    value(await h.api.undo()); // B taken back
    const c = value(await h.api.saveMeasure({ title: 'C' }));

    expect(value(await h.api.getUndoState()).redo).toBeNull();
    const redo = await h.api.redo();
    expect(!redo.ok && redo.error.code).toBe('conflict');

    // Undo C: redo now offers C again — not the discarded B.
    value(await h.api.undo());
    expect(value(await h.api.getUndoState())).toEqual({
      undo: { action: 'create', entity: 'measure', title: 'A' },
      redo: { action: 'create', entity: 'measure', title: 'C' },
    });
    value(await h.api.redo());
    expect(value(await h.api.listMeasures({ sort: 'title', dir: 'asc' })).rows.map((m) => m.title)).toEqual(['A', 'C']);
    expect((await h.api.getMeasure({ id: b.id })).ok).toBe(false);
    expect(value(await h.api.getMeasure({ id: c.id })).title).toBe('C');
    expect(value(await h.api.getUndoState()).redo).toBeNull();
  });
});

describe('history of a record', () => {
  it('lists every change newest first with the values before and after, marking undone ones', async () => {
    const m = value(await h.api.saveMeasure({ title: 'Open-Data-Portal', phase: 'idea' }));
    value(await h.api.saveMeasure({ id: m.id, title: 'Open-Data-Portal', phase: 'concept' }));
    value(await h.api.saveMeasure({ id: m.id, title: 'Offene Daten', phase: 'concept' }));
    value(await h.api.undo());

    const entries = value(await h.api.listHistory({ entity: 'measure', id: m.id }));
    expect(entries.map((e) => [e.action, e.undone])).toEqual([
      ['update', true],
      ['update', false],
      ['create', false],
    ]);
    expect(entries[0]!.before).toMatchObject({ title: 'Open-Data-Portal' });
    expect(entries[0]!.after).toMatchObject({ title: 'Offene Daten' });
    expect(entries[1]!.before).toMatchObject({ phase: 'idea' });
    expect(entries[1]!.after).toMatchObject({ phase: 'concept' });
    expect(entries[2]!.before).toBeNull();
    expect(entries[2]!.after).toMatchObject({ id: m.id, title: 'Open-Data-Portal' });
    expect(entries.every((e) => !Number.isNaN(Date.parse(e.at)))).toBe(true);
  });

  it('keeps the history of an edit that was undone and then replaced by a new edit', async () => {
    const m = value(await h.api.saveMeasure({ title: 'Kita-Portal' }));
    value(await h.api.saveMeasure({ id: m.id, title: 'Kita-Platzvergabe' }));
    value(await h.api.undo());
    value(await h.api.saveMeasure({ id: m.id, title: 'Kita-Navigator' }));
    const entries = value(await h.api.listHistory({ entity: 'measure', id: m.id }));
    expect(entries.map((e) => [e.after?.title, e.undone])).toEqual([
      ['Kita-Navigator', false],
      ['Kita-Platzvergabe', true],
      ['Kita-Portal', false],
    ]);
  });

  it('writes one log row per changed record and none for a refused edit', async () => {
    const before = await logRows();
    value(await h.api.saveMeasure({ title: 'Eins' }));
    expect(await logRows()).toBe(before + 1);
    const refused = await h.api.saveMeasure({ title: 'Zwei', fieldId: 'gibt-es-nicht' });
    expect(!refused.ok && refused.error.code).toBe('invalid_input');
    expect(await logRows()).toBe(before + 1);
    expect(await total()).toBe(1);
  });
});
