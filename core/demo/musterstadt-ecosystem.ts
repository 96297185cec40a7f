/**
 * The ecosystem of the Musterstadt demo: the administration's org units as a
 * tree, 30 actors across the four spheres with their fields of action and
 * relations, and the roles of the digital governance. Invented but typical of
 * a German Mittelstadt; all persons are fictional. The DigiCheck demo (run
 * after this) assesses "Wohngeldstelle" and "IT und Digitalisierung" by name.
 * Written without undo steps (the demo is the starting point, not an edit).
 */
import type { ActorKind, ActorRelationKind, OrgUnitKind, Role, Sphere } from '../../api/index.ts';
import type { Core } from '../core.ts';
import type { DemoClock } from './demo-clock.ts';

interface DemoUnit { name: string; shortName: string | null; kind: OrgUnitKind; head: string | null; children?: DemoUnit[] }

const U = (name: string, shortName: string | null, kind: OrgUnitKind, head: string | null, children?: DemoUnit[]): DemoUnit => ({ name, shortName, kind, head, children });

export const DEMO_ORG_UNITS: DemoUnit[] = [
  U('Büro der Bürgermeisterin', 'BM', 'staff_unit', 'Dr. Katrin Berger', [
    U('Stabsstelle Digitalisierung', 'Stst. D', 'staff_unit', 'Jana Albers'),
    U('Presse- und Öffentlichkeitsarbeit', '13', 'office', 'Tobias Lenz'),
  ]),
  U('Fachbereich 1 – Zentrale Dienste', 'FB 1', 'division', 'Markus Vogt', [
    U('Personal und Organisation', '1.1', 'department', 'Sabine Kurz'),
    U('IT und Digitalisierung', '1.2', 'department', 'Henrik Sommer'),
  ]),
  U('Fachbereich 2 – Finanzen', 'FB 2', 'division', 'Frank Hoffmann', [
    U('Kämmerei', '2.1', 'department', 'Frank Hoffmann'),
  ]),
  U('Fachbereich 3 – Bürgerservice und Ordnung', 'FB 3', 'division', 'Claudia Brandt', [
    U('Bürgerbüro', '3.1', 'office', 'Ayşe Demir'),
    U('Ordnungsamt', '3.2', 'department', 'Jürgen Pohl'),
  ]),
  U('Fachbereich 4 – Bildung, Kultur und Sport', 'FB 4', 'division', 'Dr. Miriam Koch', [
    U('Schulverwaltung', '4.1', 'department', 'Stefan Wagner'),
  ]),
  U('Fachbereich 5 – Soziales, Jugend und Wohnen', 'FB 5', 'division', 'Petra Neumann', [
    U('Jugendamt', '51', 'department', 'Oliver Krüger'),
    U('Wohngeldstelle', '50.3', 'office', 'Nadine Schäfer'),
  ]),
  U('Fachbereich 6 – Planen, Bauen und Umwelt', 'FB 6', 'division', 'Dirk Hartmann', [
    U('Bauordnung', '6.3', 'department', 'Andrea Fuchs'),
    U('Klimaschutzmanagement', '6.5', 'team', 'Lena Becker'),
  ]),
];

interface DemoActor {
  name: string; kind: ActorKind; sphere: Sphere; description: string; contact: string | null;
  unit: string | null; stakeholder: string | null; fields: string[];
}

const A = (name: string, kind: ActorKind, sphere: Sphere, description: string, fields: string[], extra: { contact?: string; unit?: string; stakeholder?: string } = {}): DemoActor =>
  ({ name, kind, sphere, description, fields, contact: extra.contact ?? null, unit: extra.unit ?? null, stakeholder: extra.stakeholder ?? null });

const VB = 'Verwaltung & Bürgerservice';
const ID = 'Interne Digitalisierung & Arbeitsplatz';
const INF = 'Digitale Infrastruktur';
const DP = 'Daten & Plattformen';
const BS = 'Bildung & Schule';
const JF = 'Jugend & Familie';
const ST = 'Soziales & Teilhabe';
const GP = 'Gesundheit & Pflege';
const MV = 'Mobilität & Verkehr';
const EK = 'Energie & Klima';
const UM = 'Umwelt';
const WA = 'Wirtschaft & Arbeit';
const SO = 'Sicherheit & Ordnung';
const BE = 'Bürgerbeteiligung & Engagement';
const SW = 'Stadtentwicklung & Wohnen';

