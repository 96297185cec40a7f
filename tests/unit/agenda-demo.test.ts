/**
 * The Musterstadt demo agenda: two versions (adopted 2025, draft 2026) whose
 * comparison shows real differences, and a roadmap with lanes per field.
 */
import { value } from '../support/core-harness.ts';
import { demoWorkspaceForFile } from '../support/workspaces.ts';

const h = demoWorkspaceForFile();

async function demoAgenda() {
  const [agenda] = value(await h.api.listAgendas());
  return agenda!;
}

describe('demo agenda', () => {
  it('has an adopted, frozen 2025 version and an open 2026 draft', async () => {
    const agenda = await demoAgenda();
    expect(agenda).toMatchObject({ title: 'Digitale Agenda Musterstadt 2026–2030', periodFrom: 2026, periodTo: 2030, locked: false });
    const versions = value(await h.api.listAgendaVersions({ agendaId: agenda.id }));
    expect(versions.map((v) => [v.number, v.status, !!v.frozenAt])).toEqual([[1, 'adopted', true], [2, 'draft', false]]);
    expect(versions[0]).toMatchObject({ councilBody: 'Rat der Stadt Musterstadt', decisionNumber: 'DS 2025/0417', decidedOn: '2025-09-25' });
  });

  it('holds six strategic and twelve operational goals, measures and indicators with measurements in the adopted version', async () => {
    const agenda = await demoAgenda();
    const v1 = value(await h.api.getAgendaSnapshot({ agendaId: agenda.id, versionNumber: 1 }));
    expect(v1.goals).toHaveLength(6);
    expect(v1.goals.flatMap((g) => g.children)).toHaveLength(12);
    const measures = v1.goals.flatMap((g) => g.children.flatMap((c) => c.measures));
    expect(measures.length).toBeGreaterThanOrEqual(12);
    const indicators = v1.goals.flatMap((g) => [...g.indicators, ...g.children.flatMap((c) => [...c.indicators, ...c.measures.flatMap((m) => m.indicators)])]);
    expect(indicators.length).toBeGreaterThanOrEqual(8);
    // Frozen in September 2025: only the measurements known then.
    expect(indicators.every((i) => i.measurements.every((m) => m.measuredOn <= '2025-09-25'))).toBe(true);
  });

  it('compares the adopted version with the draft: a new goal, a removed and an added measure, changed texts and a raised target', async () => {
    const agenda = await demoAgenda();
    const diff = value(await h.api.compareAgendaVersions({ agendaId: agenda.id, from: 1, to: 2 }));
    expect(diff.goals.filter((g) => g.change === 'added').map((g) => g.title)).toEqual([
      'Bürgerinnen und Bürger digital beteiligen', 'Beteiligung am Bürgerhaushalt online ermöglichen',
    ]);
    expect(diff.goals.filter((g) => g.change === 'changed').map((g) => g.title)).toEqual(['Die 30 meistgenutzten Anträge vollständig digital anbieten']);
    expect(diff.measures.filter((m) => m.change === 'removed').map((m) => m.title)).toEqual(['Urbane Datenplattform']);
    const added = diff.measures.filter((m) => m.change === 'added').map((m) => m.title);
    expect(added).toHaveLength(2);
    expect(added).toContain('Beteiligungsplattform für Bürgerhaushalt');
    expect(diff.texts.map((t) => t.field).sort()).toEqual(['startingPosition', 'vision']);
    expect(diff.principles.added).toHaveLength(1);
    expect(diff.indicators).toMatchObject([{ change: 'changed', title: 'Anteil online gestellter Anträge', changes: [{ field: 'target', before: '50', after: '65' }] }]);
  });

  it('draws the roadmap with one lane per field and lists measures without dates separately', async () => {
    const agenda = await demoAgenda();
    const map = value(await h.api.getAgendaRoadmap({ agendaId: agenda.id }));
    expect(map.lanes[0]!.name).toBe('Verwaltung & Bürgerservice');
    expect(map.lanes.flatMap((l) => l.bars).length).toBeGreaterThanOrEqual(12);
    // The measure the draft added without dates is listed apart, not dropped.
    const diff = value(await h.api.compareAgendaVersions({ agendaId: agenda.id, from: 1, to: 2 }));
    const addedUndated = diff.measures.filter((m) => m.change === 'added' && m.title !== 'Beteiligungsplattform für Bürgerhaushalt').map((m) => m.title);
    expect(map.undated.map((u) => u.title)).toEqual(addedUndated);
    expect(map.from <= '2026-01-01' && map.to >= '2030-12-31').toBe(true);
  });
});
