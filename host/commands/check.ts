import { hostMessage } from '../messages.ts';
import { CliError, EXIT, type CliContext, type CommandSpec } from './context.ts';
import { checkHead } from './command-heads.ts';
import { inspectWorkspace, leavingNoTrace, positionals, runInCore, withReadonly, type WorkspaceFacts } from './workspace-file.ts';

interface Report {
  name: string | null;
  ags: string | null;
  integrity: string[];
  measures: number;
  fields: number;
  changes: number;
}

function readReport(file: string): Report {
  return withReadonly(file, (raw) => {
    const count = (table: string) => (raw.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    const meta = raw.prepare('SELECT name, ags FROM workspace_meta LIMIT 1').get() as { name: string; ags: string } | undefined;
    const integrity = (raw.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
    return { name: meta?.name ?? null, ags: meta?.ags ?? null, integrity, measures: count('measures'), fields: count('fields'), changes: count('change_log') };
  });
}

function printReport(ctx: CliContext, file: string, facts: WorkspaceFacts, report: Report): void {
  const t = (key: Parameters<typeof hostMessage>[1], params?: Record<string, unknown>) => hostMessage(ctx.lang, key, params);
  const rows: [string, string][] = [
    [t('check_file'), file],
    [t('check_workspace'), report.name ? `${report.name} (AGS ${report.ags})` : '–'],
    [t('check_schema'), t('check_schema_value', { version: facts.schemaVersion, known: facts.knownVersion })],
    [t('check_app_id'), `0x${facts.applicationId.toString(16)} (CDO-Cockpit)`],
    [t('check_quick'), 'ok'],
    [t('check_integrity'), report.integrity.length === 1 && report.integrity[0] === 'ok' ? 'ok' : report.integrity.slice(0, 5).join('; ')],
    [t('check_counts'), t('check_counts_value', { measures: report.measures, fields: report.fields, changes: report.changes })],
  ];
  const width = Math.max(...rows.map(([label]) => label.length)) + 1;
  for (const [label, value] of rows) ctx.out(`${`${label}:`.padEnd(width + 1)}${value}`);
}

async function check(ctx: CliContext, file: string): Promise<number> {
  const damaged = () => new CliError(EXIT.internal, hostMessage(ctx.lang, 'check_damaged', { file }));
  let facts: WorkspaceFacts;
  try {
    facts = await inspectWorkspace(ctx, file);
  } catch (err) {
    if (err instanceof CliError && err.code === 'workspace_damaged') throw damaged();
    throw err;
  }
  const report = await runInCore(ctx, () => readReport(file));
  if (!report.ok) {
    if (report.error.code === 'workspace_damaged') throw damaged();
    throw CliError.fromApi(report.error);
  }
  printReport(ctx, file, facts, report.value);
  const healthy = report.value.integrity.length === 1 && report.value.integrity[0] === 'ok';
  if (!healthy) throw damaged();
  ctx.out(`${hostMessage(ctx.lang, 'check_result')}: ${hostMessage(ctx.lang, 'check_healthy')}`);
  return EXIT.ok;
}

/**
 * `check <file>`: schema version, application id, quick_check and
 * integrity_check, counts. Reads only. Exit 0 healthy, 1 damaged, 2 when the
 * file is not a (usable) workspace at all.
 */
export const checkCommand: CommandSpec = {
  ...checkHead,
  async run(ctx, args) {
    const [file] = positionals(ctx, this, args, { de: ['Datei'], en: ['file'] });
    return leavingNoTrace([file!], () => check(ctx, file!));
  },
};