export const DEMO_ACTORS: DemoActor[] = [
  // Kernverwaltung
  A('Stabsstelle Digitalisierung', 'organisation', 'core_admin', 'Steuert die Digitale Agenda und das Maßnahmenportfolio der Stadt.', [VB, ID, DP, BE], { unit: 'Stabsstelle Digitalisierung', contact: 'digitalisierung@musterstadt.example' }),
  A('IT-Abteilung', 'organisation', 'core_admin', 'Betreibt Arbeitsplätze, Netz und Fachverfahren gemeinsam mit dem kommunalen IT-Dienstleister.', [ID, INF], { unit: 'IT und Digitalisierung', contact: 'it@musterstadt.example' }),
  A('Bürgerbüro', 'organisation', 'core_admin', 'Erste Anlaufstelle für Pass-, Melde- und Kfz-Angelegenheiten.', [VB], { unit: 'Bürgerbüro' }),
  A('Wohngeldstelle', 'organisation', 'core_admin', 'Bearbeitet rund 1.800 Wohngeldanträge im Jahr; Pilot für den digitalen Antrag.', [ST, SW], { unit: 'Wohngeldstelle' }),
  A('Schulverwaltung', 'organisation', 'core_admin', 'Schulträgeraufgaben: Ausstattung, Medienentwicklungsplan, Schulanmeldung.', [BS], { unit: 'Schulverwaltung' }),
  A('Klimaschutzmanagement', 'organisation', 'core_admin', 'Koordiniert Klimaschutzkonzept und kommunale Wärmeplanung.', [EK, UM], { unit: 'Klimaschutzmanagement' }),
  A('Personalrat', 'group', 'core_admin', 'Vertritt die Beschäftigten; bei E-Akte und mobilem Arbeiten mitbestimmungspflichtig.', [ID], { stakeholder: 'Personalrat' }),
  A('Informationssicherheitsbeauftragte', 'person', 'core_admin', 'Verantwortet Informationssicherheit und Notfallvorsorge der Verwaltung.', [ID, INF, SO], { unit: 'Personal und Organisation' }),
  // Konzern Kommune
  A('Stadtwerke Musterstadt', 'organisation', 'municipal_group', 'Energie, Wasser, Bäder und Glasfaserausbau; Betreiber des LoRaWAN-Netzes.', [INF, EK, DP], { stakeholder: 'Stadtwerke Musterstadt', contact: 'info@stadtwerke-musterstadt.example' }),
  A('Verkehrsbetriebe Musterstadt', 'organisation', 'municipal_group', 'Stadtbusverkehr mit 14 Linien; Fahrgastinformation in Echtzeit.', [MV, DP]),
  A('Wohnungsbaugesellschaft Musterstadt', 'organisation', 'municipal_group', 'Rund 4.200 Wohnungen; digitales Mieterportal im Aufbau.', [SW, ST]),
  A('Feuerwehr und Katastrophenschutz', 'organisation', 'municipal_group', 'Berufsfeuerwehr mit Freiwilligen Feuerwehren; Warnung der Bevölkerung.', [SO, INF]),
  A('Klinikum Musterstadt', 'organisation', 'municipal_group', 'Städtisches Krankenhaus; Anbindung an die Telematikinfrastruktur.', [GP]),
  A('Entsorgungsbetrieb Musterstadt', 'organisation', 'municipal_group', 'Abfallwirtschaft und Straßenreinigung; Abfall-App und Sensorik an Containern.', [UM, VB]),
  // Örtliche Gemeinschaft
  A('Schulleitungen der Musterstädter Schulen', 'group', 'local_community', 'Zwölf Grund- und weiterführende Schulen; Partner im Medienentwicklungsplan.', [BS, JF]),
  A('Handwerkskammer', 'organisation', 'local_community', 'Vertritt rund 1.100 Handwerksbetriebe der Region; Digitalberatung für Betriebe.', [WA], { stakeholder: 'Handwerkskammer' }),
  A('Werbegemeinschaft City', 'group', 'local_community', 'Zusammenschluss des Innenstadthandels; Partner des digitalen Schaufensters.', [WA], { stakeholder: 'Werbegemeinschaft City' }),
  A('Seniorenbeirat', 'group', 'local_community', 'Vertritt ältere Menschen; begleitet Digitalsprechstunden und Barrierefreiheit.', [ST, BE], { stakeholder: 'Seniorenbeirat' }),
  A('Jugendforum', 'group', 'local_community', 'Beteiligungsgremium junger Menschen von 14 bis 21 Jahren.', [JF, BE], { stakeholder: 'Jugendforum' }),
  A('Freiwilligenagentur Musterstadt e. V.', 'organisation', 'local_community', 'Vermittelt Ehrenamt; organisiert die Digitallotsen für Bürgerinnen und Bürger.', [BE, ST]),
  A('Technische Hochschule Musterland, Campus Musterstadt', 'organisation', 'local_community', 'Forschungspartner für Datenplattform und Sensorik.', [DP, WA, EK]),
  A('Verein Digitale Nachbarschaft Musterstadt', 'group', 'local_community', 'Ehrenamtliche Initiative für offene Daten und Reparatur-Cafés.', [DP, BE]),
  // Externe Partner
  A('Digitalministerium des Landes', 'organisation', 'external', 'Stellt Landesportal, Servicekonto und EfA-Leistungen bereit; Fördermittelgeber.', [VB, DP], { stakeholder: 'Digitalministerium des Landes' }),
  A('Kommunale Datenverarbeitung Musterland', 'organisation', 'external', 'Kommunaler IT-Dienstleister: Rechenzentrum, Fachverfahren, E-Akte.', [ID, INF, VB], { stakeholder: 'Kommunales Rechenzentrum' }),
  A('KGSt', 'organisation', 'external', 'Kommunale Gemeinschaftsstelle für Verwaltungsmanagement: Gutachten und Vergleichsringe.', [ID, VB]),
  A('Kreisverwaltung Musterkreis', 'organisation', 'external', 'Kreis mit Jugend-, Gesundheits- und Straßenverkehrsamt für die kreisangehörigen Städte.', [GP, MV, JF], { stakeholder: 'Kreisverwaltung' }),
  A('Stadt Beispielhausen', 'organisation', 'external', 'Nachbarstadt; gemeinsame Ausschreibung der E-Akte und Partnerin im Bürgerportal.', [VB, ID]),
  A('Gemeinde Nebenau', 'organisation', 'external', 'Nachbargemeinde; interkommunale Zusammenarbeit bei Geodaten und Bauantrag.', [SW, DP]),
  A('Zweckverband Breitband Musterkreis', 'organisation', 'external', 'Koordiniert den geförderten Glasfaserausbau in den weißen Flecken.', [INF]),
  A('Landesbetrieb Straßenbau', 'organisation', 'external', 'Betreibt Landesstraßen und Verkehrsrechner; Datenpartner für Verkehrslage.', [MV]),
];

