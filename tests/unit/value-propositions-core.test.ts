/**
 * Value propositions through the API on a real workspace: a proposition for
 * a target group with items on both sides, ranked by importance, fit links
 * only between matching kinds of one proposition, the fit summary, links to
 * measures, search and undo. Bad input changes nothing.
 */
import type { Input, ValueKind, ValueProposition } from '../../api/index.ts';
import { value } from '../support/core-harness.ts';
import { workspaceForEachTest } from '../support/workspaces.ts';

const h = workspaceForEachTest();

const wohngeld: Input<'saveValueProposition'> = { title: 'Wohngeld digital', targetGroup: 'Wohngeld-Antragstellende', description: 'Haushalte mit geringem Einkommen' };

function snapshot(): unknown {
  const raw = h.core.raw();
  return ['value_propositions', 'value_items', 'value_fits', 'value_proposition_measures', 'change_log', 'search_index'].map((t) => raw.prepare(`SELECT * FROM ${t} ORDER BY 1`).all());
}

async function failure(p: Promise<{ ok: boolean }>) {
  const r = (await p) as { ok: false; error: { code: string; message: string; details?: { issues?: { path: string; message: string }[] } } };
  expect(r.ok).toBe(false);
  return r.error;
}

async function add(p: ValueProposition, kind: ValueKind, text: string): Promise<{ p: ValueProposition; id: string }> {
  const next = value(await h.api.saveValueItem({ propositionId: p.id, kind, text }));
  const item = next.items.filter((i) => i.kind === kind).at(-1)!;
  expect(item.text).toBe(text);
  return { p: next, id: item.id };
}

const texts = (p: ValueProposition, kind: ValueKind) => p.items.filter((i) => i.kind === kind).map((i) => `${i.rank}:${i.text}`);

describe('saveValueProposition, saveValueItem and reorderValueItems', () => {
  it('keeps the fields, appends items as least important and reorders a list in one undo step', async () => {
    let p = value(await h.api.saveValueProposition(wohngeld));
    expect(p).toMatchObject({ ...wohngeld, stakeholder: null, items: [], fits: [], measures: [] });
    const a = await add(p, 'problem', 'Lange Bearbeitungszeit');
    const b = await add(a.p, 'problem', 'Unklare Nachweise');
    p = (await add(b.p, 'task', 'Antrag stellen')).p;
    expect(texts(p, 'problem')).toEqual(['1:Lange Bearbeitungszeit', '2:Unklare Nachweise']);
    p = value(await h.api.reorderValueItems({ propositionId: p.id, kind: 'problem', ids: [b.id, a.id] }));
    expect(texts(p, 'problem')).toEqual(['1:Unklare Nachweise', '2:Lange Bearbeitungszeit']);
    expect(value(await h.api.getUndoState()).undo).toEqual({ action: 'update', entity: 'valueItem', title: 'Unklare Nachweise' });
    value(await h.api.undo());
    expect(texts(value(await h.api.getValueProposition({ id: p.id })), 'problem')).toEqual(['1:Lange Bearbeitungszeit', '2:Unklare Nachweise']);
  });

  it('allows the same text twice in one list and flags both', async () => {
    const p = value(await h.api.saveValueProposition(wohngeld));
    const one = await add(p, 'benefit', 'Schnelle Zusage');
    const two = await add(one.p, 'benefit', 'schnelle  zusage');
    expect(two.p.items.map((i) => i.duplicate)).toEqual([true, true]);
  });

  it('moves the items below a deleted one up, and undo brings item, ranks and links back', async () => {
    const p = value(await h.api.saveValueProposition(wohngeld));
    const a = await add(p, 'problem', 'Papierformulare');
    const b = await add(a.p, 'problem', 'Wartezeiten');
    const r = await add(b.p, 'reliever', 'Online-Antrag');
    value(await h.api.saveValueFit({ ourItemId: r.id, theirItemId: a.id }));
    const after = value(await h.api.deleteValueItem({ id: a.id }));
    expect(texts(after, 'problem')).toEqual(['1:Wartezeiten']);
    expect(after.fits).toEqual([]);
    value(await h.api.undo());
    const back = value(await h.api.getValueProposition({ id: p.id }));
    expect(texts(back, 'problem')).toEqual(['1:Papierformulare', '2:Wartezeiten']);
    expect(back.fits).toHaveLength(1);
  });

  it('refuses bad items and orders, writing nothing', async () => {
    const p = value(await h.api.saveValueProposition(wohngeld));
    const a = await add(p, 'problem', 'Papierformulare');
    const b = await add(a.p, 'problem', 'Wartezeiten');
    const before = snapshot();
    const unknown = await failure(h.api.saveValueItem({ propositionId: 'weg', kind: 'task', text: 'x' }));
    expect(unknown.details?.issues).toEqual([{ path: 'propositionId', message: 'Dieses Wertversprechen gibt es nicht (mehr).' }]);
    const kind = await failure(h.api.saveValueItem({ id: a.id, propositionId: p.id, kind: 'benefit', text: 'x' }));
    expect(kind.details?.issues?.[0]?.path).toBe('kind');
    for (const ids of [[a.id], [a.id, a.id], [a.id, b.id, 'fremd']]) {
      const e = await failure(h.api.reorderValueItems({ propositionId: p.id, kind: 'problem', ids }));
      expect(e.message).toBe('Die neue Reihenfolge muss jeden Eintrag dieser Liste genau einmal enthalten. Bitte laden Sie die Ansicht neu.');
    }
    const empty = await failure(h.api.saveValueItem({ propositionId: p.id, kind: 'task', text: '   ' }));
    expect(empty.code).toBe('invalid_input');
    // A full list takes no more entries (rows written straight to the store: 500 API calls would only slow the test).
    const raw = h.core.raw();
    const insert = raw.prepare("INSERT INTO value_items (id, proposition_id, kind, text, rank, created_at, updated_at) VALUES (?, ?, 'benefit', 'Nutzen', ?, '2026-01-01', '2026-01-01')");
    for (let n = 1; n <= 500; n++) insert.run(`full-${n}`, p.id, n);
    const full = await failure(h.api.saveValueItem({ propositionId: p.id, kind: 'benefit', text: 'Noch einer' }));
    expect(full.details?.issues).toEqual([{ path: 'text', message: 'Eine Liste kann höchstens 500 Einträge haben. Fassen Sie Einträge zusammen oder löschen Sie weniger wichtige.' }]);
    raw.prepare("DELETE FROM value_items WHERE id LIKE 'full-%'").run();
    const stakeholder = await failure(h.api.saveValueProposition({ ...wohngeld, stakeholderId: 'weg' }));
    expect(stakeholder.details?.issues).toEqual([{ path: 'stakeholderId', message: 'Den gewählten Stakeholder gibt es nicht (mehr).' }]);
    expect(snapshot()).toEqual(before);
  });
});

