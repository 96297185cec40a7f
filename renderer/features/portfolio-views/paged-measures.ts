/**
 * The measures of the table, fetched a page at a time: the first page comes
 * with the total (the count and the empty state need nothing more), further
 * pages when the virtualised table scrolls to them. Sorting 10,000 measures
 * then moves one page over the wire instead of all of them.
 */
import { useCallback, useRef, useState } from 'react';
import type { ApiClient, Measure } from '../../../api/index.ts';
import { useApi, useDataVersion, useLoad } from '../../api/index.ts';

export const PAGE_SIZE = 200;

export type ListQuery = Omit<Parameters<ApiClient['listMeasures']>[0], 'limit' | 'offset'>;

export function usePagedMeasures(query: ListQuery) {
  const api = useApi();
  const { version } = useDataVersion();
  const key = JSON.stringify([query, version]);
  const first = useLoad((a) => a.listMeasures({ ...query, limit: PAGE_SIZE, offset: 0 }), [key]);
  const [pages, setPages] = useState<{ key: string; map: ReadonlyMap<number, Measure[]> }>({ key, map: new Map() });
  const inflight = useRef(new Set<string>());
  const map = pages.key === key ? pages.map : null;

  const rowAt = (i: number): Measure | undefined => {
    if (i < PAGE_SIZE) return first.data?.rows[i];
    const p = Math.floor(i / PAGE_SIZE);
    return map?.get(p)?.[i - p * PAGE_SIZE];
  };

  /** Makes sure rows from..to (inclusive) are loaded or on their way. */
  const need = useCallback(
    (from: number, to: number) => {
      for (let p = Math.max(1, Math.floor(from / PAGE_SIZE)); p <= Math.floor(to / PAGE_SIZE); p++) {
        const id = `${key}|${p}`;
        if (map?.has(p) || inflight.current.has(id)) continue;
        inflight.current.add(id);
        void api.listMeasures({ ...query, limit: PAGE_SIZE, offset: p * PAGE_SIZE }).then((r) => {
          inflight.current.delete(id);
          if (!r.ok) return;
          setPages((prev) => {
            const next = new Map(prev.key === key ? prev.map : []);
            next.set(p, r.value.rows);
            return { key, map: next };
          });
        });
      }
    },
    [api, key, map, query],
  );

  return { first, total: first.data?.total ?? 0, rowAt, need };
}
