import type { AppInfo } from '../../api/index.ts';
import { knownSchemaVersion, municipalities, SOURCES } from '../../db/index.ts';
import type { Core } from '../core.ts';

export const APP_VERSION = '0.1.0';

/** Version and the shipped data sources with their required attribution. */
export function appInfo(core: Core): AppInfo {
  const ozgRows = core.current
    ? (core.raw().prepare('SELECT count(*) AS n FROM ozg_services').get() as { n: number }).n
    : 557;
  return {
    version: APP_VERSION,
    schemaVersion: knownSchemaVersion(),
    dataSources: [
      { ...SOURCES.gemeinden, rows: municipalities().length },
      { ...SOURCES.ozg, rows: ozgRows },
    ],
  };
}
