/**
 * The measures page's current view (columns, filters, sort, table or board,
 * the applied saved view), kept in sessionStorage: coming back from a measure
 * shows the same list, and a new session starts from the standard view. What
 * is read back goes through the API's config schema, so a stale entry cannot
 * break the page.
 */
import { useEffect, useState } from 'react';
import { viewConfig, type ViewConfig, type ViewFilters } from '../../../api/index.ts';
import { useDebounced } from '../../components/list-state.ts';

export type ViewMode = 'table' | 'board';

interface Remembered {
  config: ViewConfig;
  mode: ViewMode;
  viewId: string | null;
}

const KEY = 'cdo.portfolio.view';

export const standardConfig = (): ViewConfig => viewConfig.parse({});

function read(): Remembered {
  try {
    const stored = JSON.parse(window.sessionStorage.getItem(KEY) ?? 'null') as Partial<Remembered> | null;
    const config = viewConfig.safeParse(stored?.config ?? {});
    return {
      config: config.success ? config.data : standardConfig(),
      mode: stored?.mode === 'board' ? 'board' : 'table',
      viewId: typeof stored?.viewId === 'string' ? stored.viewId : null,
    };
  } catch {
    return { config: standardConfig(), mode: 'table', viewId: null };
  }
}

/**
 * Opens the measures list with these filters next time it mounts (a link from
 * elsewhere, e.g. an Übersicht tile, followed by the navigation itself).
 */
export function rememberFilters(filters: Partial<ViewFilters>): void {
  const standard = standardConfig();
  const config = viewConfig.parse({ ...standard, filters: { ...standard.filters, ...filters } });
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify({ config, mode: 'table', viewId: null } satisfies Remembered));
  } catch {
    // Without storage the list opens unfiltered.
  }
}

export function useRememberedView() {
  const [initial] = useState(read);
  const [config, setConfig] = useState<ViewConfig>(initial.config);
  const [mode, setMode] = useState<ViewMode>(initial.mode);
  const [viewId, setViewId] = useState<string | null>(initial.viewId);
  useEffect(() => {
    try {
      window.sessionStorage.setItem(KEY, JSON.stringify({ config, mode, viewId }));
    } catch {
      // Without storage the view is simply not remembered.
    }
  }, [config, mode, viewId]);
  const text = useDebounced(config.filters.text.trim(), 250);
  return { config, setConfig, mode, setMode, viewId, setViewId, text };
}
