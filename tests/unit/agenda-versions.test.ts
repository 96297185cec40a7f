/**
 * An agenda through the API on a real workspace: texts, goals with linked
 * measures, indicators with measurements; versions freeze a snapshot that
 * never changes; a frozen version refuses edits with its reason; the
 * comparison names what was added, removed and changed; every edit undoes.
 */
import type { Input } from '../../api/index.ts';
import { agendaSnapshot } from '../../core/agenda/snapshot.ts';
import { createHarness, value, type Harness } from '../support/core-harness.ts';

let h: Harness;
beforeEach(async () => {
  h = createHarness();
  value(await h.api.createWorkspace({ ags: '05770024' }));
});
afterEach(() => h.cleanup());

const base: Input<'saveAgenda'> = {
  title: 'Digitale Agenda Minden 2026–2030', periodFrom: 2026, periodTo: 2030, vision: 'Minden ist digital und nah.',
  principles: ['Digital zuerst', 'Offen und sicher'], startingPosition: 'Wir beginnen nicht bei null.',
  startingFigures: [{ label: 'Online-Leistungen', value: '42', unit: 'Leistungen', source: 'OZG-Dashboard' }],
};

async function setup() {
  const agenda = value(await h.api.saveAgenda(base));
  const m1 = value(await h.api.saveMeasure({ title: 'Bürgerportal', start: '2026-01-01', end: '2027-06-30' }));
  const m2 = value(await h.api.saveMeasure({ title: 'E-Akte' }));
  const s = value(await h.api.saveAgendaGoal({ agendaId: agenda.id, title: 'Service für alle' }));
  const o = value(await h.api.saveAgendaGoal({ agendaId: agenda.id, parentId: s.id, title: 'Leistungen online' }));
  value(await h.api.linkAgendaMeasure({ goalId: o.id, measureId: m1.id }));
  value(await h.api.linkAgendaMeasure({ goalId: o.id, measureId: m2.id }));
  const ind = value(await h.api.saveAgendaIndicator({
    agendaId: agenda.id, goalId: o.id, name: 'Anteil Online-Anträge', unit: '%', level: 'outcome', baseline: 12, baselineOn: '2025-12-31', target: 60, targetOn: '2030-12-31',
  }));
  value(await h.api.saveAgendaMeasurement({ indicatorId: ind.id, measuredOn: '2026-06-30', value: 18 }));
  return { agenda, m1, m2, s, o, ind };
}

describe('agenda content and snapshot', () => {
  it('answers the live draft as a goal tree with measures, indicators and measurements', async () => {
    const { agenda, s, o } = await setup();
    const snap = agendaSnapshot(h.core, agenda.id);
    expect(snap).toMatchObject({ title: base.title, principles: base.principles, live: true, version: { number: 1, status: 'draft' } });
    expect(snap.goals.map((g) => g.id)).toEqual([s.id]);
    expect(snap.goals[0]!.children.map((g) => g.id)).toEqual([o.id]);
    expect(snap.goals[0]!.children[0]!.measures.map((m) => m.title)).toEqual(['Bürgerportal', 'E-Akte']);
    expect(snap.goals[0]!.children[0]!.indicators[0]).toMatchObject({ target: 60, measurements: [{ measuredOn: '2026-06-30', value: 18 }] });
  });

  it('keeps hostile text exactly as typed', async () => {
    const nasty = `<script>alert("x")</script> & 'quotes' 😀 \u202Eabc ${'Absatz '.repeat(1500)}`.trim();
    const agenda = value(await h.api.saveAgenda({ ...base, vision: nasty }));
    expect(agendaSnapshot(h.core, agenda.id).vision).toBe(nasty);
  });
});

