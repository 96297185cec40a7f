import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

/** The shipped reference data folder; CDO_REFERENCE_DIR wins (packaged app, bundled CLI). */
export function referenceDir(): string {
  const fromEnv = process.env.CDO_REFERENCE_DIR;
  if (fromEnv) return resolve(fromEnv);
  const here = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
  for (const c of [join(here, 'data'), join(here, '..', 'db', 'reference', 'data'), join(here, '..', '..', 'db', 'reference', 'data')]) {
    if (existsSync(join(c, 'ozg-leistungen.csv'))) return c;
  }
  throw new Error(`reference data folder not found near ${here}`);
}

export function readCsv(name: string): Record<string, string>[] {
  return parse(readFileSync(join(referenceDir(), name), 'utf8'), { columns: true, skip_empty_lines: true, bom: true });
}

/** Attribution lines required by the sources' licences (shown in "Über / Datenquellen"). */
export const SOURCES = {
  gemeinden: {
    id: 'gemeinden',
    title: 'Gemeindeverzeichnis (GV-ISys), Stand 31.12.2019',
    attribution: '© Statistisches Bundesamt (Destatis), 2020',
    licence: 'Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0)',
  },
  ozg: {
    id: 'ozg',
    title: 'OZG-Umsetzungskatalog mit LeiKa-Zuordnung (OZG-Datenbank NRW, Stand 2019/2020)',
    attribution: 'KDN – Dachverband kommunaler IT-Dienstleister NRW, OZG-Datenbank NRW',
    licence: 'MIT-Lizenz',
  },
} as const;
