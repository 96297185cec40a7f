import type Database from 'better-sqlite3';
import { readCsv, SOURCES } from './files.ts';

/** LeiKa-Typisierung 2/3 and 4 mark services that municipalities carry out. */
export function isMunicipalType(types: string): boolean {
  return types.split(/[,;]/).map((t) => t.trim()).some((t) => t === '2/3' || t === '4');
}

/** Loads the shipped OZG and LeiKa catalogue into a workspace in one transaction. */
export function loadOzgCatalogue(raw: Database.Database, now: string): { services: number; leika: number } {
  const services = readCsv('ozg-leistungen.csv');
  const leika = readCsv('ozg-leika-leistungen.csv');
  const known = new Set(services.map((s) => s.ozg_id));
  const insertService = raw.prepare(
    'INSERT OR REPLACE INTO ozg_services (ozg_id, name, lebenslage, themenfeld, leika_count, leika_types, municipal) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const insertLeika = raw.prepare(
    'INSERT INTO leika_services (leika_key, name, typisierung, ozg_id, legal_basis) VALUES (?, ?, ?, ?, ?)',
  );
  raw.transaction(() => {
    raw.prepare('DELETE FROM leika_services').run();
    for (const s of services) {
      const types = s.leika_typisierungen ?? '';
      insertService.run(s.ozg_id, s.ozg_leistung, s.lebenslage, s.themenfeld, Number(s.anzahl_leika_leistungen) || 0, types, isMunicipalType(types) ? 1 : 0);
    }
    for (const l of leika) {
      const key = /^\d{14}$/.test(l.leika_schluessel ?? '') ? l.leika_schluessel : null;
      const ozg = l.ozg_id && known.has(l.ozg_id) ? l.ozg_id : null;
      insertLeika.run(key, l.leika_bezeichnung ?? '', l.leika_typisierung || null, ozg, l.rechtsgrundlage || null);
    }
    raw.prepare('INSERT OR REPLACE INTO reference_sources (id, title, attribution, licence, rows, loaded_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(SOURCES.ozg.id, SOURCES.ozg.title, SOURCES.ozg.attribution, SOURCES.ozg.licence, services.length, now);
  })();
  return { services: services.length, leika: leika.length };
}