describe('versions', () => {
  it('freezes a snapshot that later edits of the draft do not change', async () => {
    const { agenda, o } = await setup();
    const v1 = value(await h.api.listAgendaVersions({ agendaId: agenda.id }))[0]!;
    value(await h.api.adoptAgendaVersion({ id: v1.id, councilBody: 'Rat der Stadt', decisionNumber: 'DS 2026/117', decidedOn: '2026-03-12' }));
    value(await h.api.createAgendaVersion({ agendaId: agenda.id, label: 'Fortschreibung 2027' }));
    value(await h.api.saveAgendaGoal({ agendaId: agenda.id, parentId: null, title: 'Neues Ziel' }));
    value(await h.api.saveAgendaGoal({ agendaId: agenda.id, id: o.id, parentId: o.parentId, title: 'Alle Leistungen online' }));
    const frozen = value(await h.api.getAgendaSnapshot({ agendaId: agenda.id, versionNumber: 1 }));
    expect(frozen.live).toBe(false);
    expect(frozen.version).toMatchObject({ status: 'adopted', decisionNumber: 'DS 2026/117' });
    expect(frozen.goals.map((g) => g.title)).toEqual(['Service für alle']);
    expect(frozen.goals[0]!.children[0]!.title).toBe('Leistungen online');
  });

  it('refuses to edit an adopted version and says why, writing nothing', async () => {
    const { agenda, s } = await setup();
    const v1 = value(await h.api.listAgendaVersions({ agendaId: agenda.id }))[0]!;
    value(await h.api.adoptAgendaVersion({ id: v1.id, councilBody: 'Rat der Stadt', decisionNumber: 'DS 2026/117', decidedOn: '2026-03-12' }));
    const before = h.core.raw().prepare('SELECT count(*) AS n FROM change_log').get();
    const r = await h.api.saveAgendaGoal({ agendaId: agenda.id, id: s.id, title: 'Geändert' });
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/beschlossen \(Rat der Stadt, Beschluss DS 2026\/117 vom 12\.03\.2026\)/) } });
    expect((await h.api.saveAgenda({ ...base, id: agenda.id })).ok).toBe(false);
    expect((await h.api.updateAgendaVersion({ id: v1.id, status: 'draft' })).ok).toBe(false);
    expect((await h.api.adoptAgendaVersion({ id: v1.id, councilBody: 'Rat', decisionNumber: 'X', decidedOn: '2026-04-01' })).ok).toBe(false);
    expect(h.core.raw().prepare('SELECT count(*) AS n FROM change_log').get()).toEqual(before);
  });

  it('opens only one draft at a time', async () => {
    const { agenda } = await setup();
    const r = await h.api.createAgendaVersion({ agendaId: agenda.id });
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('offenen Entwurf') } });
  });

  it('undoes a freeze together with its snapshot', async () => {
    const { agenda } = await setup();
    const v1 = value(await h.api.listAgendaVersions({ agendaId: agenda.id }))[0]!;
    value(await h.api.freezeAgendaVersion({ id: v1.id }));
    expect(value(await h.api.getAgenda({ agendaId: agenda.id })).locked).toBe(true);
    value(await h.api.undo());
    expect(value(await h.api.getAgenda({ agendaId: agenda.id })).locked).toBe(false);
  });
});

