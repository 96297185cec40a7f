/**
 * Status reports of the Musterstadt demo: two or three per running measure
 * over 2025 (up to the demo's base day, 2026-01-15, moved with its calendar), some yellow and red, a few
 * where the owner overrode the system's proposal. Two running measures are
 * left without a current report (WLAN: last one in June; Bibliothek: none).
 * Written without undo steps.
 */
import { STATUS_DIMENSIONS, worstLight, type Light, type ProposedLight, type StatusLights, type StatusProposal } from '../../api/index.ts';
import type { DemoClock } from './demo-clock.ts';
import type { Core } from '../core.ts';

const L: Record<string, Light> = { g: 'green', y: 'yellow', r: 'red', x: 'grey' };

interface DemoReport {
  on: string;
  /** schedule, cost, scope, resources, impact as g/y/r/x. */
  lights: string;
  overall?: Light;
  achievements: string;
  nextSteps: string;
  risks?: string;
  decisions?: string;
  /** What the system said about the schedule, when it was not "on track". */
  schedule?: ProposedLight;
  /** The system's cost light when the owner judged differently. */
  cost?: Light;
}

const overdue = (title: string, days: number): ProposedLight =>
  ({ light: days > 30 ? 'red' : 'yellow', reason: { key: days > 30 ? 'milestone_overdue_long' : 'milestone_overdue', params: { title, days, count: 1 } } });

