/**
 * Funding applications of measures, the deadlines of the coming days, and
 * programmes suggested for a measure with the reason they fit. The clock is
 * fixed at 2026-01-15 so the deadline window is reproducible.
 */
import { value } from '../support/core-harness.ts';
import { countingClock, fieldIdOf, workspaceForEachTest } from '../support/workspaces.ts';

const h = workspaceForEachTest({ clock: countingClock('2026-01-15T09:00:00.000Z') });

const fieldId = (name: string) => fieldIdOf(h, name);

function snapshot(): unknown {
  const raw = h.core.raw();
  return { applications: raw.prepare('SELECT * FROM funding_applications ORDER BY id').all(), log: raw.prepare('SELECT count(*) AS n FROM change_log').get() };
}

async function setup() {
  const measure = value(await h.api.saveMeasure({ title: 'Glasfaserausbau Gewerbegebiet Nord', description: 'Gigabitanschlüsse für 180 Betriebe.', fieldId: await fieldId('Digitale Infrastruktur'), tags: ['Breitband'] }));
  const gigabit = value(await h.api.saveFundingProgramme({ name: 'Gigabitförderung', funder: 'bund', fields: 'Digitale Infrastruktur', keywords: 'Gigabit, Glasfaser, Breitband', deadline: '2026-03-31' }));
  const klima = value(await h.api.saveFundingProgramme({ name: 'Kommunalrichtlinie', funder: 'bund', fields: 'Energie & Klima', keywords: 'Wärmeplanung', deadline: '2026-06-30' }));
  return { measure, gigabit, klima };
}

describe('saveApplication and listApplications', () => {
  it('records an application with status, amounts and dates, listed by measure and by programme', async () => {
    const { measure, gigabit } = await setup();
    const a = value(await h.api.saveApplication({
      measureId: measure.id, programmeId: gigabit.id, status: 'approved', amountRequested: 1_200_000, amountApproved: 1_080_000,
      submittedOn: '2024-11-15', decisionOn: '2025-04-10', reportingDeadline: '2026-03-31', note: 'Zwischennachweis',
    }));
    expect(a).toMatchObject({ measureTitle: measure.title, programmeName: 'Gigabitförderung', funder: 'bund', status: 'approved', amountApproved: 1_080_000 });
    expect(value(await h.api.listApplications({ measureId: measure.id }))).toEqual([a]);
    expect(value(await h.api.listApplications({ programmeId: gigabit.id }))).toEqual([a]);
    expect(value(await h.api.getFundingProgramme({ id: gigabit.id })).applicationCount).toBe(1);
    value(await h.api.saveApplication({ id: a.id, measureId: measure.id, programmeId: gigabit.id, status: 'submitted', amountRequested: 1_200_000 }));
    expect(value(await h.api.undo()).done).toEqual({ action: 'update', entity: 'application', title: 'Gigabitförderung' });
    value(await h.api.deleteApplication({ id: a.id }));
    expect(value(await h.api.listApplications({}))).toEqual([]);
  });

  it('refuses an approved amount above the requested one, and a decision before the submission', async () => {
    const { measure, gigabit } = await setup();
    const before = snapshot();
    const r = await h.api.saveApplication({ measureId: measure.id, programmeId: gigabit.id, status: 'approved', amountRequested: 100, amountApproved: 150, submittedOn: '2025-05-01', decisionOn: '2025-04-01' });
    expect(!r.ok && r.error.details?.issues).toEqual([
      { path: 'amountApproved', message: 'Der bewilligte Betrag darf nicht höher sein als der beantragte.' },
      { path: 'decisionOn', message: 'Die Entscheidung kann nicht vor der Einreichung liegen.' },
    ]);
    const en = await h.dispatcher.call('saveApplication', { measureId: measure.id, programmeId: gigabit.id, amountRequested: 1, amountApproved: 2 }, { lang: 'en' });
    expect(!en.ok && en.error.details?.issues?.[0]?.message).toBe('The approved amount cannot be higher than the amount requested.');
    expect(snapshot()).toEqual(before);
  });

  it('refuses unknown measures, programmes and ids, wrong types and negative amounts, writing nothing', async () => {
    const { measure, gigabit } = await setup();
    const before = snapshot();
    const unknownProgramme = await h.api.saveApplication({ measureId: measure.id, programmeId: 'nope' });
    expect(!unknownProgramme.ok && unknownProgramme.error).toMatchObject({ code: 'not_found', details: { issues: [{ path: 'programmeId' }] } });
    const unknownMeasure = await h.api.saveApplication({ measureId: 'nope', programmeId: gigabit.id });
    expect(!unknownMeasure.ok && unknownMeasure.error.details?.issues?.[0]?.path).toBe('measureId');
    const ghost = await h.api.saveApplication({ id: 'nope', measureId: measure.id, programmeId: gigabit.id });
    expect(!ghost.ok && ghost.error.code).toBe('not_found');
    const bad = await h.api.saveApplication({ measureId: measure.id, programmeId: gigabit.id, status: 'won', amountRequested: -5, submittedOn: '15.11.2024' } as never);
    expect(!bad.ok && bad.error.details?.issues?.map((i) => i.path).sort()).toEqual(['amountRequested', 'status', 'submittedOn']);
    expect(!(await h.api.deleteApplication({ id: 'nope' })).ok).toBe(true);
    expect((await h.api.listApplications({ measureId: 'nope' })).ok).toBe(false);
    expect(snapshot()).toEqual(before);
  });
});

