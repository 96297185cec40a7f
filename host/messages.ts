/**
 * What the host and the CLI say themselves (the core's own messages live in
 * core/messages.ts), German first, English second. `{name}` placeholders are
 * filled from params.
 */
import type { Lang } from '../core/index.ts';

const de = {
  // HTTP host
  forbidden_host: 'Zugriff verweigert: Diese Adresse ist für das CDO-Cockpit nicht zugelassen.',
  forbidden_origin: 'Zugriff verweigert: Die Anfrage kommt nicht von der Oberfläche des CDO-Cockpits.',
  invalid_json: 'Die Anfrage enthält kein gültiges JSON.',
  body_too_large: 'Die Anfrage ist zu groß (höchstens {max} MB).',
  method_not_allowed: 'Diese Art der Anfrage ist hier nicht vorgesehen.',
  not_found: 'Diese Seite gibt es nicht.',
  renderer_missing: 'Die Oberfläche ist noch nicht gebaut. Bitte zuerst „npm run build“ ausführen.',
  // CLI
  unknown_command: 'Unbekannter Befehl „{command}“. Hilfe: cdo-cockpit --help',
  missing_command: 'Kein Befehl angegeben. Hilfe: cdo-cockpit --help',
  unknown_option: 'Unbekannte Option „{option}“. Hilfe: cdo-cockpit --help',
  option_not_for_command: 'Die Option „{option}“ gibt es beim Befehl „{command}“ nicht. Hilfe: cdo-cockpit --help',
  option_needs_value: 'Die Option „{option}“ braucht einen Wert.',
  option_no_value: 'Die Option „{option}“ nimmt keinen Wert.',
  missing_argument: 'Es fehlt: {what}. Aufruf: {usage}',
  too_many_arguments: 'Zu viele Angaben: „{extra}“. Aufruf: {usage}',
  missing_ags: 'Bitte den Amtlichen Gemeindeschlüssel mit --ags angeben. Aufruf: {usage}',
  bad_lang: 'Die Sprache „{lang}“ gibt es nicht; möglich sind de und en.',
  bad_port: 'Der Port „{port}“ ist ungültig; erlaubt sind ganze Zahlen von 0 bis 65535.',
  port_in_use: 'Der Port {port} ist bereits belegt. Bitte einen anderen wählen oder --port weglassen.',
  file_and_demo: 'Bitte entweder eine Datei oder --demo angeben, nicht beides.',
  file_exists: 'Die Datei „{file}“ gibt es bereits; sie wird nicht überschrieben.',
  folder_missing: 'Den Ordner „{dir}“ gibt es nicht.',
  restore_same_file: 'Sicherung und Ziel sind dieselbe Datei.',
  restore_target_refused: 'Die Datei „{file}“ ist kein Arbeitsbereich des CDO-Cockpits; sie wird nicht ersetzt.',
  build_missing: 'Das CDO-Cockpit ist nicht vollständig gebaut ({file} fehlt). Bitte zuerst „npm run build“ ausführen.',
  internal: 'Ein interner Fehler ist aufgetreten: {detail}',
  // CLI results
  created: 'Arbeitsbereich „{name}“ (AGS {ags}) angelegt: {file}',
  demo_created: 'Demo-Arbeitsbereich „{name}“ angelegt: {file}',
  backup_done: 'Sicherung geschrieben: {out} ({size})',
  restore_done: 'Wiederhergestellt: {file} aus {backup}.',
  restore_saved: 'Der bisherige Stand wurde vorher gesichert: {saved}',
  serve_running: 'CDO-Cockpit läuft im Browser-Modus: {url}',
  serve_hint: 'Die Adresse enthält den Zugangsschlüssel dieser Sitzung; bitte nicht weitergeben. Beenden mit Strg+C.',
  serve_workspace: 'Geöffnet: {name} ({file})',
  serve_stopped: 'CDO-Cockpit beendet.',
  // check report
  check_file: 'Datei',
  check_workspace: 'Arbeitsbereich',
  check_schema: 'Schema-Version',
  check_schema_value: '{version} (dieses Programm kennt {known})',
  check_app_id: 'Anwendungs-ID',
  check_quick: 'Schnellprüfung (quick_check)',
  check_integrity: 'Integritätsprüfung (integrity_check)',
  check_counts: 'Inhalt',
  check_counts_value: '{measures} Maßnahmen, {fields} Handlungsfelder, {changes} Änderungen im Verlauf',
  check_result: 'Ergebnis',
  check_healthy: 'in Ordnung',
  check_damaged: 'Der Arbeitsbereich „{file}“ ist beschädigt. Bitte aus einer Sicherung wiederherstellen (cdo-cockpit restore <sicherung> <datei>).',
  check_not_workspace: 'Die Datei „{file}“ ist eine SQLite-Datenbank, aber kein Arbeitsbereich des CDO-Cockpits.',
} as const;

