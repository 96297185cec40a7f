/**
 * The CLI commands import-pack, export-pack and verify-pack on real files:
 * the preview is printed and nothing imported without --yes; --yes imports;
 * an exported, signed pack verifies and imports into a fresh workspace; bad
 * packs and bad arguments give exit 2 and one clear line.
 */
import Database from 'better-sqlite3';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../host/cli-run.ts';
import { makeTempDir } from '../support/core-harness.ts';
import { demoPackFile } from '../../core/demo/peer-packs/index.ts';
import { packFrom, projectsJson } from '../support/pack-craft.ts';

let dir: string;
let workspace: string;
let demo: string;

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli([...args, '--data-dir', join(dir, 'data')], { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err };
}
const peerCount = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM peer_projects').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

beforeAll(async () => {
  dir = makeTempDir('cdo-packs-cli-');
  workspace = join(dir, 'minden.cdo');
  if ((await cli('create', '--ags', '05770024', workspace)).code !== 0) throw new Error('could not create the test workspace');
  demo = join(dir, 'hohenfeld.cdopack');
  writeFileSync(demo, demoPackFile('hohenfeld').bytes);
}, 30_000);

describe('cdo-cockpit import-pack', () => {
  it('prints the preview and imports nothing without --yes', async () => {
    const r = await cli('import-pack', demo, '--workspace', workspace);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Paket „Projektliste Digitalisierung Kreis Hohenfeld \(Demo-Daten, fiktiv\)“ von Kreis Hohenfeld \(Demo\), erstellt am 30\.9\.2026, Lizenz dl-de\/by-2-0: 28 Projekte\./);
    expect(r.out).toMatch(/Nicht signiert/);
    expect(r.out).toMatch(/Beim Import: 28 neu, 0 geändert, 0 unverändert, 0 entfallen\./);
    expect(r.out).toMatch(/Smart Region \(3\)\s+→\s+nicht zugeordnet/);
    expect(r.out).toMatch(/ÖPNV \(2\)\s+→\s+Mobilität & Verkehr \(ähnlicher Name\)/);
    expect(r.out).toMatch(/kreisProjektnummer/);
    expect(r.out).toMatch(/Mit --yes wird das Paket übernommen/);
    expect(peerCount(workspace)).toBe(0);
  });

  it('imports with --yes, and a second time changes nothing', async () => {
    const r = await cli('import-pack', demo, '--workspace', workspace, '--yes');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/28 neu, 0 geändert, 0 entfernt, 0 unverändert/);
    expect(peerCount(workspace)).toBe(28);
    const again = await cli('import-pack', demo, '--workspace', workspace, '--yes');
    expect(again.out).toMatch(/Genau diese Fassung ist bereits importiert/);
    expect(again.out).toMatch(/0 neu, 0 geändert, 0 entfernt, 28 unverändert/);
  });

  it('refuses a hostile pack with exit 2 and one line', async () => {
    const bad = join(dir, 'boese.cdopack');
    writeFileSync(bad, packFrom(projectsJson([{ id: 'p1', title: 'A', start: '2025-13' }])));
    const r = await cli('import-pack', bad, '--workspace', workspace, '--yes');
    expect(r.code).toBe(2);
    expect(r.err).toEqual([expect.stringMatching(/Projektliste ist fehlerhaft: Projekt 1 \(„A“\), „start“: kein gültiges Datum/)]);
  });

  it('names a missing file and a missing --workspace', async () => {
    expect((await cli('import-pack', join(dir, 'fehlt.cdopack'), '--workspace', workspace)).err).toEqual([expect.stringMatching(/gibt es nicht/)]);
    const r = await cli('import-pack', demo);
    expect(r.code).toBe(2);
    expect(r.err).toEqual([expect.stringMatching(/Bitte --workspace angeben/)]);
  });
});

describe('cdo-cockpit export-pack and verify-pack', () => {
  it('exports a signed pack that verifies and imports into a fresh workspace', async () => {
    const ownWorkspace = join(dir, 'bielefeld.cdo');
    expect((await cli('create', '--ags', '05711000', ownWorkspace)).code).toBe(0);
    const db = new Database(ownWorkspace);
    db.prepare("INSERT INTO measures (id, title, phase, priority, origin, created_at, updated_at) VALUES ('m1', 'Digitaler Bauantrag', 'implementation', 'high', 'local', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')").run();
    db.close();
    const out = join(dir, 'eigene.cdopack');
    const r = await cli('export-pack', '--workspace', ownWorkspace, '--out', out, '--sign');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Signiert\. Fingerabdruck des Schlüssels: ([0-9A-F]{4} ){9}[0-9A-F]{4}/);
    expect(r.out).toMatch(/1 Maßnahmen als Paket geschrieben/);
    const verified = await cli('verify-pack', out);
    expect(verified.code).toBe(0);
    expect(verified.out).toMatch(/Das Paket ist gültig: Aufbau, Prüfsummen und Signatur in Ordnung\./);
    expect((await cli('import-pack', out, '--workspace', workspace, '--yes')).code).toBe(0);
    expect(peerCount(workspace)).toBe(29);
    // Never overwrites a file.
    const twice = await cli('export-pack', '--workspace', ownWorkspace, '--out', out);
    expect(twice.code).toBe(2);
    expect(twice.err).toEqual([expect.stringMatching(/gibt es bereits/)]);
  });

  it('verify-pack refuses a tampered or broken pack with exit 2', async () => {
    const notZip = join(dir, 'brief.cdopack');
    writeFileSync(notZip, 'Sehr geehrte Damen und Herren');
    const r = await cli('verify-pack', notZip);
    expect(r.code).toBe(2);
    expect(r.err).toEqual([expect.stringMatching(/kein ZIP-Archiv/)]);
    const en = await cli('verify-pack', notZip, '--lang', 'en');
    expect(en.err).toEqual([expect.stringMatching(/not a ZIP archive/)]);
    expect(existsSync(join(dir, 'manifest.json'))).toBe(false);
  });

  it('export-pack of an empty workspace says there is nothing to export', async () => {
    const empty = join(dir, 'leer.cdo');
    expect((await cli('create', '--ags', '05766020', empty)).code).toBe(0);
    const r = await cli('export-pack', '--workspace', empty, '--out', join(dir, 'leer.cdopack'));
    expect(r.code).toBe(2);
    expect(r.err).toEqual([expect.stringMatching(/keine Maßnahmen/)]);
    expect(existsSync(join(dir, 'leer.cdopack'))).toBe(false);
  });
});
