/**
 * Maps a pack's free-text field of action onto the workspace's own fields:
 * the exact name first, then what the CDO chose earlier for this publisher
 * (an explicit choice beats a guess), then a known synonym or one part of a
 * local field's name, else unassigned.
 */
import type { PackFieldMatch, PackFieldSuggestion } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { foldGerman } from '../fold.ts';
import type { Manifest } from './format.ts';

/** Folded, punctuation and "und" removed: "Soziales und Teilhabe" = "Soziales & Teilhabe". */
export function normalizeField(text: string): string {
  return foldGerman(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\b(und|and)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Common ways peers name a field, keyed by the standard field's name (core/fields/defaults.ts). */
const SYNONYMS: Record<string, string[]> = {
  'Verwaltung & Bürgerservice': ['Bürgerservice', 'Bürgerdienste', 'E-Government', 'eGovernment', 'Onlinezugang', 'OZG', 'OZG-Umsetzung', 'Online-Dienste', 'Bürgerbüro', 'Service'],
  'Interne Digitalisierung & Arbeitsplatz': ['Digitaler Arbeitsplatz', 'E-Akte', 'Interne Verwaltung', 'Organisation', 'Personal', 'Verwaltungsmodernisierung', 'Interne Prozesse'],
  'Digitale Infrastruktur': ['Infrastruktur', 'Breitband', 'Glasfaser', 'Mobilfunk', 'WLAN', 'Netze', 'IT-Infrastruktur', 'Breitbandausbau'],
  'Daten & Plattformen': ['Daten', 'Open Data', 'Datenplattform', 'Urbane Datenplattform', 'Digitaler Zwilling', 'Geodaten', 'Datenmanagement'],
  'Bildung & Schule': ['Bildung', 'Schule', 'Schulen', 'Digitalpakt Schule', 'Schuldigitalisierung', 'Lernen'],
  'Jugend & Familie': ['Jugend', 'Familie', 'Kita', 'Kinderbetreuung', 'Kinder und Jugend'],
  'Soziales & Teilhabe': ['Soziales', 'Teilhabe', 'Sozialwesen', 'Inklusion', 'Soziale Leistungen'],
  'Gesundheit & Pflege': ['Gesundheit', 'Pflege', 'Gesundheitswesen', 'Gesundheitsamt'],
  'Mobilität & Verkehr': ['Mobilität', 'Verkehr', 'ÖPNV', 'Parken', 'Smart Mobility'],
  'Energie & Klima': ['Energie', 'Klima', 'Klimaschutz', 'Smart Energy', 'Klimaanpassung'],
  Umwelt: ['Umweltschutz', 'Natur', 'Abfall', 'Abfallwirtschaft', 'Umwelt & Natur'],
  'Wirtschaft & Arbeit': ['Wirtschaft', 'Wirtschaftsförderung', 'Arbeit', 'Handel', 'Einzelhandel', 'Innenstadt'],
  Tourismus: ['Stadtmarketing', 'Tourismus & Marketing'],
  'Kultur & Freizeit': ['Kultur', 'Freizeit', 'Sport', 'Bibliothek', 'Museen'],
  'Sicherheit & Ordnung': ['Sicherheit', 'Ordnung', 'Katastrophenschutz', 'Bevölkerungsschutz', 'Feuerwehr', 'Öffentliche Ordnung'],
  'Bürgerbeteiligung & Engagement': ['Beteiligung', 'Bürgerbeteiligung', 'Partizipation', 'Engagement', 'Ehrenamt', 'Bürgerbeteiligung & Ehrenamt'],
  'Stadtentwicklung & Wohnen': ['Stadtentwicklung', 'Wohnen', 'Bauen', 'Planen & Bauen', 'Smart City', 'Quartiersentwicklung'],
};

const SYNONYM_INDEX = new Map<string, string>(
  Object.entries(SYNONYMS).flatMap(([field, words]) => words.map((w) => [normalizeField(w), normalizeField(field)] as const)),
);

/**
 * One part of a local field's name ("Interne Digitalisierung" of "Interne
 * Digitalisierung & Arbeitsplatz") names that field, when no other field has it.
 */
function partIndex(fields: { id: string; name: string }[]): Map<string, { id: string; name: string }> {
  const owners = new Map<string, { id: string; name: string }[]>();
  for (const f of fields) {
    for (const part of f.name.split(/&|,|\/|\bund\b/).map(normalizeField).filter(Boolean)) owners.set(part, [...(owners.get(part) ?? []), f]);
  }
  return new Map([...owners].filter(([, list]) => list.length === 1).map(([part, list]) => [part, list[0]!]));
}

/** Remembered choices belong to a publisher: its AGS when given, else its folded name. */
export function publisherKey(manifest: Manifest): string {
  return manifest.publisher.ags ? `ags:${manifest.publisher.ags}` : `name:${normalizeField(manifest.publisher.name)}`;
}

export interface FieldResolver {
  resolve(packField: string | null): { fieldId: string | null; fieldName: string | null; match: PackFieldMatch };
  has(fieldId: string): boolean;
}

export function fieldResolver(core: Core, publisher: string): FieldResolver {
  const raw = core.raw();
  const fields = raw.prepare('SELECT id, name FROM fields').all() as { id: string; name: string }[];
  const names = new Map(fields.map((f) => [f.id, f.name]));
  const byNormal = new Map(fields.map((f) => [normalizeField(f.name), f]));
  const byPart = partIndex(fields);
  const remembered = new Map(
    (raw.prepare('SELECT pack_field, field_id FROM peer_field_mappings WHERE publisher_key = ?').all(publisher) as { pack_field: string; field_id: string | null }[])
      .map((r) => [r.pack_field, r.field_id]),
  );
  const none = { fieldId: null, fieldName: null, match: 'none' as const };
  const hit = (id: string, match: PackFieldMatch) => ({ fieldId: id, fieldName: names.get(id) ?? null, match });
  return {
    has: (id) => names.has(id),
    resolve(packField) {
      if (!packField) return none;
      const normal = normalizeField(packField);
      const exact = byNormal.get(normal);
      if (exact) return hit(exact.id, 'exact');
      if (remembered.has(packField)) {
        const id = remembered.get(packField);
        return id ? hit(id, 'remembered') : { ...none, match: 'remembered' };
      }
      const synonym = byNormal.get(SYNONYM_INDEX.get(normal) ?? '') ?? byPart.get(normal);
      if (synonym) return hit(synonym.id, 'synonym');
      return none;
    },
  };
}

/** One suggestion per distinct field text of the pack, most used first. */
export function suggestFields(resolver: FieldResolver, texts: (string | null)[]): PackFieldSuggestion[] {
  const counts = new Map<string, number>();
  for (const t of texts) if (t) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'de'))
    .map(([packField, projectCount]) => ({ packField, projectCount, ...resolver.resolve(packField) }));
}
