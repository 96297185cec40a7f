/**
 * Three value propositions of the Musterstadt demo: Wohngeld applicants,
 * businesses registering a trade, and the administration's own staff. Each
 * lists tasks, problems and hoped-for benefits (most important first) and
 * our offers, relievers and creators with what they answer — deliberately
 * not everything, so the fit summary shows gaps. Linked to demo measures
 * (found by title) and, where the target group is one, to a demo stakeholder.
 * Written without undo steps (the demo is the starting point, not an edit).
 */
import { FIT_PAIRS, type OurKind, type TheirKind } from '../../api/index.ts';
import type { Core } from '../core.ts';
import type { DemoClock } from './demo-clock.ts';

/** One of our items and the texts of the target group's items it answers. */
type Answer = [text: string, answers: string[]];

interface DemoProposition {
  title: string;
  targetGroup: string;
  stakeholder: string | null;
  description: string;
  theirs: Record<TheirKind, string[]>;
  ours: Record<OurKind, Answer[]>;
  measures: string[];
}

export const DEMO_VALUE_PROPOSITIONS: DemoProposition[] = [
  {
    title: 'Wohngeld ohne Papierstapel',
    targetGroup: 'Wohngeld-Antragstellende',
    stakeholder: null,
    description: 'Rund 1.900 Haushalte in Musterstadt beziehen Wohngeld, viele davon Rentnerinnen, Rentner und Familien mit kleinem Einkommen.',
    theirs: {
      task: ['Wohngeld erstmals beantragen', 'Weiterleistungsantrag rechtzeitig stellen', 'Einkommens- und Mietnachweise zusammenstellen', 'Änderungen bei Einkommen oder Haushalt mitteilen'],
      problem: ['Bearbeitung dauert derzeit rund zwölf Wochen', 'Unklar, welche Nachweise verlangt werden', 'Rückfragen per Brief verzögern den Bescheid', 'Sprechzeiten passen nicht zur Arbeitszeit', 'Hemmschwelle, im Amt vorzusprechen'],
      benefit: ['Planungssicherheit bei der Miete', 'Wissen, wie weit der Antrag ist', 'Kein erneuter Gang ins Amt', 'Erklärungen in einfacher Sprache'],
    },
    ours: {
      offer: [
        ['Online-Antrag über das Bürgerportal mit Servicekonto', ['Wohngeld erstmals beantragen', 'Weiterleistungsantrag rechtzeitig stellen']],
        ['Telefonische Antragsberatung des Bürgerservice', ['Einkommens- und Mietnachweise zusammenstellen']],
        ['Wohngeldrechner zur unverbindlichen Vorabprüfung', []],
      ],
      reliever: [
        ['Checkliste der Nachweise je Haushaltssituation', ['Unklar, welche Nachweise verlangt werden']],
        ['Rückfragen und Antworten über das Postfach im Servicekonto', ['Rückfragen per Brief verzögern den Bescheid']],
        ['Antrag rund um die Uhr von zu Hause stellen', ['Sprechzeiten passen nicht zur Arbeitszeit', 'Hemmschwelle, im Amt vorzusprechen']],
      ],
      creator: [
        ['Statusanzeige „eingegangen – in Bearbeitung – Bescheid versandt“', ['Wissen, wie weit der Antrag ist']],
        ['Bescheid elektronisch ins Servicekonto-Postfach', ['Kein erneuter Gang ins Amt']],
      ],
    },
    measures: ['Digitaler Wohngeldantrag', 'Bürgerportal mit Servicekonto', 'Elektronische Bescheide ins Servicekonto-Postfach'],
  },
  {
    title: 'Gewerbe in einem Schritt anmelden',
    targetGroup: 'Gewerbetreibende (Gewerbeanmeldung)',
    stakeholder: 'Industrie- und Handelskammer',
    description: 'Jährlich rund 450 Gewerbeanmeldungen, Um- und Abmeldungen; viele Gründungen im Nebenerwerb und im Handwerk.',
    theirs: {
      task: ['Gewerbe anmelden, ummelden oder abmelden', 'Erlaubnisse und Genehmigungen einholen', 'Passende Gewerbefläche finden', 'An öffentlichen Ausschreibungen teilnehmen'],
      problem: ['Mehrere Behördengänge für eine Gründung', 'Dieselben Angaben für Finanzamt, Kammer und Berufsgenossenschaft', 'Unklare Zuständigkeiten zwischen Stadt, Kreis und Kammer', 'Lange Wartezeit auf die Gewerbebescheinigung'],
      benefit: ['Schnell startklar sein', 'Eine feste Ansprechperson', 'Überblick über freie Gewerbeflächen', 'Schnelles Internet am Standort'],
    },
    ours: {
      offer: [
        ['Gewerbeanmeldung online mit Unternehmenskonto', ['Gewerbe anmelden, ummelden oder abmelden']],
        ['Digitale Gewerbeflächenbörse', ['Passende Gewerbefläche finden']],
        ['E-Vergabeplattform für alle Ausschreibungen', ['An öffentlichen Ausschreibungen teilnehmen']],
      ],
      reliever: [
        ['Automatische Weiterleitung an Finanzamt und Kammer', ['Dieselben Angaben für Finanzamt, Kammer und Berufsgenossenschaft', 'Mehrere Behördengänge für eine Gründung']],
        ['Gewerbebescheinigung sofort als PDF', ['Lange Wartezeit auf die Gewerbebescheinigung']],
      ],
      creator: [
        ['Gründungslotsin der Wirtschaftsförderung', ['Eine feste Ansprechperson']],
        ['Freie Flächen mit Karte und Filtern auf einen Blick', ['Überblick über freie Gewerbeflächen']],
        ['Glasfaser im Gewerbegebiet Nord', ['Schnelles Internet am Standort']],
        ['Newsletter für Gründerinnen und Gründer', []],
      ],
    },
    measures: ['Gewerbeanmeldung online', 'Digitale Gewerbeflächenbörse', 'Glasfaserausbau Gewerbegebiet Nord', 'E-Vergabe für alle Ausschreibungen'],
  },
  {
    title: 'Digitaler Arbeitsplatz in der Verwaltung',
    targetGroup: 'Beschäftigte der Verwaltung (digitaler Arbeitsplatz)',
    stakeholder: 'Personalrat',
    description: 'Rund 620 Beschäftigte der Kernverwaltung, davon etwa 400 an Büroarbeitsplätzen.',
    theirs: {
      task: ['Akten und Vorgänge bearbeiten', 'Rechnungen prüfen und freigeben', 'Von zu Hause oder unterwegs arbeiten', 'Mit anderen Fachbereichen zusammenarbeiten'],
      problem: ['Suche nach Papierakten kostet Zeit', 'Medienbrüche zwischen Fachverfahren und Papier', 'Sorge vor Leistungskontrolle durch Software', 'Zu wenig Schulung für neue Programme', 'VPN-Verbindung bricht häufig ab'],
      benefit: ['Vorgänge von überall einsehen', 'Weniger Routinearbeit', 'Verlässliche, einfach zu bedienende Technik', 'Beruf und Familie besser vereinbaren'],
    },
    ours: {
      offer: [
        ['E-Akte mit Vorgangsbearbeitung', ['Akten und Vorgänge bearbeiten']],
        ['Digitaler Rechnungseingang (XRechnung) mit Freigabe', ['Rechnungen prüfen und freigeben']],
        ['Notebooks mit VPN für alle Büroarbeitsplätze', ['Von zu Hause oder unterwegs arbeiten']],
        ['Intranet-Wiki mit Anleitungen', []],
      ],
      reliever: [
        ['Volltextsuche in der E-Akte', ['Suche nach Papierakten kostet Zeit']],
        ['Schnittstellen zwischen E-Akte und Fachverfahren', ['Medienbrüche zwischen Fachverfahren und Papier']],
        ['Dienstvereinbarung: keine Auswertung von Leistung oder Verhalten', ['Sorge vor Leistungskontrolle durch Software']],
      ],
      creator: [
        ['Mobiler Zugriff auf die E-Akte', ['Vorgänge von überall einsehen']],
        ['Automatische Prüfung eingehender Rechnungen', ['Weniger Routinearbeit']],
        ['Mobiles Arbeiten nach Dienstvereinbarung', ['Beruf und Familie besser vereinbaren']],
      ],
    },
    measures: ['E-Akte in der Kernverwaltung', 'Mobiles Arbeiten: Notebooks und VPN', 'Rechnungseingang digital (XRechnung)'],
  },
];

