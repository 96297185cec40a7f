/**
 * Cooperation: partnerships of a measure with a municipality from the list or
 * an organisation, undoable, and the partner view grouping them by partner.
 */
import type { Clock } from '../../core/clock.ts';
import { createHarness, value, type Harness } from '../support/core-harness.ts';

let h: Harness;
let n = 0;
const clock: Clock = { now: () => '2026-11-22T09:00:00.000Z', newId: () => `id-${String(++n).padStart(6, '0')}` };

beforeEach(async () => {
  h = createHarness({ clock });
  value(await h.api.createWorkspace({ ags: '05770024' }));
});
afterEach(() => h.cleanup());

const snapshot = () => ({
  rows: h.core.raw().prepare('SELECT * FROM partnerships ORDER BY id').all(),
  log: h.core.raw().prepare('SELECT count(*) FROM change_log').pluck().get(),
});

describe('savePartnership and listPartnerships', () => {
  it('records an IKZ partnership with a municipality from the list, named as the list names it', async () => {
    const m = value(await h.api.saveMeasure({ title: 'Gemeinsames Rechenzentrum' }));
    const p = value(await h.api.savePartnership({
      measureId: m.id, kind: 'ikz', partnerAgs: '05770004', partnerName: 'wird ersetzt', agreement: 'public_law', costShare: 40, status: 'active', contact: 'Herr Beispiel, IT-Amt',
    }));
    expect(p).toMatchObject({ measureTitle: 'Gemeinsames Rechenzentrum', partnerAgs: '05770004', partnerName: 'Bad Oeynhausen, Stadt', partnerLand: 'Nordrhein-Westfalen', agreement: 'public_law', costShare: 40, status: 'active' });
    expect(value(await h.api.listPartnerships({ measureId: m.id }))).toEqual([p]);
    const changed = value(await h.api.savePartnership({ id: p.id, measureId: m.id, kind: 'ikz', partnerAgs: '05770004', agreement: 'association', status: 'active' }));
    expect(changed.agreement).toBe('association');
    expect(value(await h.api.undo()).done).toEqual({ action: 'update', entity: 'partnership', title: 'Bad Oeynhausen, Stadt' });
    expect(value(await h.api.listPartnerships({ measureId: m.id }))[0]?.agreement).toBe('public_law');
    value(await h.api.deletePartnership({ id: p.id }));
    expect(value(await h.api.listPartnerships({}))).toEqual([]);
  });

  it('records an organisation (service provider, science) by name', async () => {
    const m = value(await h.api.saveMeasure({ title: 'E-Akte' }));
    const p = value(await h.api.savePartnership({ measureId: m.id, kind: 'provider', partnerName: 'Kommunales Rechenzentrum Minden-Ravensberg/Lippe', agreement: 'contract' }));
    expect(p).toMatchObject({ partnerAgs: null, partnerType: null, status: 'planned', kind: 'provider' });
  });

  it('refuses bad input with German messages and writes nothing', async () => {
    const m = value(await h.api.saveMeasure({ title: 'E-Akte' }));
    const before = snapshot();
    const r1 = await h.api.savePartnership({ measureId: m.id, kind: 'ikz', costShare: 120, agreement: 'handshake' } as never);
    expect(!r1.ok && r1.error.details?.issues?.map((i) => i.path)).toEqual(['agreement', 'costShare', 'partnerName']);
    expect(!r1.ok && r1.error.details?.issues?.find((i) => i.path === 'partnerName')?.message).toBe('Bitte eine Kommune aus der Liste wählen oder den Namen der Organisation angeben.');
    const r2 = await h.api.savePartnership({ measureId: m.id, kind: 'ikz', partnerAgs: '99999999' });
    expect(!r2.ok && r2.error.details?.issues).toEqual([{ path: 'partnerAgs', message: 'Zum Amtlichen Gemeindeschlüssel „99999999“ gibt es keine Kommune in der Liste.' }]);
    const r3 = await h.api.savePartnership({ measureId: 'nope', kind: 'science', partnerName: 'FH Bielefeld' });
    expect(!r3.ok && r3.error.code).toBe('not_found');
    const other = value(await h.api.saveMeasure({ title: 'Andere' }));
    const p = value(await h.api.savePartnership({ measureId: m.id, kind: 'science', partnerName: 'FH Bielefeld' }));
    const after = snapshot();
    const r4 = await h.api.savePartnership({ id: p.id, measureId: other.id, kind: 'science', partnerName: 'FH Bielefeld' });
    expect(!r4.ok && r4.error.code).toBe('not_found');
    expect(snapshot()).toEqual(after);
    expect(before.rows).toEqual([]);
  });
});

describe('listPartners', () => {
  it('groups partnerships by partner: one row per municipality or organisation, with every shared measure', async () => {
    const a = value(await h.api.saveMeasure({ title: 'Gemeinsames Rechenzentrum' }));
    const b = value(await h.api.saveMeasure({ title: 'Digitaler Bauantrag' }));
    value(await h.api.savePartnership({ measureId: a.id, kind: 'ikz', partnerAgs: '05770004' }));
    value(await h.api.savePartnership({ measureId: b.id, kind: 'efa', partnerAgs: '05770004', agreement: 'loi' }));
    value(await h.api.savePartnership({ measureId: b.id, kind: 'science', partnerName: 'FH Bielefeld' }));
    value(await h.api.savePartnership({ measureId: a.id, kind: 'science', partnerName: 'fh bielefeld' }));
    const partners = value(await h.api.listPartners());
    expect(partners.map((p) => [p.partnerName, p.partnerships.map((x) => x.measureTitle)])).toEqual([
      ['Bad Oeynhausen, Stadt', ['Digitaler Bauantrag', 'Gemeinsames Rechenzentrum']],
      ['FH Bielefeld', ['Digitaler Bauantrag', 'Gemeinsames Rechenzentrum']],
    ]);
  });

  it('drops a measure\'s partnerships when the measure is deleted', async () => {
    const a = value(await h.api.saveMeasure({ title: 'Gemeinsames Rechenzentrum' }));
    value(await h.api.savePartnership({ measureId: a.id, kind: 'ikz', partnerAgs: '05770004' }));
    value(await h.api.deleteMeasure({ id: a.id }));
    expect(value(await h.api.listPartners())).toEqual([]);
  });
});
