/**
 * The fuzz checks can fail: a stand-in dispatcher misbehaves in each way the
 * API fuzz must catch (partial write, internal error, a schema refusal the
 * dispatcher let through, a raw message, an exception), and probe() reports it.
 */
import { fail, ok, type Result } from '../../api/index.ts';
import { openFuzzWorld, probe, type FuzzWorld } from './api-fuzz.ts';
import { sendFile } from './file-probe.ts';

let world: FuzzWorld;
let real: FuzzWorld['h']['dispatcher'];
beforeAll(async () => {
  world = await openFuzzWorld();
  real = world.h.dispatcher;
}, 60_000);
afterAll(() => world.h.cleanup());
afterEach(() => {
  world.h.dispatcher = real;
});

/** Swaps in a dispatcher that answers `answer` after doing `act`. */
function misbehave(act: () => void, answer: Result<unknown>): void {
  world.h.dispatcher = { ...real, call: async () => (act(), answer) };
}
const touchOneMeasure = () => world.h.core.raw().prepare("UPDATE measures SET title = title || '!' WHERE rowid = (SELECT min(rowid) FROM measures)").run();

it('passes a real refusal: a well-formed id that does not exist', async () => {
  await expect(probe(world, 'getMeasure', { id: 'gibt-es-nicht' }, 'de')).resolves.toBeUndefined();
});

it('catches a refusal that left a partial write', async () => {
  misbehave(touchOneMeasure, fail('not_found', 'Der Eintrag wurde nicht gefunden.'));
  await expect(probe(world, 'getMeasure', { id: 'gibt-es-nicht' }, 'de')).rejects.toThrow(/partial write/);
});

it('catches an internal error', async () => {
  misbehave(() => {}, fail('internal', 'Ein interner Fehler ist aufgetreten.'));
  await expect(probe(world, 'getMeasure', { id: 'x' }, 'de')).rejects.toThrow(/answered internal/);
});

it('catches an input the contract refuses but the dispatcher let through', async () => {
  misbehave(() => {}, ok(null));
  await expect(probe(world, 'getMeasure', { id: 42 }, 'de')).rejects.toThrow(/passed the schema check/);
});

it('catches an unfilled placeholder or a leaked stack trace in a message', async () => {
  misbehave(() => {}, fail('not_found', 'Die Maßnahme „{title}“ fehlt.'));
  await expect(probe(world, 'getMeasure', { id: 'x' }, 'de')).rejects.toThrow(/unclear message/);
  misbehave(() => {}, fail('conflict', 'TypeError at handler (core/measures/measures.ts:12:3)'));
  await expect(probe(world, 'getMeasure', { id: 'x' }, 'de')).rejects.toThrow(/unclear message/);
});

it('catches an exception thrown across the boundary', async () => {
  world.h.dispatcher = { ...real, call: async () => { throw new Error('kaputt'); } };
  await expect(probe(world, 'getMeasure', { id: 'x' }, 'de')).rejects.toThrow(/threw across the boundary/);
});

describe('the file probe', () => {
  it('catches a preview that writes and a refusal in English', async () => {
    misbehave(touchOneMeasure, ok({}));
    await expect(sendFile(world.h, 'previewPackImport', { bytes: new Uint8Array(4) }, 'preview')).rejects.toThrow(/only previewed/);
    misbehave(() => {}, fail('invalid_input', 'Unexpected end of JSON input'));
    await expect(sendFile(world.h, 'importPack', { bytes: new Uint8Array(4) }, 'import')).rejects.toThrow(/unclear message/);
  });

  it('lets a clean German refusal pass and catches an English library reason inside it', async () => {
    misbehave(() => {}, fail('invalid_input', 'Die Tabelle lässt sich nicht lesen; die Datei ist beschädigt oder unvollständig.'));
    await expect(sendFile(world.h, 'previewProjectImport', { bytes: new Uint8Array(4), fileName: 'a.xlsx' }, 'preview')).resolves.toMatchObject({ ok: false });
    misbehave(() => {}, fail('invalid_input', 'Die Tabelle lässt sich nicht lesen (invalid zip data).'));
    await expect(sendFile(world.h, 'previewProjectImport', { bytes: new Uint8Array(4), fileName: 'a.xlsx' }, 'preview')).rejects.toThrow(/unclear message/);
  });
});