const REPORTS: Record<string, DemoReport[]> = {
  'Digitaler Wohngeldantrag': [
    { on: '2025-06-30', lights: 'ggggx', achievements: 'EfA-Dienst des Landes beauftragt, Datenschutz-Folgenabschätzung abgeschlossen.', nextSteps: 'Testumgebung einrichten, Antragsstrecke mit der Wohngeldstelle durchspielen.' },
    { on: '2025-09-30', lights: 'gggyx', achievements: 'Testumgebung steht; erste Testanträge erfolgreich übermittelt.', nextSteps: 'Test mit der Wohngeldstelle im November, Schulung der Sachbearbeitung.', risks: 'Zwei Stellen in der Wohngeldstelle sind unbesetzt; Tests binden zusätzlich Zeit.' },
    {
      on: '2025-12-12', lights: 'yggyx', achievements: 'Test mit der Wohngeldstelle abgeschlossen (Abnahme am 05.12.).', nextSteps: 'Schnittstelle zum Fachverfahren bis Ende Februar fertigstellen.',
      risks: 'Der Fachverfahrenshersteller hat die Schnittstelle erst für März zugesagt – der Meilenstein im Februar ist gefährdet.',
      decisions: 'Soll der Go-live ohne Schnittstelle (mit manueller Übernahme) starten, falls sie sich weiter verzögert?',
    },
  ],
  'Bürgerportal mit Servicekonto': [
    { on: '2025-04-15', lights: 'ggggg', achievements: '42 Online-Dienste im Portal, Anmeldung mit BundID für alle Dienste.', nextSteps: 'Barrierefreiheitstest durch externe Prüfstelle.' },
    { on: '2025-11-06', lights: 'gggyy', achievements: 'BITV-Test bestanden, neue Startseite mit Lebenslagen.', nextSteps: 'Portal auf Plakaten und in der Stadtzeitung bewerben.', risks: 'Nur 18 % der Anträge kommen online – deutlich weniger als geplant (35 %).' },
  ],
  'E-Akte in der Kernverwaltung': [
    { on: '2025-03-31', lights: 'ggggx', achievements: 'Personalamt arbeitet vollständig mit der E-Akte, Scanstelle eingerichtet.', nextSteps: 'Rollout im Ordnungsamt bis Ende Juni.' },
    {
      on: '2025-08-29', lights: 'rgyrx', schedule: overdue('Rollout Ordnungsamt', 60),
      achievements: 'Aktenplan des Ordnungsamts überarbeitet, Schulungen zur Hälfte durchgeführt.', nextSteps: 'Rollout Ordnungsamt im Oktober nachholen.',
      risks: 'Die Projektkoordination ist seit Juni nur zur Hälfte besetzt.', decisions: 'Befristete Verstärkung der Projektkoordination (0,5 Stelle) für 12 Monate.',
    },
    {
      on: '2025-12-19', lights: 'ryyrx', schedule: overdue('Rollout Ordnungsamt', 172),
      achievements: 'Ordnungsamt zu 70 % umgestellt; Schnittstelle zum Fachverfahren Gewerbe läuft.', nextSteps: 'Restliche Sachgebiete bis März; Planung Bauordnungsamt.',
      risks: 'Zusätzliche Lizenzen für Scan-Arbeitsplätze erhöhen die Kosten um etwa 8 %.', decisions: 'Stelle Projektkoordination (E 11) im Stellenplan 2026 verankern.',
    },
  ],
  'Mobiles Arbeiten: Notebooks und VPN': [
    { on: '2025-05-20', lights: 'ggggg', achievements: 'Alle 400 Arbeitsplätze ausgestattet; Nutzung der Videokonferenz stabil.', nextSteps: 'Austausch der ersten Notebook-Generation planen.' },
    { on: '2025-11-14', lights: 'gyggg', achievements: 'Neuer VPN-Client ausgerollt, Störungen um die Hälfte gesunken.', nextSteps: 'Ausschreibung Ersatzbeschaffung 2026.', risks: 'Lizenzkosten der Videokonferenz steigen ab 2026 um 12 %.' },
  ],
  'Glasfaserausbau Gewerbegebiet Nord': [
    { on: '2025-07-31', lights: 'ggggx', achievements: 'Förderbescheid erhalten, Bauunternehmen beauftragt.', nextSteps: 'Baubeginn am 1. September.' },
    {
      on: '2025-09-12', lights: 'yggyx', schedule: overdue('Baubeginn', 11),
      achievements: 'Genehmigungen für die Trasse liegen vor.', nextSteps: 'Baubeginn am 15. September.', risks: 'Tiefbaukapazitäten in der Region knapp.',
    },
    {
      on: '2026-01-09', lights: 'rygyx', cost: 'green',
      achievements: '62 von 180 Betrieben angeschlossen.', nextSteps: 'Bauabschnitt 2 nach der Frostperiode.',
      risks: 'Frostpause und ein Leitungsfund verschieben die „Hälfte der Anschlüsse“ voraussichtlich um drei Monate.',
      decisions: 'Verlängerung des Bewilligungszeitraums beim Fördermittelgeber beantragen.',
    },
  ],
  'Öffentliches WLAN in der Innenstadt': [
    { on: '2025-02-28', lights: 'ggggg', achievements: 'Alle 24 Standorte in Betrieb, 3.100 Nutzungen am Tag.', nextSteps: 'Standorte am Busbahnhof prüfen.' },
    { on: '2025-06-30', lights: 'gggyg', achievements: 'Zwei Access Points am Marktplatz getauscht.', nextSteps: 'Wartungsvertrag neu ausschreiben.', risks: 'Betreuung hängt an einer Person im Stadtmarketing.' },
  ],
  'Digitale Schulverwaltung und Lernplattform': [
    { on: '2025-04-30', lights: 'ggggg', achievements: 'Tablets an allen 12 Schulen ausgeliefert.', nextSteps: 'Lernplattform bis zum Schuljahresbeginn an allen Schulen.' },
    { on: '2025-09-15', lights: 'ggggg', achievements: 'Lernplattform an allen Schulen im Einsatz, 4.800 aktive Konten.', nextSteps: 'Support-Konzept mit dem Medienzentrum abstimmen.' },
    {
      on: '2025-12-05', lights: 'gyyyg', achievements: 'Fortbildungsreihe für Lehrkräfte gestartet (180 Teilnehmende).', nextSteps: 'Support-Vertrag bis Juli 2026 verlängern.',
      risks: 'Der 2nd-Level-Support ist überlastet; Reparaturen dauern bis zu drei Wochen.', decisions: 'Budget für einen zusätzlichen IT-Techniker im Schulamt.',
    },
  ],
  'Digitale Fahrgastinformation im Busverkehr': [
    { on: '2025-05-15', lights: 'ggggg', achievements: '35 Anzeiger an den wichtigsten Haltestellen in Betrieb.', nextSteps: 'Echtzeitdaten in die Stadt-App einbinden.' },
    { on: '2025-11-20', lights: 'ggygy', achievements: 'Echtzeitdaten in der Stadt-App sichtbar.', nextSteps: 'Datenqualität mit dem Verkehrsunternehmen verbessern.', risks: 'Bei 15 % der Fahrten fehlen Echtzeitdaten; Beschwerden nehmen zu.' },
  ],
  'Energiemonitoring kommunaler Gebäude': [
    { on: '2025-06-13', lights: 'ggggx', achievements: 'Messkonzept für 60 Liegenschaften abgestimmt.', nextSteps: 'Zähler in den ersten 30 Liegenschaften.' },
    { on: '2025-10-10', lights: 'yggyx', schedule: overdue('Zähler in 30 Liegenschaften', 10), achievements: '24 von 30 Liegenschaften mit Zählern ausgestattet.', nextSteps: 'Restliche Zähler bis Mitte Oktober.', risks: 'Lieferengpass bei Funkzählern.' },
    { on: '2026-01-09', lights: 'yggyg', schedule: overdue('Erster Quartalsbericht', 9), achievements: '30 Liegenschaften liefern Daten; erste Einsparungen in zwei Schulen sichtbar.', nextSteps: 'Ersten Quartalsbericht im Januar vorlegen.' },
  ],
  'Mängelmelder für Bürgerinnen und Bürger': [
    { on: '2025-03-14', lights: 'ggggg', achievements: '1.250 Meldungen im ersten Quartal, 80 % in fünf Tagen erledigt.', nextSteps: 'Kategorie „Spielplätze“ ergänzen.' },
    { on: '2025-11-07', lights: 'ggggg', achievements: 'Kategorie „Spielplätze“ in Betrieb; Rückmeldung an Meldende automatisiert.', nextSteps: 'Auswertung für den Bauausschuss.' },
  ],
  'Informationssicherheitsmanagement (ISMS)': [
    { on: '2025-06-13', lights: 'yggyx', schedule: overdue('Strukturanalyse', 13), achievements: 'Leitlinie zur Informationssicherheit vom Rat beschlossen.', nextSteps: 'Strukturanalyse abschließen.', risks: 'Informationssicherheitsbeauftragter nur mit 20 % der Arbeitszeit.' },
    {
      on: '2025-11-28', lights: 'yggrx',
      achievements: 'Strukturanalyse und Schutzbedarfsfeststellung abgeschlossen.', nextSteps: 'Notfallhandbuch erstellen.',
      risks: 'Das Notfallhandbuch wird bis Jahresende nicht fertig; der ISB ist durch Tagesgeschäft gebunden.',
      decisions: 'Externe Unterstützung für den ISB (rund 25 Beratertage) beauftragen.',
    },
  ],
  'Schulnetz: WLAN und Glasfaser an allen Schulen': [
    { on: '2025-07-31', lights: 'ggggx', achievements: 'Ausschreibung für die Verkabelung von acht Schulen vergeben.', nextSteps: 'Bauarbeiten in den Sommerferien beginnen.' },
    { on: '2025-12-12', lights: 'yyggx', schedule: overdue('Verkabelung Grundschulen', 21), achievements: 'Fünf von acht Schulen verkabelt, WLAN in allen Klassenräumen der Gesamtschule.', nextSteps: 'Restliche Schulen bis zu den Osterferien.', risks: 'Brandschutzauflagen verteuern die Kabelwege in zwei Altbauten.' },
  ],
  'Personalgewinnung: Online-Bewerbungsportal': [
    { on: '2025-10-17', lights: 'ggggg', achievements: 'Bewerbungsportal in Betrieb, 62 % aller Bewerbungen kommen online.', nextSteps: 'Anbindung an das Personalverwaltungssystem.' },
    { on: '2026-01-09', lights: 'ggggg', achievements: 'Schnittstelle zum Personalverwaltungssystem abgenommen.', nextSteps: 'Auswertung der Besetzungsdauer für den Personalausschuss.', risks: 'Zwei Fachbereiche nutzen das Portal noch nicht.' },
  ],
  'Rechnungseingang digital (XRechnung)': [
    { on: '2025-09-26', lights: 'ggygx', achievements: 'XRechnung-Empfang über das Landesportal eingerichtet.', nextSteps: 'Digitaler Freigabeworkflow in der Kämmerei.' },
    {
      on: '2026-01-12', lights: 'rygyx', schedule: overdue('Freigabeworkflow Kämmerei', 43),
      achievements: 'Rund 40 % der Rechnungen kommen als XRechnung.', nextSteps: 'Freigabeworkflow bis Ende März, Schulung der Anordnungsbefugten.',
      risks: 'Der Hersteller des Finanzverfahrens liefert das Workflow-Modul später als zugesagt.',
      decisions: 'Übergangslösung mit PDF-Freigabe bis zur Auslieferung zulassen.',
    },
  ],
  'E-Vergabe für alle Ausschreibungen': [
    { on: '2025-05-09', lights: 'ggggg', achievements: 'Alle Fachbereiche schreiben über die Vergabeplattform aus.', nextSteps: 'Vergabeakte elektronisch führen.' },
    { on: '2025-11-07', lights: 'ggggg', achievements: '94 % der Angebote gehen elektronisch ein; Vergabeakte in der E-Akte.', nextSteps: 'Schulung kleiner Bieter aus der Region.', risks: 'Kleine Handwerksbetriebe bieten seltener mit.' },
  ],
  'Smarte Straßenbeleuchtung': [
    { on: '2025-10-03', lights: 'ggggx', achievements: 'Auftrag für die ersten 900 Leuchten vergeben, Steuerungsplattform ausgewählt.', nextSteps: 'Umrüstung in der Nordstadt ab November.' },
    { on: '2026-01-09', lights: 'ggggx', achievements: '420 Leuchten umgerüstet; Störungen melden sich selbst.', nextSteps: 'Zweites Baulos ausschreiben.', risks: 'Lieferzeiten für Leuchtenköpfe liegen bei zwölf Wochen.' },
  ],
  'Friedhofsverwaltung digital': [
    { on: '2025-04-25', lights: 'ggggg', achievements: 'Grabstellen aller drei Friedhöfe digital erfasst.', nextSteps: 'Online-Anfragen für Bestatter freischalten.' },
    { on: '2025-11-21', lights: 'ggggg', achievements: 'Bestatter stellen Anfragen online.', nextSteps: 'Gebührenbescheide elektronisch versenden.', risks: 'Nur vier von neun Bestattern nutzen das Angebot bisher.' },
  ],
  'Digitaler Bauantrag': [
    { on: '2025-08-22', lights: 'ggggx', achievements: 'Anbindung an das Antragsportal getestet.', nextSteps: 'Go-live der Antragsstrecke im Oktober.' },
    {
      on: '2025-12-17', lights: 'grggy', overall: 'yellow',
      achievements: 'Seit November 46 Bauanträge digital eingegangen.', nextSteps: 'Bearbeitung in der E-Akte bis März.',
      risks: 'Das Modul für die Beteiligung der Fachstellen kostet 28.000 € mehr als geplant.',
      decisions: 'Mehrkosten aus den Fördermitteln „Digitale Modellregion“ decken (Bescheid liegt vor) – deshalb insgesamt Gelb.',
    },
  ],
};