describe('compareAgendaVersions', () => {
  it('lists added, removed and changed goals, measures, indicators and texts', async () => {
    const { agenda, o, m2, ind } = await setup();
    const v1 = value(await h.api.listAgendaVersions({ agendaId: agenda.id }))[0]!;
    value(await h.api.freezeAgendaVersion({ id: v1.id }));
    value(await h.api.createAgendaVersion({ agendaId: agenda.id }));
    value(await h.api.saveAgenda({ ...base, id: agenda.id, vision: 'Minden ist digital, nah und offen.', principles: ['Digital zuerst', 'Barrierefrei'] }));
    const added = value(await h.api.saveAgendaGoal({ agendaId: agenda.id, title: 'Daten nutzen' }));
    value(await h.api.unlinkAgendaMeasure({ goalId: o.id, measureId: m2.id }));
    const i = agendaSnapshot(h.core, agenda.id).goals[0]!.children[0]!.indicators[0]!;
    value(await h.api.saveAgendaIndicator({ ...i, id: ind.id, agendaId: agenda.id, target: 75 }));
    const diff = value(await h.api.compareAgendaVersions({ agendaId: agenda.id, from: 1, to: null }));
    expect(diff.from).toMatchObject({ number: 1, live: false });
    expect(diff.to).toMatchObject({ number: 2, live: true });
    expect(diff.texts).toEqual([{ field: 'vision', before: 'Minden ist digital und nah.', after: 'Minden ist digital, nah und offen.' }]);
    expect(diff.principles).toEqual({ added: ['Barrierefrei'], removed: ['Offen und sicher'] });
    expect(diff.goals).toEqual([{ change: 'added', id: added.id, title: 'Daten nutzen', context: null, changes: [] }]);
    expect(diff.measures).toMatchObject([{ change: 'removed', title: 'E-Akte' }]);
    expect(diff.indicators).toMatchObject([{ change: 'changed', title: 'Anteil Online-Anträge', changes: [{ field: 'target', before: '60', after: '75' }] }]);
    expect(diff.same).toBe(false);
    expect(value(await h.api.compareAgendaVersions({ agendaId: agenda.id, from: 1, to: 1 })).same).toBe(true);
  });
});

describe('compareAgendaVersions: what counts as a change', () => {
  it('shows a renamed goal once, not as a change of every measure under it, and a measure moved to another goal', async () => {
    const { agenda, s, o, m1 } = await setup();
    const v1 = value(await h.api.listAgendaVersions({ agendaId: agenda.id }))[0]!;
    value(await h.api.freezeAgendaVersion({ id: v1.id }));
    value(await h.api.createAgendaVersion({ agendaId: agenda.id }));
    value(await h.api.saveAgendaGoal({ agendaId: agenda.id, id: o.id, parentId: s.id, title: 'Alle Leistungen online' }));
    let diff = value(await h.api.compareAgendaVersions({ agendaId: agenda.id, from: 1, to: 2 }));
    expect(diff.goals.map((g) => [g.change, g.title])).toEqual([['changed', 'Alle Leistungen online']]);
    expect(diff.measures).toEqual([]);
    value(await h.api.unlinkAgendaMeasure({ goalId: o.id, measureId: m1.id }));
    value(await h.api.linkAgendaMeasure({ goalId: s.id, measureId: m1.id }));
    diff = value(await h.api.compareAgendaVersions({ agendaId: agenda.id, from: 1, to: 2 }));
    expect(diff.measures).toMatchObject([{ change: 'changed', title: 'Bürgerportal', changes: [{ field: 'goals', before: 'Leistungen online', after: 'Service für alle' }] }]);
  });
});

describe('undo', () => {
  it('brings back a deleted goal with its operational goals, links and indicators', async () => {
    const { agenda, s } = await setup();
    const before = JSON.stringify(agendaSnapshot(h.core, agenda.id));
    value(await h.api.deleteAgendaGoal({ id: s.id }));
    expect(agendaSnapshot(h.core, agenda.id).goals).toEqual([]);
    expect(value(await h.api.undo()).done).toEqual({ action: 'delete', entity: 'agendaGoal', title: 'Service für alle' });
    expect(JSON.stringify(agendaSnapshot(h.core, agenda.id))).toBe(before);
  });
});

describe('search', () => {
  it('finds goals and indicators with German folding, and forgets a deleted goal', async () => {
    const { s } = await setup();
    const hits = value(await h.api.search({ query: 'fuer alle' }));
    expect(hits).toEqual(expect.arrayContaining([expect.objectContaining({ entity: 'agendaGoal', id: s.id, title: 'Service für alle' })]));
    expect(value(await h.api.search({ query: 'Antraege' })).map((x) => x.entity)).toContain('indicator');
    value(await h.api.deleteAgendaGoal({ id: s.id }));
    expect(value(await h.api.search({ query: 'fuer alle' })).filter((x) => x.entity === 'agendaGoal')).toEqual([]);
  });
});
