/**
 * The core's user-facing messages in German (first) and English. Keys are
 * stable; `{name}` placeholders are filled from params.
 */
export type Lang = 'de' | 'en';

const de = {
  not_found: 'Der Eintrag wurde nicht gefunden. Vielleicht wurde er inzwischen gelöscht.',
  no_workspace: 'Es ist kein Arbeitsbereich geöffnet. Bitte öffnen oder erstellen Sie zuerst einen Arbeitsbereich.',
  unknown_method: 'Unbekannte Funktion „{method}“.',
  invalid_input: 'Die Eingaben sind nicht gültig. Bitte prüfen Sie die markierten Felder.',
  internal: 'Ein interner Fehler ist aufgetreten. Ihre Daten sind unverändert.',
  unauthorized: 'Zugriff verweigert: Das Sitzungstoken fehlt oder ist falsch.',
  ags_unknown: 'Zum Amtlichen Gemeindeschlüssel „{ags}“ gibt es keine Kommune in der Liste.',
  workspace_unknown: 'Dieser Arbeitsbereich ist nicht (mehr) bekannt.',
  file_exists: 'Die Datei „{file}“ gibt es bereits; sie wird nicht überschrieben.',
  field_name_taken: 'Ein Handlungsfeld „{name}“ gibt es bereits.',
  field_unknown: 'Das gewählte Handlungsfeld gibt es nicht (mehr).',
  nothing_to_undo: 'Es gibt nichts rückgängig zu machen.',
  nothing_to_redo: 'Es gibt nichts wiederherzustellen.',
  backup_unknown: 'Die Sicherung „{backup}“ gibt es nicht.',
  store_missing: 'Die Datei „{file}“ gibt es nicht.',
  store_not_sqlite: 'Die Datei „{file}“ ist keine Arbeitsbereichsdatei des CDO-Cockpits (keine SQLite-Datenbank). Sie wurde nicht verändert.',
  store_not_workspace: 'Die Datei „{file}“ ist eine SQLite-Datenbank, aber kein Arbeitsbereich des CDO-Cockpits. Sie wurde nicht verändert.',
  store_newer: 'Der Arbeitsbereich „{file}“ stammt aus einer neueren Version des CDO-Cockpits (Schema {fileVersion}, diese Version kennt {appVersion}). Bitte aktualisieren Sie das Programm. Die Datei wurde nicht verändert.',
  store_damaged: 'Der Arbeitsbereich „{file}“ ist beschädigt. Sie können ihn aus einer Sicherung wiederherstellen.',
  store_locked: 'Der Arbeitsbereich „{file}“ ist bereits in einem anderen Fenster oder Programm geöffnet.',
  store_read_only: 'Der Arbeitsbereich „{file}“ oder sein Ordner ist schreibgeschützt. Bitte speichern Sie ihn an einem Ort, an dem Sie schreiben dürfen.',
  date_format: 'Bitte ein Datum im Format JJJJ-MM-TT angeben.',
  date_invalid: 'Dieses Datum gibt es nicht.',
  end_before_start: 'Das Ende liegt vor dem Beginn.',
  ags_format: 'Der Amtliche Gemeindeschlüssel hat 8 Ziffern (Gemeinde) oder 5 Ziffern (Kreis).',
  // fact sheet
  measure_unknown: 'Diese Maßnahme gibt es nicht (mehr).',
  tag_separator: 'Ein Schlagwort darf kein Komma und kein Semikolon enthalten; diese Zeichen trennen die Schlagworte.',
  milestone_actual_not_done: 'Ein tatsächliches Datum gibt es erst, wenn der Meilenstein erreicht ist.',
  dependency_self: 'Eine Maßnahme kann nicht von sich selbst abhängen.',
  dependency_cycle: 'Diese Abhängigkeit würde einen Kreis bilden: {path}. Sie wurde nicht angelegt.',
  dependency_exists: '„{title}“ ist bereits als Voraussetzung eingetragen.',
  ozg_id_format: 'Eine OZG-ID besteht aus Ziffern, z. B. 10092.',
  ozg_unknown: 'Die OZG-Leistung „{ozgId}“ gibt es im Katalog nicht.',
  ozg_link_exists: 'Die OZG-Leistung „{name}“ ist mit dieser Maßnahme bereits verknüpft.',
  // ideas
  idea_reason_required: 'Bitte begründen Sie, warum die Idee abgelehnt oder zurückgestellt wird.',
  idea_already_adopted: 'Die Idee „{title}“ wurde bereits in die Maßnahme „{measure}“ übernommen.',
  idea_adopt_via_action: 'Eine Idee wird mit „In Maßnahme übernehmen“ übernommen; dabei entsteht die Maßnahme.',
  idea_adopted_locked: 'Diese Idee ist bereits in die Maßnahme „{measure}“ übernommen; ihr Status bleibt „übernommen“.',
  // portfolio views
  view_name_taken: 'Eine Ansicht „{name}“ gibt es bereits. Bitte wählen Sie einen anderen Namen.',
  view_limit: 'Es können höchstens {max} Ansichten gespeichert werden. Bitte löschen Sie zuerst eine.',
  // scoring
  weights_sum: 'Die Gewichte müssen zusammen genau 100 % ergeben; derzeit sind es {sum} %.',
  criterion_name_taken: 'Ein Kriterium „{name}“ gibt es in diesem Bewertungsmodell bereits.',
  criterion_unknown: 'Dieses Bewertungskriterium gibt es nicht (mehr).',
  criterion_in_use: 'Für „{name}“ gibt es schon {count} Bewertungen. Sie werden mit dem Kriterium gelöscht; bitte bestätigen Sie das.',
  criterion_last: 'Das letzte Kriterium kann nicht gelöscht werden: Das Bewertungsmodell braucht mindestens eines.',
  scale_below_scores: 'Es gibt schon Bewertungen bis {max} Punkte; die Skala kann deshalb nicht kleiner werden.',
  score_out_of_range: 'Die Bewertung muss eine ganze Zahl von 0 bis {max} sein.',
  score_duplicate: 'Dieses Kriterium ist mehrfach angegeben.',
  // funding
  programme_url_scheme: 'Bitte eine Internetadresse angeben, die mit https:// oder http:// beginnt.',
  programme_name_taken: 'Ein Förderprogramm „{name}“ gibt es im Katalog bereits.',
  programme_unknown: 'Dieses Förderprogramm gibt es nicht (mehr).',
  programme_in_use: 'Zu „{name}“ gibt es Förderanträge ({count}). Sie werden mit dem Programm gelöscht; bitte bestätigen Sie das.',
  application_approved_above_requested: 'Der bewilligte Betrag darf nicht höher sein als der beantragte.',
  application_decision_before_submission: 'Die Entscheidung kann nicht vor der Einreichung liegen.',
  import_too_large: 'Die Datei ist größer als 2 MB. Bitte teilen Sie sie auf.',
  import_too_many_rows: 'Die Datei hat {rows} Zeilen; höchstens {max} Zeilen können auf einmal eingelesen werden.',
  import_empty: 'Die Datei enthält keine Zeilen.',
  import_malformed: 'Die Datei ist keine lesbare CSV-Datei (Zeile {line}: {reason}).',
  import_missing_columns: 'Es fehlen Spalten, die der Katalog braucht: {columns}. Erwartet wird eine Kopfzeile wie „Name;Fördergeber;Förderquote;…“.',
  import_has_errors: 'Zeilen mit Fehlern: {count}. Korrigieren Sie die Datei oder lassen Sie die fehlerhaften Zeilen ausdrücklich überspringen.',
  import_cell_too_long: 'Der Wert ist länger als {max} Zeichen.',
  import_name_missing: 'Der Name fehlt.',
  import_name_duplicate: 'Dieser Name steht schon in Zeile {row}.',
  import_funder_unknown: 'Unbekannter Fördergeber „{value}“. Möglich sind: EU, Bund, Land, Stiftung, Sonstige.',
  import_percent: '„{value}“ ist kein Prozentwert zwischen 0 und 100.',
  import_date: '„{value}“ ist kein Datum. Bitte TT.MM.JJJJ oder JJJJ-MM-TT verwenden.',
  import_url: '„{value}“ ist keine Internetadresse mit https:// oder http://.',
  // status reports
  status_date_future: 'Ein Statusbericht kann nicht für einen Tag in der Zukunft abgegeben werden.',
  // finance
  financing_sum_short: 'Die Finanzierung ergibt {fundedDe}, die geplanten Kosten betragen {plannedDe}. Es fehlen {gapDe}.',
  financing_sum_over: 'Die Finanzierung ergibt {fundedDe}, die geplanten Kosten betragen {plannedDe}. Das sind {gapDe} zu viel.',
  financing_no_costs: 'Für diese Maßnahme sind noch keine Kosten geplant (weder Kostenpositionen noch ein Budget). Bitte erfassen Sie zuerst die Kosten.',
  financing_programme_unknown: 'Das gewählte Förderprogramm gibt es nicht (mehr).',
  financing_programme_not_funding: 'Ein Förderprogramm lässt sich nur bei der Quelle „Fördermittel“ angeben.',
  // charts
  year_range: 'Das Endjahr liegt vor dem Anfangsjahr.',
} as const;

