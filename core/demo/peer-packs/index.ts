/**
 * The two demo packs of fictional peer municipalities (clearly labelled as
 * demo data), built by the pack writer on request so they always match the
 * current format. The Musterstadt demo does not import them: the CDO does,
 * from the import dialog ("Demo-Pakete"), which is the journey worth showing.
 */
import { createPrivateKey, createPublicKey } from 'node:crypto';
import type { DemoPack, DemoPackFile } from '../../../api/index.ts';
import { CoreError } from '../../errors.ts';
import { writePack, type PackMeta, type PackProjectOut } from '../../packs/write-pack.ts';
import type { KeyPair } from '../../packs/signing.ts';
import { HOHENFELD_PROJECTS } from './hohenfeld.ts';
import { LINDENAU_PROJECTS } from './lindenau.ts';
import type { DemoProjectRow } from './rows.ts';

interface DemoPackSpec {
  meta: PackMeta;
  rows: DemoProjectRow[];
  prefix: string;
  domain: string;
  /** Signed with a fixed demo key (its private half is public in this file: demo only). */
  keySeed?: string;
  /** Keys a peer's own tool might add; the import sets them aside and says so. */
  extra?: (n: number) => Record<string, unknown>;
}

const SPECS: Record<string, DemoPackSpec> = {
  lindenau: {
    prefix: 'lindenau',
    domain: 'lindenau.example',
    keySeed: '4c696e64656e61752044656d6f2d5363686c757373656c20323032362121213f',
    rows: LINDENAU_PROJECTS,
    meta: {
      id: 'demo-pack-stadt-lindenau',
      title: 'Digitalprojekte der Stadt Lindenau 2026 (Demo-Daten, fiktiv)',
      createdAt: '2026-10-20T09:00:00Z',
      publisher: { name: 'Stadt Lindenau (Demo)', contact: { name: 'Stabsstelle Digitalisierung', email: 'digital@lindenau.example' } },
      license: 'CC-BY-4.0',
      language: 'de',
    },
  },
  hohenfeld: {
    prefix: 'hohenfeld',
    domain: 'kreis-hohenfeld.example',
    rows: HOHENFELD_PROJECTS,
    meta: {
      id: 'demo-pack-kreis-hohenfeld',
      title: 'Projektliste Digitalisierung Kreis Hohenfeld (Demo-Daten, fiktiv)',
      createdAt: '2026-09-30T14:00:00Z',
      publisher: { name: 'Kreis Hohenfeld (Demo)', contact: { name: 'Amt für Digitalisierung und IT', email: 'digitalisierung@kreis-hohenfeld.example' } },
      license: 'dl-de/by-2-0',
      language: 'de',
    },
    extra: (n) => (n % 9 === 0 ? { kreisProjektnummer: `KH-${2020 + (n % 6)}-${String(n).padStart(3, '0')}` } : {}),
  },
};

function demoKeys(seedHex: string): KeyPair {
  const der = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), Buffer.from(seedHex, 'hex')]);
  const privateKey = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  const x = createPublicKey(privateKey).export({ format: 'jwk' }).x!;
  return { publicKey: Buffer.from(x, 'base64url').toString('base64'), privateKey: der.toString('base64') };
}

function projectsOf(spec: DemoPackSpec): PackProjectOut[] {
  return spec.rows.map(([title, field, status, start, end, total, summary, results, lessons, tags, ozgIds], n) => {
    const p: PackProjectOut = {
      id: `${spec.prefix}-${String(n + 1).padStart(3, '0')}`,
      title,
      summary,
      field,
      status,
      start,
      end,
      budget: { total, currency: 'EUR' },
      contact: { name: 'Stabsstelle Digitalisierung', email: `digital@${spec.domain}` },
      tags,
      ...spec.extra?.(n + 1),
    };
    if (ozgIds.length) p.ozgIds = ozgIds;
    if (results) p.results = results;
    if (lessons) p.lessonsLearned = lessons;
    return p;
  });
}

export function listDemoPacks(): DemoPack[] {
  return Object.entries(SPECS).map(([id, s]) => ({ id, title: s.meta.title, publisher: s.meta.publisher.name, projectCount: s.rows.length }));
}

export function demoPackFile(id: string): DemoPackFile {
  const spec = Object.hasOwn(SPECS, id) ? SPECS[id] : undefined;
  if (!spec) throw new CoreError('not_found', 'pack_demo_unknown');
  return {
    bytes: writePack(spec.meta, projectsOf(spec), spec.keySeed ? demoKeys(spec.keySeed) : undefined),
    fileName: `${spec.prefix}-demo.cdopack`,
  };
}
