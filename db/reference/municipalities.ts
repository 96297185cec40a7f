import { readCsv } from './files.ts';

export interface MunicipalityRow {
  ags: string;
  name: string;
  kind: 'gemeinde' | 'kreis';
  type: string;
  kreis: string | null;
  land: string;
  population: number;
  plz: string | null;
}

let cache: MunicipalityRow[] | null = null;

/** A readable name for a Kreis from the `kreis` and `kreistyp` columns ("Kreis Minden-Lübbecke"). */
function kreisName(name: string, type: string): string {
  if (type === 'Regionalverband') return `Regionalverband ${name}`;
  return `${type} ${name}`;
}

/**
 * Every inhabited German Gemeinde plus the Kreise derived from the `kreis`
 * column (5-digit AGS prefix, population summed). Kreisfreie Städte are
 * Gemeinden and Kreis at once: they appear once, as the Gemeinde.
 */
export function municipalities(): MunicipalityRow[] {
  if (cache) return cache;
  const rows: MunicipalityRow[] = [];
  const kreise = new Map<string, MunicipalityRow>();
  for (const r of readCsv('gemeinden-2019-12-31.csv')) {
    const ags = r.ags ?? '';
    if (!/^\d{8}$/.test(ags) || (r.gemeindetyp ?? '').startsWith('Gemeindefreies Gebiet')) continue;
    const population = Number(r.einwohner) || 0;
    const kreisTyp = r.kreistyp ?? '';
    const landkreis = ['Landkreis', 'Kreis', 'Regionalverband'].includes(kreisTyp);
    rows.push({
      ags,
      name: r.gemeindename ?? ags,
      kind: 'gemeinde',
      type: r.gemeindetyp ?? '',
      kreis: landkreis ? kreisName(r.kreis ?? '', kreisTyp) : null,
      land: r.bundesland ?? '',
      population,
      plz: r.plz || null,
    });
    if (landkreis) {
      const key = ags.slice(0, 5);
      const k = kreise.get(key);
      if (k) k.population += population;
      else kreise.set(key, { ags: key, name: kreisName(r.kreis ?? key, kreisTyp), kind: 'kreis', type: kreisTyp, kreis: null, land: r.bundesland ?? '', population, plz: null });
    }
  }
  cache = [...rows, ...kreise.values()];
  return cache;
}

export function municipalityByAgs(ags: string): MunicipalityRow | undefined {
  return municipalities().find((m) => m.ags === ags);
}
