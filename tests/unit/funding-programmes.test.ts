/**
 * The funding catalogue through the API on a real workspace: programmes are
 * saved, found, changed, deleted (with their applications, undoably), and bad
 * input — a javascript: link, a quota above 100 %, a twin name — is refused
 * with a clear message and nothing written.
 */
import type { Input } from '../../api/index.ts';
import { createHarness, value, type Harness } from '../support/core-harness.ts';

let h: Harness;
beforeEach(async () => {
  h = createHarness();
  value(await h.api.createWorkspace({ ags: '05770024' }));
});
afterEach(() => h.cleanup());

const gigabit: Input<'saveFundingProgramme'> = {
  name: 'Gigabitförderung des Bundes', funder: 'bund', maxQuota: 50, minOwnShare: 10, eligible: 'Gemeinden, Kreise',
  fields: 'Digitale Infrastruktur', keywords: 'Gigabit, Glasfaser', deadline: '2026-03-31', url: 'https://www.foerderdatenbank.de',
  description: 'Beispiel',
};

function snapshot(): unknown {
  const raw = h.core.raw();
  return {
    programmes: raw.prepare('SELECT * FROM funding_programmes ORDER BY id').all(),
    applications: raw.prepare('SELECT * FROM funding_applications ORDER BY id').all(),
    log: raw.prepare('SELECT count(*) AS n FROM change_log').get(),
  };
}

async function measureId(): Promise<string> {
  return value(await h.api.saveMeasure({ title: 'Glasfaser Gewerbegebiet' })).id;
}