const COST_FACTOR: Record<Light, number> = { green: 0.94, yellow: 1.06, red: 1.18, grey: 1 };

function costProposal(light: Light, budget: number | null): ProposedLight {
  if (light === 'grey' || !budget) return { light: 'grey', reason: { key: 'cost_none', params: {} } };
  const plan = Math.round(budget * 0.4);
  const actual = Math.round(plan * COST_FACTOR[light]);
  const params = { plan, actual, percent: Math.round(((actual - plan) / plan) * 1000) / 10 };
  return { light, reason: { key: light === 'red' ? 'cost_over_long' : light === 'yellow' ? 'cost_over' : 'cost_on_plan', params } };
}

function proposalOf(r: DemoReport, filed: StatusLights, budget: number | null): StatusProposal {
  const judgement: ProposedLight = { light: 'grey', reason: { key: 'needs_judgement', params: {} } };
  const lights = {
    schedule: r.schedule ?? { light: 'green', reason: { key: 'schedule_on_track', params: {} } },
    cost: costProposal(r.cost ?? filed.cost, budget),
    scope: judgement, resources: judgement, impact: judgement,
  } satisfies StatusProposal['lights'];
  return { asOf: r.on, overall: worstLight(STATUS_DIMENSIONS.map((d) => lights[d].light)), lights };
}