export const DEMO_ACTOR_RELATIONS: [string, ActorRelationKind, string, string | null][] = [
  ['Stabsstelle Digitalisierung', 'steers', 'IT-Abteilung', 'Portfolio und Prioritäten'],
  ['Stabsstelle Digitalisierung', 'cooperates', 'Wohngeldstelle', 'Pilot digitaler Wohngeldantrag'],
  ['Stabsstelle Digitalisierung', 'cooperates', 'Bürgerbüro', null],
  ['Stabsstelle Digitalisierung', 'cooperates', 'Schulverwaltung', 'Medienentwicklungsplan'],
  ['Stabsstelle Digitalisierung', 'cooperates', 'Stadtwerke Musterstadt', 'Datenplattform und LoRaWAN'],
  ['Stabsstelle Digitalisierung', 'cooperates', 'Stadt Beispielhausen', 'Interkommunale Zusammenarbeit'],
  ['KGSt', 'advises', 'Stabsstelle Digitalisierung', 'Vergleichsring Digitalisierung'],
  ['Kommunale Datenverarbeitung Musterland', 'supplies', 'IT-Abteilung', 'Rechenzentrum und Fachverfahren'],
  ['Kommunale Datenverarbeitung Musterland', 'supplies', 'Wohngeldstelle', 'Fachverfahren Wohngeld'],
  ['Kommunale Datenverarbeitung Musterland', 'supplies', 'Stadt Beispielhausen', null],
  ['Digitalministerium des Landes', 'funds', 'Stabsstelle Digitalisierung', 'Förderprogramm Digitale Modellkommune'],
  ['Digitalministerium des Landes', 'supplies', 'Bürgerbüro', 'Servicekonto und EfA-Leistungen'],
  ['Zweckverband Breitband Musterkreis', 'cooperates', 'Stadtwerke Musterstadt', 'Glasfaserausbau'],
  ['Stadtwerke Musterstadt', 'supplies', 'Verkehrsbetriebe Musterstadt', 'Ladeinfrastruktur'],
  ['Stadtwerke Musterstadt', 'cooperates', 'Klimaschutzmanagement', 'Wärmeplanung'],
  ['Technische Hochschule Musterland, Campus Musterstadt', 'advises', 'Stadtwerke Musterstadt', 'Sensorik und Datenanalyse'],
  ['Technische Hochschule Musterland, Campus Musterstadt', 'cooperates', 'Klimaschutzmanagement', null],
  ['Landesbetrieb Straßenbau', 'supplies', 'Verkehrsbetriebe Musterstadt', 'Verkehrsdaten'],
  ['Kreisverwaltung Musterkreis', 'cooperates', 'Feuerwehr und Katastrophenschutz', 'Leitstelle und Warnung'],
  ['Schulverwaltung', 'supplies', 'Schulleitungen der Musterstädter Schulen', 'Geräte und Lernplattform'],
  ['Freiwilligenagentur Musterstadt e. V.', 'cooperates', 'Seniorenbeirat', 'Digitalsprechstunden'],
  ['Handwerkskammer', 'cooperates', 'Werbegemeinschaft City', 'Digitales Schaufenster'],
  ['Verein Digitale Nachbarschaft Musterstadt', 'advises', 'Stabsstelle Digitalisierung', 'Offene Daten'],
  ['Wohnungsbaugesellschaft Musterstadt', 'cooperates', 'Wohngeldstelle', 'Mieterberatung'],
  ['Personalrat', 'advises', 'IT-Abteilung', 'Dienstvereinbarung E-Akte'],
  ['Gemeinde Nebenau', 'cooperates', 'Stadt Beispielhausen', 'Geodaten'],
  ['Entsorgungsbetrieb Musterstadt', 'cooperates', 'Stadtwerke Musterstadt', 'Sensorik an Containern'],
  ['Jugendforum', 'advises', 'Stabsstelle Digitalisierung', 'Beteiligungsplattform'],
];