describe('listFundingDeadlines', () => {
  it('lists application and reporting deadlines of the next N days, sorted, without rejected applications', async () => {
    const { measure, gigabit, klima } = await setup();
    value(await h.api.saveFundingProgramme({ name: 'Abgelaufen', funder: 'eu', deadline: '2026-01-14' }));
    value(await h.api.saveFundingProgramme({ name: 'Heute', funder: 'eu', deadline: '2026-01-15' }));
    value(await h.api.saveApplication({ measureId: measure.id, programmeId: gigabit.id, status: 'approved', reportingDeadline: '2026-02-15' }));
    value(await h.api.saveApplication({ measureId: measure.id, programmeId: klima.id, status: 'rejected', reportingDeadline: '2026-02-01' }));
    const list = value(await h.api.listFundingDeadlines({ days: 90 }));
    expect(list.map((d) => [d.kind, d.date, d.daysLeft, d.programmeName, d.measureTitle])).toEqual([
      ['application', '2026-01-15', 0, 'Heute', null],
      ['reporting', '2026-02-15', 31, 'Gigabitförderung', measure.title],
      ['application', '2026-03-31', 75, 'Gigabitförderung', null],
    ]);
    expect(value(await h.api.listFundingDeadlines({ days: 200 })).map((d) => d.programmeName)).toContain('Kommunalrichtlinie');
    expect(value(await h.api.listFundingDeadlines({})).length).toBe(3);
  });

  it('refuses a window of 0 or more than two years', async () => {
    for (const days of [0, 731, 1.5]) expect((await h.api.listFundingDeadlines({ days })).ok).toBe(false);
  });
});

describe('suggestProgrammes', () => {
  it('ranks programmes by field of action and keywords, with the reason each fits', async () => {
    const { measure } = await setup();
    value(await h.api.saveFundingProgramme({ name: 'Nur Stichwort', funder: 'land', keywords: 'Betriebe' }));
    const s = value(await h.api.suggestProgrammes({ measureId: measure.id }));
    expect(s.map((x) => [x.programme.name, x.score])).toEqual([['Gigabitförderung', 6], ['Nur Stichwort', 1]]);
    expect(s[0]!.reasons).toEqual([
      { kind: 'field', term: 'Digitale Infrastruktur', matched: 'Digitale Infrastruktur' },
      { kind: 'keyword', term: 'Gigabit', matched: 'Gigabitanschlüsse' },
      { kind: 'keyword', term: 'Glasfaser', matched: 'Glasfaserausbau' },
      { kind: 'keyword', term: 'Breitband', matched: 'Breitband' },
    ]);
  });

  it('folds German spelling: "Waermeplanung" in a measure finds the keyword "Wärmeplanung"', async () => {
    await setup();
    const m = value(await h.api.saveMeasure({ title: 'Digitale Waermeplanung' }));
    expect(value(await h.api.suggestProgrammes({ measureId: m.id })).map((x) => x.programme.name)).toEqual(['Kommunalrichtlinie']);
  });

  it('suggests nothing for a measure nothing fits, and refuses an unknown measure', async () => {
    const m = value(await h.api.saveMeasure({ title: 'Kantine' }));
    expect(value(await h.api.suggestProgrammes({ measureId: m.id }))).toEqual([]);
    const r = await h.api.suggestProgrammes({ measureId: 'nope' });
    expect(!r.ok && r.error.code).toBe('not_found');
  });
});