export type MessageKey = keyof typeof de;

const en: Record<MessageKey, string> = {
  not_found: 'The record was not found. It may have been deleted in the meantime.',
  no_workspace: 'No workspace is open. Please open or create a workspace first.',
  unknown_method: 'Unknown function "{method}".',
  invalid_input: 'The input is not valid. Please check the marked fields.',
  internal: 'An internal error occurred. Your data is unchanged.',
  unauthorized: 'Access denied: the session token is missing or wrong.',
  ags_unknown: 'There is no municipality with the official key (AGS) "{ags}" in the list.',
  workspace_unknown: 'This workspace is not known (any more).',
  file_exists: 'The file "{file}" already exists; it is not overwritten.',
  field_name_taken: 'A field of action "{name}" already exists.',
  field_unknown: 'The chosen field of action does not exist (any more).',
  nothing_to_undo: 'There is nothing to undo.',
  nothing_to_redo: 'There is nothing to redo.',
  backup_unknown: 'The backup "{backup}" does not exist.',
  store_missing: 'The file "{file}" does not exist.',
  store_not_sqlite: 'The file "{file}" is not a CDO-Cockpit workspace (not an SQLite database). It was not changed.',
  store_not_workspace: 'The file "{file}" is an SQLite database but not a CDO-Cockpit workspace. It was not changed.',
  store_newer: 'The workspace "{file}" was written by a newer CDO-Cockpit (schema {fileVersion}, this version knows {appVersion}). Please update the program. The file was not changed.',
  store_damaged: 'The workspace "{file}" is damaged. You can restore it from a backup.',
  store_locked: 'The workspace "{file}" is already open in another window or program.',
  store_read_only: 'The workspace "{file}" or its folder is read-only. Please keep it where you may write.',
  date_format: 'Please enter a date as YYYY-MM-DD.',
  date_invalid: 'This date does not exist.',
  end_before_start: 'The end is before the start.',
  ags_format: 'The official municipality key has 8 digits (Gemeinde) or 5 digits (Kreis).',
  // fact sheet
  measure_unknown: 'This measure does not exist (any more).',
  tag_separator: 'A tag must not contain a comma or a semicolon; these characters separate the tags.',
  milestone_actual_not_done: 'An actual date exists only once the milestone has been reached.',
  dependency_self: 'A measure cannot depend on itself.',
  dependency_cycle: 'This dependency would create a cycle: {path}. It was not added.',
  dependency_exists: '"{title}" is already listed as a prerequisite.',
  ozg_id_format: 'An OZG id consists of digits, e.g. 10092.',
  ozg_unknown: 'There is no OZG service "{ozgId}" in the catalogue.',
  ozg_link_exists: 'The OZG service "{name}" is already linked to this measure.',
  // ideas
  idea_reason_required: 'Please give a reason why the idea is rejected or deferred.',
  idea_already_adopted: 'The idea "{title}" has already been adopted as the measure "{measure}".',
  idea_adopt_via_action: 'An idea is adopted with "Adopt as measure"; that creates the measure.',
  idea_adopted_locked: 'This idea has already been adopted as the measure "{measure}"; its status stays "adopted".',
  // portfolio views
  view_name_taken: 'A view "{name}" already exists. Please choose another name.',
  view_limit: 'At most {max} views can be saved. Please delete one first.',
  // scoring
  weights_sum: 'The weights must add up to exactly 100 %; they are {sum} % now.',
  criterion_name_taken: 'There already is a criterion "{name}" in this scoring model.',
  criterion_unknown: 'This scoring criterion does not exist (any more).',
  criterion_in_use: '"{name}" already has {count} scores. They are deleted with the criterion; please confirm.',
  criterion_last: 'The last criterion cannot be deleted: the scoring model needs at least one.',
  scale_below_scores: 'There are scores up to {max} points already, so the scale cannot get smaller.',
  score_out_of_range: 'The score must be a whole number from 0 to {max}.',
  score_duplicate: 'This criterion is given more than once.',
  // status reports
  status_date_future: 'A status report cannot be filed for a day in the future.',
  // funding
  programme_url_scheme: 'Please enter a web address starting with https:// or http://.',
  programme_name_taken: 'The catalogue already has a funding programme "{name}".',
  programme_unknown: 'This funding programme does not exist (any more).',
  programme_in_use: '"{name}" has funding applications ({count}). They are deleted with the programme; please confirm.',
  application_approved_above_requested: 'The approved amount cannot be higher than the amount requested.',
  application_decision_before_submission: 'The decision cannot be dated before the submission.',
  import_too_large: 'The file is larger than 2 MB. Please split it.',
  import_too_many_rows: 'The file has {rows} rows; at most {max} rows can be read at once.',
  import_empty: 'The file contains no rows.',
  import_malformed: 'The file is not a readable CSV file (line {line}: {reason}).',
  import_missing_columns: 'Columns the catalogue needs are missing: {columns}. A header such as "Name;Funder;Max quota;…" is expected.',
  import_has_errors: 'Rows with errors: {count}. Correct the file or explicitly choose to skip the faulty rows.',
  import_cell_too_long: 'The value is longer than {max} characters.',
  import_name_missing: 'The name is missing.',
  import_name_duplicate: 'This name is already in row {row}.',
  import_funder_unknown: 'Unknown funder "{value}". Possible: EU, Bund (federal), Land (state), foundation, other.',
  import_percent: '"{value}" is not a percentage between 0 and 100.',
  import_date: '"{value}" is not a date. Please use DD.MM.YYYY or YYYY-MM-DD.',
  import_url: '"{value}" is not a web address with https:// or http://.',
  // finance
  financing_sum_short: 'The financing adds up to {fundedEn}, the planned costs are {plannedEn}. {gapEn} are missing.',
  financing_sum_over: 'The financing adds up to {fundedEn}, the planned costs are {plannedEn}. That is {gapEn} too much.',
  financing_no_costs: 'No costs are planned for this measure yet (neither cost items nor a budget). Please enter the costs first.',
  financing_programme_unknown: 'The chosen funding programme does not exist (any more).',
  financing_programme_not_funding: 'A funding programme can only be given for the source "funding".',
  // charts
  year_range: 'The last year is before the first year.',
};

const tables: Record<Lang, Record<MessageKey, string>> = { de, en };

export const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(de, key);

export function message(lang: Lang, key: MessageKey, params: Record<string, unknown> = {}): string {
  return tables[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}
