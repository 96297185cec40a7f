/**
 * Partnerships of the Musterstadt demo measures: IKZ with neighbouring
 * municipalities and the Kreis, EfA reuse, a municipal IT service provider and
 * science. Partner municipalities come from the official list (their names as
 * the list writes them); organisations and contacts are examples. Written
 * without undo steps.
 */
import type { AgreementType, PartnershipKind, PartnershipStatus } from '../../api/index.ts';
import { municipalityByAgs } from '../../db/index.ts';
import type { Core } from '../core.ts';
import type { DemoClock } from './demo-clock.ts';

interface DemoPartnership {
  measure: string;
  kind: PartnershipKind;
  /** A municipality from the list … */
  ags?: string;
  /** … or an organisation. */
  name?: string;
  agreement: AgreementType | null;
  costShare: number | null;
  status: PartnershipStatus;
  contact: string | null;
  note: string | null;
}

export const DEMO_PARTNERSHIPS: DemoPartnership[] = [
  { measure: 'Kommunale Wärmeplanung digital', kind: 'ikz', ags: '05770', agreement: 'public_law', costShare: 30, status: 'active', contact: 'Klimaschutzmanagement des Kreises (Beispiel)', note: 'Gemeinsame Datengrundlage für alle kreisangehörigen Kommunen.' },
  { measure: 'Informationssicherheitsmanagement (ISMS)', kind: 'ikz', ags: '05766008', agreement: 'loi', costShare: 50, status: 'negotiating', contact: 'IT-Sicherheitsbeauftragte (Beispiel)', note: 'Gemeinsame Stelle eines Informationssicherheitsbeauftragten geplant.' },
  { measure: 'Digitaler Wohngeldantrag', kind: 'efa', name: 'EfA-Dienst Wohngeld des Landes (Beispiel)', agreement: 'contract', costShare: null, status: 'active', contact: null, note: 'Nachnutzung des EfA-Online-Dienstes; Anbindung an das Fachverfahren über die Landesplattform.' },
  { measure: 'E-Akte in der Kernverwaltung', kind: 'provider', name: 'Kommunales Rechenzentrum (Beispiel)', agreement: 'contract', costShare: null, status: 'active', contact: 'Kundenbetreuung Kommunen (Beispiel)', note: 'Betrieb der E-Akte im Rechenzentrum des Zweckverbands.' },
  { measure: 'Rechnungseingang digital (XRechnung)', kind: 'provider', name: 'Kommunales Rechenzentrum (Beispiel)', agreement: 'contract', costShare: null, status: 'active', contact: 'Kundenbetreuung Kommunen (Beispiel)', note: null },
  { measure: 'Hochwasser-Frühwarnsystem mit Pegelsensoren', kind: 'science', name: 'Hochschule für angewandte Wissenschaften (Beispiel)', agreement: 'loi', costShare: 20, status: 'planned', contact: 'Lehrgebiet Wasserwirtschaft (Beispiel)', note: 'Auswertung der Pegeldaten im Rahmen eines Forschungsprojekts.' },
  { measure: 'Glasfaserausbau Gewerbegebiet Nord', kind: 'ikz', ags: '05770', agreement: 'association', costShare: 15, status: 'active', contact: 'Breitbandkoordination des Kreises (Beispiel)', note: 'Ausbau über den Zweckverband Breitband.' },
];

export function fillDemoPartnerships(core: Core, clock: DemoClock): void {
  const raw = core.raw();
  const measureId = raw.prepare('SELECT id FROM measures WHERE title = ?').pluck();
  const insert = raw.prepare(`INSERT INTO partnerships (id, measure_id, kind, partner_ags, partner_name, agreement, cost_share, status, contact, note, origin, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'local', ?, ?)`);
  raw.transaction(() => {
    for (const p of DEMO_PARTNERSHIPS) {
      const id = measureId.get(p.measure) as string | undefined;
      const name = p.ags ? municipalityByAgs(p.ags)?.name : p.name;
      if (!id || !name) throw new Error(`demo partnership: unknown measure or partner (${p.measure})`);
      const at = clock.now();
      insert.run(clock.newId(), id, p.kind, p.ags ?? null, name, p.agreement, p.costShare, p.status, p.contact, p.note, at, at);
    }
  })();
}