export function fillDemoValuePropositions(core: Core, clock: DemoClock): void {
  const raw = core.raw();
  const measures = new Map((raw.prepare('SELECT id, title FROM measures').all() as { id: string; title: string }[]).map((m) => [m.title, m.id]));
  const stakeholders = new Map((raw.prepare('SELECT id, name FROM stakeholders').all() as { id: string; name: string }[]).map((s) => [s.name, s.id]));
  const insert = raw.prepare(`INSERT INTO value_propositions (id, title, target_group, stakeholder_id, description, item_text, origin, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, 'local', ?, ?)`);
  const item = raw.prepare("INSERT INTO value_items (id, proposition_id, kind, text, rank, origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'local', ?, ?)");
  const fit = raw.prepare("INSERT INTO value_fits (id, proposition_id, our_item_id, their_item_id, origin, created_at, updated_at) VALUES (?, ?, ?, ?, 'local', ?, ?)");
  const link = raw.prepare("INSERT INTO value_proposition_measures (id, proposition_id, measure_id, origin, created_at, updated_at) VALUES (?, ?, ?, 'local', ?, ?)");
  raw.transaction(() => {
    for (const p of DEMO_VALUE_PROPOSITIONS) {
      const id = clock.newId();
      const at = clock.now();
      const texts = [...Object.values(p.theirs).flat(), ...Object.values(p.ours).flat().map(([text]) => text)];
      insert.run(id, p.title, p.targetGroup, p.stakeholder ? stakeholders.get(p.stakeholder) ?? null : null, p.description, texts.join('\n'), at, at);
      const theirIds = new Map<string, string>();
      for (const [kind, list] of Object.entries(p.theirs)) {
        list.forEach((text, n) => {
          const itemId = clock.newId();
          theirIds.set(`${kind}\0${text}`, itemId);
          item.run(itemId, id, kind, text, n + 1, at, at);
        });
      }
      for (const [kind, list] of Object.entries(p.ours) as [OurKind, Answer[]][]) {
        list.forEach(([text, answers], n) => {
          const itemId = clock.newId();
          item.run(itemId, id, kind, text, n + 1, at, at);
          for (const answer of answers) {
            const theirId = theirIds.get(`${FIT_PAIRS[kind]}\0${answer}`);
            if (theirId) fit.run(clock.newId(), id, itemId, theirId, at, at);
          }
        });
      }
      for (const title of p.measures) {
        const measureId = measures.get(title);
        if (measureId) link.run(clock.newId(), id, measureId, at, at);
      }
    }
  })();
}