describe('saveValueFit and the fit summary', () => {
  it('counts what is covered, lists uncovered important items first and our items that answer nothing', async () => {
    let p = value(await h.api.saveValueProposition(wohngeld));
    const p1 = await add(p, 'problem', 'Lange Bearbeitungszeit');
    const p2 = await add(p1.p, 'problem', 'Unklare Nachweise');
    const p3 = await add(p2.p, 'problem', 'Öffnungszeiten');
    const n1 = await add(p3.p, 'benefit', 'Planungssicherheit');
    const r1 = await add(n1.p, 'reliever', 'Digitale Nachweise');
    const c1 = await add(r1.p, 'creator', 'Statusanzeige');
    p = (await add(c1.p, 'offer', 'Beratungstermin')).p;
    // Either order of ids works: the core sees which side each item is on.
    value(await h.api.saveValueFit({ ourItemId: r1.id, theirItemId: p2.id }));
    p = value(await h.api.saveValueFit({ ourItemId: n1.id, theirItemId: c1.id }));
    expect(p.summary.counts).toEqual({ task: { covered: 0, total: 0 }, problem: { covered: 1, total: 3 }, benefit: { covered: 1, total: 1 } });
    expect(p.summary.rows.map((r) => [r.item.text, r.coveredBy.map((c) => c.text)])).toEqual([
      ['Lange Bearbeitungszeit', []],
      ['Öffnungszeiten', []],
      ['Planungssicherheit', ['Statusanzeige']],
      ['Unklare Nachweise', ['Digitale Nachweise']],
    ]);
    expect(p.summary.unused.map((u) => u.text)).toEqual(['Beratungstermin']);
    const list = value(await h.api.listValuePropositions({}));
    expect(list).toEqual([expect.objectContaining({ title: 'Wohngeld digital', counts: p.summary.counts, unused: 1, measureCount: 0 })]);
    // The list narrows by title or target group, with German folding.
    value(await h.api.saveValueProposition({ title: 'Gewerbe', targetGroup: 'Gründerinnen und Gründer' }));
    expect(value(await h.api.listValuePropositions({ query: 'gruenderinnen' })).map((x) => x.title)).toEqual(['Gewerbe']);
    expect(value(await h.api.listValuePropositions({ query: 'WOHNGELD' })).map((x) => x.title)).toEqual(['Wohngeld digital']);
  });

  it('refuses links on one side, between kinds that do not match, across propositions and twice, writing nothing', async () => {
    const p = value(await h.api.saveValueProposition(wohngeld));
    const prob = await add(p, 'problem', 'Wartezeiten');
    const task = await add(prob.p, 'task', 'Antrag stellen');
    const rel = await add(task.p, 'reliever', 'Online-Antrag');
    const other = value(await h.api.saveValueProposition({ title: 'Gewerbe', targetGroup: 'Gewerbetreibende' }));
    const foreign = await add(other, 'problem', 'Behördengänge');
    value(await h.api.saveValueFit({ ourItemId: rel.id, theirItemId: prob.id }));
    const before = snapshot();
    const cases: [Input<'saveValueFit'>, string][] = [
      [{ ourItemId: prob.id, theirItemId: task.id }, 'Verknüpft wird immer ein Eintrag der Zielgruppe mit einem Eintrag unseres Angebots – nicht zwei Einträge derselben Seite.'],
      [{ ourItemId: rel.id, theirItemId: task.id }, 'Diese Einträge passen nicht zusammen: Leistungen unterstützen Aufgaben, Problemlöser lösen Probleme, Nutzenstifter stiften Nutzen.'],
      [{ ourItemId: rel.id, theirItemId: foreign.id }, 'Der Eintrag gehört zu einem anderen Wertversprechen. Verknüpfen lassen sich nur Einträge desselben Wertversprechens.'],
      [{ ourItemId: rel.id, theirItemId: prob.id }, 'Diese Verknüpfung gibt es bereits.'],
      [{ ourItemId: rel.id, theirItemId: 'weg' }, 'Diesen Eintrag gibt es nicht (mehr).'],
    ];
    for (const [input, message] of cases) {
      const e = await failure(h.api.saveValueFit(input));
      expect(e.details?.issues).toEqual([{ path: 'theirItemId', message }]);
    }
    const en = await h.transport.invoke('saveValueFit', { ourItemId: rel.id, theirItemId: task.id }, { lang: 'en' });
    expect(en.ok ? null : en.error.message).toMatch(/^These entries do not fit together/);
    expect(snapshot()).toEqual(before);
  });

  it('deletes a link undoably', async () => {
    const p = value(await h.api.saveValueProposition(wohngeld));
    const prob = await add(p, 'problem', 'Wartezeiten');
    const rel = await add(prob.p, 'reliever', 'Online-Antrag');
    const linked = value(await h.api.saveValueFit({ ourItemId: rel.id, theirItemId: prob.id }));
    const fit = linked.fits[0]!;
    expect(value(await h.api.deleteValueFit({ id: fit.id })).summary.counts.problem).toEqual({ covered: 0, total: 1 });
    value(await h.api.undo());
    expect(value(await h.api.getValueProposition({ id: p.id })).fits).toEqual([fit]);
    expect((await failure(h.api.deleteValueFit({ id: 'weg' }))).code).toBe('not_found');
  });
});

