/**
 * The stakeholder register through the API on a real workspace: stakeholders
 * are saved with their measure links, moved on the grid (one undo step per
 * move), related to each other and deleted (undo brings relations and links
 * back). Bad input — a score outside 1–5, a relation to itself, an unknown
 * measure — is refused and changes nothing; a twin name in one organisation
 * is allowed and flagged.
 */
import type { Input } from '../../api/index.ts';
import { createHarness, value, type Harness } from '../support/core-harness.ts';

let h: Harness;
beforeEach(async () => {
  h = createHarness();
  value(await h.api.createWorkspace({ ags: '05770024' }));
});
afterEach(() => h.cleanup());

const personalrat: Input<'saveStakeholder'> = {
  name: 'Personalrat', kind: 'group', scope: 'internal', category: 'Beschäftigte', organisation: 'Stadtverwaltung',
  influence: 4, interest: 5, attitude: 'critic', engagementNow: 'resistant', engagementWanted: 'supportive',
  power: true, legitimacy: true, urgency: false, strategy: 'Früh in die Dienstvereinbarung einbinden', nextContact: '2026-12-03', notes: 'Sorge um Leistungskontrolle',
};

function snapshot(): unknown {
  const raw = h.core.raw();
  return ['stakeholders', 'stakeholder_relations', 'stakeholder_measures', 'stakeholder_goals', 'change_log'].map((t) => raw.prepare(`SELECT * FROM ${t} ORDER BY 1`).all());
}

async function failure(p: Promise<{ ok: boolean }>) {
  const r = (await p) as { ok: false; error: { code: string; details?: { issues?: { path: string; message: string }[] } } };
  expect(r.ok).toBe(false);
  return r.error;
}

describe('saveStakeholder and getStakeholderRegister', () => {
  it('keeps every field and the measure links, and lists the engagement gap', async () => {
    const m = value(await h.api.saveMeasure({ title: 'E-Akte einführen' }));
    const s = value(await h.api.saveStakeholder({ ...personalrat, measureIds: [m.id, m.id] }));
    const { measureIds: _m, ...fields } = personalrat;
    expect(s).toMatchObject({ ...fields, measures: [{ measureId: m.id, title: 'E-Akte einführen' }], duplicateName: false });
    const reg = value(await h.api.getStakeholderRegister());
    expect(reg.rows).toEqual([s]);
    expect(reg.gaps).toEqual([{ id: s.id, name: 'Personalrat', now: 'resistant', wanted: 'supportive', gap: 2 }]);
    // Changing the links removes the old one; undo restores it.
    value(await h.api.saveStakeholder({ ...personalrat, id: s.id, measureIds: [] }));
    expect(value(await h.api.getStakeholder({ id: s.id })).measures).toEqual([]);
    value(await h.api.undo());
    expect(value(await h.api.getStakeholder({ id: s.id })).measures).toHaveLength(1);
  });

  it('allows a twin name in one organisation but flags both', async () => {
    value(await h.api.saveStakeholder(personalrat));
    value(await h.api.saveStakeholder({ ...personalrat, name: 'PERSONALRAT ' }));
    value(await h.api.saveStakeholder({ ...personalrat, organisation: 'Stadtwerke' }));
    const rows = value(await h.api.getStakeholderRegister()).rows;
    expect(rows.map((r) => [r.organisation, r.duplicateName])).toEqual(expect.arrayContaining([['Stadtverwaltung', true], ['Stadtverwaltung', true], ['Stadtwerke', false]]));
  });

  it('refuses scores outside 1–5 and an unknown measure, writing nothing', async () => {
    const before = snapshot();
    for (const bad of [{ influence: 0 }, { interest: 6 }, { influence: 2.5 }]) {
      const e = await failure(h.api.saveStakeholder({ ...personalrat, ...bad }));
      expect(e.code).toBe('invalid_input');
    }
    const e = await failure(h.api.saveStakeholder({ ...personalrat, measureIds: ['gibt-es-nicht'] }));
    expect(e.details?.issues).toEqual([{ path: 'measureIds.0', message: 'Die gewählte Maßnahme gibt es nicht (mehr).' }]);
    expect(snapshot()).toEqual(before);
  });

  it('links agenda goals (undoably) and refuses a goal that does not exist', async () => {
    const agenda = value(await h.api.saveAgenda({ title: 'Digitale Agenda 2030', periodFrom: 2026, periodTo: 2030 }));
    const goal = value(await h.api.saveAgendaGoal({ agendaId: agenda.id, title: 'Verwaltung online' }));
    const s = value(await h.api.saveStakeholder({ ...personalrat, goalIds: [goal.id] }));
    expect(s.goals).toEqual([{ goalId: goal.id, title: 'Verwaltung online' }]);
    const before = snapshot();
    const e = await failure(h.api.saveStakeholder({ ...personalrat, id: s.id, goalIds: ['weg'] }));
    expect(e.details?.issues).toEqual([{ path: 'goalIds.0', message: 'Das gewählte Ziel der Digitalen Agenda gibt es nicht (mehr).' }]);
    expect(snapshot()).toEqual(before);
    value(await h.api.deleteStakeholder({ id: s.id }));
    value(await h.api.undo());
    expect(value(await h.api.getStakeholder({ id: s.id })).goals).toHaveLength(1);
  });

  it('finds stakeholders through search, by folded words in the notes', async () => {
    value(await h.api.saveStakeholder(personalrat));
    const hits = value(await h.api.search({ query: 'leistungskontrolle' }));
    expect(hits.map((x) => [x.entity, x.title])).toEqual([['stakeholder', 'Personalrat']]);
  });
});