export type HostMessageKey = keyof typeof de;

const en: Record<HostMessageKey, string> = {
  forbidden_host: 'Access denied: this address is not allowed for CDO-Cockpit.',
  forbidden_origin: 'Access denied: the request does not come from the CDO-Cockpit user interface.',
  invalid_json: 'The request does not contain valid JSON.',
  body_too_large: 'The request is too large (at most {max} MB).',
  method_not_allowed: 'This kind of request is not supported here.',
  not_found: 'This page does not exist.',
  renderer_missing: 'The user interface has not been built yet. Please run "npm run build" first.',
  unknown_command: 'Unknown command "{command}". Help: cdo-cockpit --help',
  missing_command: 'No command given. Help: cdo-cockpit --help',
  unknown_option: 'Unknown option "{option}". Help: cdo-cockpit --help',
  option_not_for_command: 'The command "{command}" has no option "{option}". Help: cdo-cockpit --help',
  option_needs_value: 'The option "{option}" needs a value.',
  option_no_value: 'The option "{option}" takes no value.',
  missing_argument: 'Missing: {what}. Usage: {usage}',
  too_many_arguments: 'Too many arguments: "{extra}". Usage: {usage}',
  missing_ags: 'Please give the official municipality key with --ags. Usage: {usage}',
  bad_lang: 'There is no language "{lang}"; use de or en.',
  bad_port: 'The port "{port}" is not valid; use a whole number from 0 to 65535.',
  port_in_use: 'Port {port} is already in use. Please choose another one or leave out --port.',
  file_and_demo: 'Please give either a file or --demo, not both.',
  file_exists: 'The file "{file}" already exists; it is not overwritten.',
  folder_missing: 'The folder "{dir}" does not exist.',
  restore_same_file: 'The backup and the target are the same file.',
  restore_target_refused: 'The file "{file}" is not a CDO-Cockpit workspace; it is not replaced.',
  build_missing: 'CDO-Cockpit is not completely built ({file} is missing). Please run "npm run build" first.',
  internal: 'An internal error occurred: {detail}',
  created: 'Workspace "{name}" (AGS {ags}) created: {file}',
  demo_created: 'Demo workspace "{name}" created: {file}',
  backup_done: 'Backup written: {out} ({size})',
  restore_done: 'Restored: {file} from {backup}.',
  restore_saved: 'The previous state was saved first: {saved}',
  serve_running: 'CDO-Cockpit is running in browser mode: {url}',
  serve_hint: 'The address contains this session\'s access key; do not share it. Stop with Ctrl+C.',
  serve_workspace: 'Opened: {name} ({file})',
  serve_stopped: 'CDO-Cockpit stopped.',
  check_file: 'File',
  check_workspace: 'Workspace',
  check_schema: 'Schema version',
  check_schema_value: '{version} (this program knows {known})',
  check_app_id: 'Application id',
  check_quick: 'Quick check (quick_check)',
  check_integrity: 'Integrity check (integrity_check)',
  check_counts: 'Content',
  check_counts_value: '{measures} measures, {fields} fields of action, {changes} changes in the history',
  check_result: 'Result',
  check_healthy: 'healthy',
  check_damaged: 'The workspace "{file}" is damaged. Please restore it from a backup (cdo-cockpit restore <backup> <file>).',
  check_not_workspace: 'The file "{file}" is an SQLite database but not a CDO-Cockpit workspace.',
};

const tables: Record<Lang, Record<HostMessageKey, string>> = { de, en };

export function hostMessage(lang: Lang, key: HostMessageKey, params: Record<string, unknown> = {}): string {
  return tables[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

export const asLang = (value: unknown): Lang | undefined => (value === 'de' || value === 'en' ? value : undefined);