describe('measures, search and deletion', () => {
  it('links and unlinks measures, refusing unknown or doubled links', async () => {
    const m = value(await h.api.saveMeasure({ title: 'Digitaler Wohngeldantrag' }));
    const p = value(await h.api.saveValueProposition(wohngeld));
    const linked = value(await h.api.linkValueMeasure({ propositionId: p.id, measureId: m.id }));
    expect(linked.measures).toEqual([{ measureId: m.id, title: 'Digitaler Wohngeldantrag' }]);
    const before = snapshot();
    expect((await failure(h.api.linkValueMeasure({ propositionId: p.id, measureId: m.id }))).details?.issues?.[0]?.path).toBe('measureId');
    expect((await failure(h.api.linkValueMeasure({ propositionId: p.id, measureId: 'weg' }))).message).toBe('Die gewählte Maßnahme gibt es nicht (mehr).');
    expect((await failure(h.api.linkValueMeasure({ propositionId: 'weg', measureId: m.id }))).details?.issues?.[0]?.path).toBe('propositionId');
    expect(snapshot()).toEqual(before);
    expect(value(await h.api.unlinkValueMeasure({ propositionId: p.id, measureId: m.id })).measures).toEqual([]);
    expect((await failure(h.api.unlinkValueMeasure({ propositionId: p.id, measureId: m.id }))).message).toBe('Diese Maßnahme ist nicht mit dem Wertversprechen verknüpft.');
  });

  it('finds a proposition by its target group and by an item text (folded), also after undo', async () => {
    const p = value(await h.api.saveValueProposition(wohngeld));
    await add(p, 'problem', 'Überforderung mit Nachweisen');
    const hit = async (query: string) => value(await h.api.search({ query })).filter((x) => x.entity === 'valueProposition').map((x) => x.title);
    expect(await hit('Antragstellende')).toEqual(['Wohngeld digital']);
    expect(await hit('ueberforderung')).toEqual(['Wohngeld digital']);
    value(await h.api.undo());
    expect(await hit('ueberforderung')).toEqual([]);
  });

  it('deletes a proposition with everything in it, and undo brings it all back', async () => {
    const m = value(await h.api.saveMeasure({ title: 'Digitaler Wohngeldantrag' }));
    const p = value(await h.api.saveValueProposition(wohngeld));
    const prob = await add(p, 'problem', 'Wartezeiten');
    const rel = await add(prob.p, 'reliever', 'Online-Antrag');
    value(await h.api.saveValueFit({ ourItemId: rel.id, theirItemId: prob.id }));
    const full = value(await h.api.linkValueMeasure({ propositionId: p.id, measureId: m.id }));
    value(await h.api.deleteValueProposition({ id: p.id }));
    expect(value(await h.api.listValuePropositions({}))).toEqual([]);
    expect((await failure(h.api.getValueProposition({ id: p.id }))).code).toBe('not_found');
    value(await h.api.undo());
    expect(value(await h.api.getValueProposition({ id: p.id }))).toEqual(full);
  });
});