export function fillDemoStatus(core: Core, clock: DemoClock): void {
  const raw = core.raw();
  const measures = new Map((raw.prepare('SELECT id, title, budget FROM measures').all() as { id: string; title: string; budget: number | null }[]).map((m) => [m.title, m]));
  const insert = raw.prepare(
    `INSERT INTO status_reports (id, measure_id, reported_on, overall, schedule, cost, scope, resources, impact,
       achievements, next_steps, risks, decisions_needed, proposed, origin, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'local', ?, ?)`,
  );
  raw.transaction(() => {
    for (const [title, reports] of Object.entries(REPORTS)) {
      const m = measures.get(title);
      if (!m) continue;
      for (const r of reports) {
        const [schedule, cost, scope, resources, impact] = [...r.lights].map((c) => L[c] ?? 'grey') as Light[];
        const filed: StatusLights = { schedule: schedule!, cost: cost!, scope: scope!, resources: resources!, impact: impact! };
        const overall = r.overall ?? worstLight(STATUS_DIMENSIONS.map((d) => filed[d]));
        const on = clock.date(r.on);
        const at = `${on}T15:00:00.000Z`;
        clock.now();
        insert.run(clock.newId(), m.id, on, overall, filed.schedule, filed.cost, filed.scope, filed.resources, filed.impact,
          r.achievements, r.nextSteps, r.risks ?? null, r.decisions ?? null, JSON.stringify(proposalOf({ ...r, on }, filed, m.budget)), at, at);
      }
    }
  })();
}