/** [role, title, holder name, actor, org unit]. */
export const DEMO_ROLES: [Role, string | null, string | null, string | null, string | null][] = [
  ['hvb', 'Bürgermeisterin', 'Dr. Katrin Berger', null, 'Büro der Bürgermeisterin'],
  ['cdo', 'Leitung Stabsstelle Digitalisierung (CDO)', 'Jana Albers', 'Stabsstelle Digitalisierung', 'Stabsstelle Digitalisierung'],
  ['cio', 'Leitung IT und Digitalisierung (CIO)', 'Henrik Sommer', 'IT-Abteilung', 'IT und Digitalisierung'],
  ['digital_pilot', 'Digitallotsin', 'Nadine Schäfer', null, 'Wohngeldstelle'],
  ['digital_pilot', 'Digitallotse', 'Mehmet Aydın', null, 'Bürgerbüro'],
  ['digital_pilot', 'Digitallotsin', 'Julia Richter', null, 'Schulverwaltung'],
  ['digital_pilot', 'Digitallotse', 'Kevin Schulz', null, 'Bauordnung'],
  ['department_head', null, 'Petra Neumann', null, 'Fachbereich 5 – Soziales, Jugend und Wohnen'],
  ['department_head', null, 'Markus Vogt', null, 'Fachbereich 1 – Zentrale Dienste'],
  ['department_head', null, 'Claudia Brandt', null, 'Fachbereich 3 – Bürgerservice und Ordnung'],
  ['project_lead', 'Projektleitung E-Akte', 'Sabine Kurz', null, 'Personal und Organisation'],
  ['project_lead', 'Projektleitung Digitaler Wohngeldantrag', 'Nadine Schäfer', null, 'Wohngeldstelle'],
  ['steering_committee', 'Lenkungskreis Digitalisierung', 'Bürgermeisterin, Fachbereichsleitungen, CDO, CIO, Personalrat', null, null],
  ['council', 'Ausschuss für Digitalisierung', 'Rat der Stadt Musterstadt, 15 Mitglieder', null, null],
];

