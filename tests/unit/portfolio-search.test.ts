/** The global search covers funding programmes, with German folding, and follows their edits and undo. */
import { createHarness, value, type Harness } from '../support/core-harness.ts';

let h: Harness;
beforeEach(async () => {
  h = createHarness();
  value(await h.api.createWorkspace({ ags: '05770024' }));
});
afterEach(() => h.cleanup());

const programmeHits = async (query: string) => value(await h.api.search({ query })).filter((x) => x.entity === 'programme');

describe('search over funding programmes', () => {
  it('finds a programme by name and by its keywords in either German spelling', async () => {
    const p = value(await h.api.saveFundingProgramme({ name: 'Förderung kommunaler Wärmeplanung', funder: 'land', keywords: 'Fernwärme, Quartierskonzept', description: 'Zuschüsse für Gemeinden' }));
    for (const q of ['Waermeplanung', 'wärmeplanung', 'Quartierskonzept', 'Foerderung']) {
      expect((await programmeHits(q)).map((x) => [x.id, x.title])).toEqual([[p.id, 'Förderung kommunaler Wärmeplanung']]);
    }
  });

  it('follows a rename, forgets a deleted programme and finds it again after undo', async () => {
    const p = value(await h.api.saveFundingProgramme({ name: 'Gigabitförderung', funder: 'bund' }));
    value(await h.api.saveFundingProgramme({ id: p.id, name: 'Breitbandprogramm', funder: 'bund' }));
    expect(await programmeHits('Gigabit')).toEqual([]);
    expect((await programmeHits('Breitband')).length).toBe(1);
    value(await h.api.deleteFundingProgramme({ id: p.id }));
    expect(await programmeHits('Breitband')).toEqual([]);
    value(await h.api.undo());
    expect((await programmeHits('Breitband')).map((x) => x.id)).toEqual([p.id]);
  });
});
