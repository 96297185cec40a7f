import { APP_VERSION } from '../../core/about/about.ts';
import type { Lang } from '../../core/messages.ts';

const HELP: Record<Lang, string> = {
  de: `CDO-Cockpit ${APP_VERSION} – Steuerungscockpit für die Digitalisierung einer Kommune

Aufruf: cdo-cockpit <befehl> [optionen]

Befehle:
  serve [datei] [--demo] [--port N] [--open]
                              Startet das Cockpit im Browser-Modus und zeigt die Adresse
                              (mit Zugangsschlüssel) an; --demo öffnet „Musterstadt“,
                              --open öffnet den Browser.
  create --ags <AGS> <datei>  Legt einen Arbeitsbereich für eine Kommune an
                              (Amtlicher Gemeindeschlüssel, z. B. 05770024 für Minden).
  demo <datei>                Legt den Demo-Arbeitsbereich „Musterstadt“ an.
  check <datei>               Prüft einen Arbeitsbereich: Schema-Version, Integrität, Inhalt.
  backup <datei> <ziel>       Schreibt eine Sicherung des Arbeitsbereichs.
  restore <sicherung> <datei> Stellt einen Arbeitsbereich aus einer Sicherung wieder her;
                              der bisherige Stand wird vorher gesichert.
  import-projects <tabelle.csv|xlsx|ods> --workspace <datei> [--yes]
                              Zeigt, wie eine Projektliste übernommen würde (Spalten,
                              erste Zeilen, Fehler je Zeile); schreibt nur mit --yes.
  export-portfolio --format xlsx|ods|csv --workspace <datei> --out <datei>
                              Schreibt die Maßnahmen als Tabelle (Excel, LibreOffice, CSV).
  export-agenda --workspace <datei> [--version N] --format docx|odt|pdf|html|md --out <datei>
                              Schreibt die Digitale Agenda als Dokument (Word, LibreOffice,
                              PDF, HTML, Markdown); ohne --version den aktuellen Arbeitsstand.
  import-pack <paket.cdopack> --workspace <datei> [--yes]
                              Zeigt, was ein Projektpaket einer anderen Kommune enthält
                              (Herkunft, Lizenz, Signatur, neu/geändert); importiert nur mit --yes.
  export-pack --workspace <datei> --out <paket.cdopack> [--sign]
                              Schreibt alle Maßnahmen als Projektpaket (ohne personenbezogene
                              Daten); --sign signiert es mit dem Schlüssel des Arbeitsbereichs.
  verify-pack <paket.cdopack> Prüft ein Projektpaket (Aufbau, Prüfsummen, Signatur), ohne es
                              zu importieren.

Optionen:
  --data-dir <ordner>  Ordner für die Liste der Arbeitsbereiche (sonst CDO_DATA_DIR
                       oder der Standardordner des Systems)
  --lang de|en         Sprache der Ausgaben (Standard: de)
  --help, -h           Diese Hilfe
  --version, -v        Versionsnummer

Exit-Codes: 0 Erfolg, 1 interner Fehler oder beschädigter Arbeitsbereich, 2 ungültige Eingabe.`,
  en: `CDO-Cockpit ${APP_VERSION} – steering cockpit for a municipality's digital transformation

Usage: cdo-cockpit <command> [options]

Commands:
  serve [file] [--demo] [--port N] [--open]
                              Starts the cockpit in browser mode and prints the address
                              (with access key); --demo opens "Musterstadt",
                              --open opens the browser.
  create --ags <AGS> <file>   Creates a workspace for a municipality
                              (official key, e.g. 05770024 for Minden).
  demo <file>                 Creates the demo workspace "Musterstadt".
  check <file>                Checks a workspace: schema version, integrity, content.
  backup <file> <out>         Writes a backup of the workspace.
  restore <backup> <file>     Restores a workspace from a backup;
                              the current state is saved first.
  import-projects <sheet.csv|xlsx|ods> --workspace <file> [--yes]
                              Shows how a project list would be imported (columns,
                              first rows, errors per row); writes only with --yes.
  export-portfolio --format xlsx|ods|csv --workspace <file> --out <file>
                              Writes the measures as a spreadsheet (Excel, LibreOffice, CSV).
  export-agenda --workspace <file> [--version N] --format docx|odt|pdf|html|md --out <file>
                              Writes the digital agenda as a document (Word, LibreOffice,
                              PDF, HTML, Markdown); without --version the current state.
  import-pack <pack.cdopack> --workspace <file> [--yes]
                              Shows what a project pack of another municipality contains
                              (origin, licence, signature, new/changed); imports only with --yes.
  export-pack --workspace <file> --out <pack.cdopack> [--sign]
                              Writes all measures as a project pack (no personal data);
                              --sign signs it with the workspace's key.
  verify-pack <pack.cdopack>  Checks a project pack (structure, checksums, signature)
                              without importing it.

Options:
  --data-dir <folder>  Folder of the workspace list (else CDO_DATA_DIR or the
                       system's default folder)
  --lang de|en         Language of the output (default: de)
  --help, -h           This help
  --version, -v        Version number

Exit codes: 0 success, 1 internal error or damaged workspace, 2 bad input.`,
};

export const helpText = (lang: Lang): string => HELP[lang];
export const versionText = (): string => `cdo-cockpit ${APP_VERSION}`;