describe('saveFundingProgramme, getFundingProgramme, listFundingProgrammes', () => {
  it('keeps every catalogue field and finds the programme again', async () => {
    const p = value(await h.api.saveFundingProgramme(gigabit));
    expect(p).toMatchObject({ ...gigabit, applicationCount: 0, origin: 'local' });
    expect(value(await h.api.getFundingProgramme({ id: p.id }))).toEqual(p);
    expect(value(await h.api.listFundingProgrammes({})).rows.map((r) => r.name)).toEqual(['Gigabitförderung des Bundes']);
  });

  it('searches with German folding in name, fields and keywords, and filters by funder', async () => {
    value(await h.api.saveFundingProgramme(gigabit));
    value(await h.api.saveFundingProgramme({ name: 'Klimaschutz in Kommunen', funder: 'bund', keywords: 'Wärmeplanung' }));
    value(await h.api.saveFundingProgramme({ name: 'EFRE Innovation', funder: 'eu', fields: 'Daten & Plattformen' }));
    const names = async (q: Input<'listFundingProgrammes'>) => value(await h.api.listFundingProgrammes(q)).rows.map((r) => r.name);
    expect(await names({ query: 'GIGABITFOERDERUNG' })).toEqual(['Gigabitförderung des Bundes']);
    expect(await names({ query: 'waermeplanung' })).toEqual(['Klimaschutz in Kommunen']);
    expect(await names({ query: 'plattformen' })).toEqual(['EFRE Innovation']);
    expect(await names({ funder: 'bund' })).toEqual(['Gigabitförderung des Bundes', 'Klimaschutz in Kommunen']);
    expect(await names({ funder: 'foundation' })).toEqual([]);
  });

  it('updates a programme as one undo step and undo restores it', async () => {
    const p = value(await h.api.saveFundingProgramme(gigabit));
    value(await h.api.saveFundingProgramme({ ...gigabit, id: p.id, maxQuota: 70, url: '' }));
    expect(value(await h.api.getFundingProgramme({ id: p.id }))).toMatchObject({ maxQuota: 70, url: null });
    expect(value(await h.api.undo()).done).toEqual({ action: 'update', entity: 'programme', title: gigabit.name });
    expect(value(await h.api.getFundingProgramme({ id: p.id }))).toMatchObject({ maxQuota: 50, url: gigabit.url });
  });

  it.each([
    ['javascript:alert(1)'], ['file:///etc/passwd'], ['ftp://example.org/x'], ['www.example.org'], ['data:text/html,hi'],
  ])('refuses the link %s and writes nothing', async (url) => {
    const before = snapshot();
    const r = await h.api.saveFundingProgramme({ ...gigabit, url });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid_input');
    expect(r.error.details?.issues?.find((i) => i.path === 'url')?.message).toMatch(/https:\/\/ oder http:\/\//);
    expect(snapshot()).toEqual(before);
  });

  it('refuses bad values with a message at each field, in German and in English', async () => {
    const before = snapshot();
    const bad = { name: '', funder: 'nasa', maxQuota: 120, minOwnShare: -1, deadline: '31.03.2026', description: 'x'.repeat(20_001) };
    const r = await h.api.saveFundingProgramme(bad as unknown as Input<'saveFundingProgramme'>);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.error.details?.issues?.map((i) => i.path).sort();
    expect(paths).toEqual(['deadline', 'description', 'funder', 'maxQuota', 'minOwnShare', 'name']);
    const en = await h.dispatcher.call('saveFundingProgramme', { ...gigabit, url: 'javascript:x' }, { lang: 'en' });
    expect(!en.ok && en.error.details?.issues?.[0]?.message).toMatch(/web address starting with https:\/\//);
    expect(snapshot()).toEqual(before);
  });

  it('refuses a second programme with the same name (folded) and an unknown id', async () => {
    value(await h.api.saveFundingProgramme(gigabit));
    const before = snapshot();
    const twin = await h.api.saveFundingProgramme({ ...gigabit, name: 'GIGABITFOERDERUNG des Bundes' });
    expect(!twin.ok && twin.error.details?.issues?.[0]).toMatchObject({ path: 'name', message: expect.stringMatching(/gibt es im Katalog bereits/) });
    const ghost = await h.api.saveFundingProgramme({ ...gigabit, id: 'nope' });
    expect(!ghost.ok && ghost.error.code).toBe('not_found');
    expect((await h.api.getFundingProgramme({ id: 'nope' })).ok).toBe(false);
    expect(snapshot()).toEqual(before);
  });
});

describe('deleteFundingProgramme', () => {
  it('deletes a programme without applications; undo brings it back', async () => {
    const p = value(await h.api.saveFundingProgramme(gigabit));
    value(await h.api.deleteFundingProgramme({ id: p.id }));
    expect(value(await h.api.listFundingProgrammes({})).total).toBe(0);
    value(await h.api.undo());
    expect(value(await h.api.getFundingProgramme({ id: p.id })).name).toBe(gigabit.name);
  });

  it('asks for confirmation when applications would go with it, then deletes them in the same undo step', async () => {
    const p = value(await h.api.saveFundingProgramme(gigabit));
    const mid = await measureId();
    const app = value(await h.api.saveApplication({ measureId: mid, programmeId: p.id, status: 'submitted', amountRequested: 1000 }));
    const before = snapshot();
    const r = await h.api.deleteFundingProgramme({ id: p.id });
    expect(!r.ok && r.error).toMatchObject({ code: 'conflict', message: expect.stringMatching(/Förderanträge \(1\)/) });
    expect(snapshot()).toEqual(before);

    value(await h.api.deleteFundingProgramme({ id: p.id, confirm: true }));
    expect(value(await h.api.listApplications({ measureId: mid }))).toEqual([]);
    value(await h.api.undo());
    expect(value(await h.api.listApplications({ measureId: mid })).map((a) => a.id)).toEqual([app.id]);
  });

  it('answers not_found for an unknown programme and writes nothing', async () => {
    const before = snapshot();
    const r = await h.api.deleteFundingProgramme({ id: 'missing' });
    expect(!r.ok && r.error.code).toBe('not_found');
    const typed = await h.api.deleteFundingProgramme({ id: 42 } as unknown as { id: string });
    expect(!typed.ok && typed.error.code).toBe('invalid_input');
    expect(snapshot()).toEqual(before);
  });
});