export function fillDemoEcosystem(core: Core, clock: DemoClock): void {
  const raw = core.raw();
  const fieldIds = new Map((raw.prepare('SELECT id, name FROM fields').all() as { id: string; name: string }[]).map((f) => [f.name, f.id]));
  const stakeholderIds = new Map((raw.prepare('SELECT id, name FROM stakeholders').all() as { id: string; name: string }[]).map((s) => [s.name, s.id]));
  const unitIds = new Map<string, string>();
  const actorIds = new Map<string, string>();
  const insertUnit = raw.prepare("INSERT INTO org_units (id, name, short_name, parent_id, kind, head, sort_order, origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'local', ?, ?)");
  const insertActor = raw.prepare("INSERT INTO actors (id, name, kind, sphere, description, contact, org_unit_id, stakeholder_id, origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'local', ?, ?)");
  const linkField = raw.prepare("INSERT INTO actor_fields (id, actor_id, field_id, origin, created_at, updated_at) VALUES (?, ?, ?, 'local', ?, ?)");
  const relate = raw.prepare("INSERT INTO actor_relations (id, from_id, to_id, kind, note, origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'local', ?, ?)");
  const assign = raw.prepare("INSERT INTO role_assignments (id, role, title, holder_name, actor_id, org_unit_id, sort_order, origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'local', ?, ?)");
  const addUnits = (units: DemoUnit[], parentId: string | null) => units.forEach((u, i) => {
    const id = clock.newId();
    const at = clock.now();
    unitIds.set(u.name, id);
    insertUnit.run(id, u.name, u.shortName, parentId, u.kind, u.head, (i + 1) * 10, at, at);
    addUnits(u.children ?? [], id);
  });
  raw.transaction(() => {
    addUnits(DEMO_ORG_UNITS, null);
    for (const a of DEMO_ACTORS) {
      const id = clock.newId();
      const at = clock.now();
      actorIds.set(a.name, id);
      insertActor.run(id, a.name, a.kind, a.sphere, a.description, a.contact, a.unit ? unitIds.get(a.unit) ?? null : null,
        a.stakeholder ? stakeholderIds.get(a.stakeholder) ?? null : null, at, at);
      for (const f of a.fields) {
        const fid = fieldIds.get(f);
        if (fid) linkField.run(clock.newId(), id, fid, at, at);
      }
    }
    for (const [from, kind, to, note] of DEMO_ACTOR_RELATIONS) {
      const at = clock.now();
      relate.run(clock.newId(), actorIds.get(from), actorIds.get(to), kind, note, at, at);
    }
    DEMO_ROLES.forEach(([role, title, holder, actor, unit], i) => {
      const at = clock.now();
      assign.run(clock.newId(), role, title, holder, actor ? actorIds.get(actor) ?? null : null, unit ? unitIds.get(unit) ?? null : null, (i + 1) * 10, at, at);
    });
  })();
}
