/**
 * The roadmap of an agenda: bars per field lane, milestones, dependencies,
 * measures without dates listed (never dropped), moving a bar as one undo step.
 */
import { createHarness, value, type Harness } from '../support/core-harness.ts';

let h: Harness;
beforeEach(async () => {
  h = createHarness();
  value(await h.api.createWorkspace({ ags: '05770024' }));
});
afterEach(() => h.cleanup());

async function setup() {
  const fields = value(await h.api.listFields());
  const [f1, f2] = [fields[0]!, fields[1]!];
  const agenda = value(await h.api.saveAgenda({ title: 'Agenda', periodFrom: 2026, periodTo: 2028, fieldIds: [f2.id, f1.id] }));
  const goal = value(await h.api.saveAgendaGoal({ agendaId: agenda.id, title: 'Ziel' }));
  const a = value(await h.api.saveMeasure({ title: 'Portal', fieldId: f1.id, start: '2026-01-01', end: '2026-12-31' }));
  const b = value(await h.api.saveMeasure({ title: 'Akte', fieldId: f2.id, start: '2027-01-01', end: '2027-12-31' }));
  const c = value(await h.api.saveMeasure({ title: 'Idee ohne Termin', start: '2026-05-01' }));
  for (const m of [a, b, c]) value(await h.api.linkAgendaMeasure({ goalId: goal.id, measureId: m.id }));
  value(await h.api.addDependency({ measureId: b.id, dependsOnId: a.id }));
  value(await h.api.saveMilestone({ measureId: a.id, title: 'Start', plannedOn: '2026-03-01' }));
  return { agenda, f1, f2, a, b, c };
}

describe('getAgendaRoadmap', () => {
  it('orders lanes as the agenda lists its fields and keeps undated measures apart', async () => {
    const { agenda, f1, f2, a, b, c } = await setup();
    const map = value(await h.api.getAgendaRoadmap({ agendaId: agenda.id }));
    expect(map.lanes.map((l) => l.fieldId)).toEqual([f2.id, f1.id]);
    expect(map.lanes[1]!.bars[0]).toMatchObject({ measureId: a.id, milestones: [{ title: 'Start', on: '2026-03-01' }] });
    expect(map.dependencies).toEqual([{ measureId: b.id, dependsOnId: a.id }]);
    expect(map.undated).toEqual([{ measureId: c.id, title: 'Idee ohne Termin', phase: 'idea', fieldName: null, missing: 'end' }]);
    expect([map.from, map.to]).toEqual(['2026-01-01', '2028-12-31']);
  });
});

describe('moveRoadmapMeasure', () => {
  it('moves a bar as one undo step and undo puts it back', async () => {
    const { agenda, a } = await setup();
    value(await h.api.moveRoadmapMeasure({ measureId: a.id, start: '2026-04-01', end: '2027-03-31' }));
    expect(value(await h.api.getMeasure({ id: a.id }))).toMatchObject({ start: '2026-04-01', end: '2027-03-31' });
    expect(value(await h.api.undo()).done).toEqual({ action: 'update', entity: 'measure', title: 'Portal' });
    const bar = value(await h.api.getAgendaRoadmap({ agendaId: agenda.id })).lanes.flatMap((l) => l.bars).find((x) => x.measureId === a.id);
    expect(bar).toMatchObject({ start: '2026-01-01', end: '2026-12-31' });
  });

  it('refuses an end before the start and changes nothing', async () => {
    const { a } = await setup();
    const r = await h.api.moveRoadmapMeasure({ measureId: a.id, start: '2026-04-01', end: '2026-01-01' });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(value(await h.api.getMeasure({ id: a.id }))).toMatchObject({ start: '2026-01-01', end: '2026-12-31' });
  });
});