describe('moveStakeholder (the grid drag)', () => {
  it('moves both scores in one undo step named after the stakeholder, and undo puts it back', async () => {
    const s = value(await h.api.saveStakeholder(personalrat));
    const moved = value(await h.api.moveStakeholder({ id: s.id, influence: 2, interest: 1 }));
    expect([moved.influence, moved.interest]).toEqual([2, 1]);
    expect(value(await h.api.getUndoState()).undo).toEqual({ action: 'update', entity: 'stakeholder', title: 'Personalrat' });
    value(await h.api.undo());
    const back = value(await h.api.getStakeholder({ id: s.id }));
    expect([back.influence, back.interest]).toEqual([4, 5]);
  });

  it('writes no step when the point did not move', async () => {
    const s = value(await h.api.saveStakeholder(personalrat));
    const before = snapshot();
    value(await h.api.moveStakeholder({ id: s.id, influence: 4, interest: 5 }));
    expect(snapshot()).toEqual(before);
  });
});

describe('relations', () => {
  it('relates two stakeholders, refuses a relation to itself or a twin, and deletes with the stakeholder (undoably)', async () => {
    const a = value(await h.api.saveStakeholder(personalrat));
    const b = value(await h.api.saveStakeholder({ ...personalrat, name: 'Bürgermeisterin', kind: 'person', attitude: 'champion' }));
    const rel = value(await h.api.saveStakeholderRelation({ fromId: b.id, toId: a.id, kind: 'influences' }));
    expect(rel).toMatchObject({ fromName: 'Bürgermeisterin', toName: 'Personalrat', kind: 'influences' });
    const before = snapshot();
    const self = await failure(h.api.saveStakeholderRelation({ fromId: a.id, toId: a.id, kind: 'conflicts' }));
    expect(self.details?.issues).toEqual([{ path: 'toId', message: 'Ein Stakeholder kann keine Beziehung zu sich selbst haben. Bitte einen anderen Stakeholder wählen.' }]);
    const twin = await failure(h.api.saveStakeholderRelation({ fromId: b.id, toId: a.id, kind: 'influences' }));
    expect(twin.details?.issues?.[0]?.path).toBe('toId');
    expect(snapshot()).toEqual(before);

    value(await h.api.deleteStakeholder({ id: a.id }));
    expect(value(await h.api.getStakeholderRegister()).relations).toEqual([]);
    value(await h.api.undo());
    expect(value(await h.api.getStakeholderRegister()).relations).toEqual([rel]);
    value(await h.api.deleteStakeholderRelation({ id: rel.id }));
    expect(value(await h.api.getStakeholderRegister()).relations).toEqual([]);
  });
});
