/**
 * State of a filterable, sortable list page, remembered for the session so
 * that coming back from a record shows the same list.
 */
import { useEffect, useState } from 'react';

export function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setV(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return v;
}

/**
 * Makes the hook of one list page: filters and sort start from what the page
 * showed last time; `text` is the debounced text filter for the query.
 */
export function rememberedListState<F extends { text: string }, S>(initial: { filters: F; sort: S }) {
  let memory = initial;
  const remember = (next: { filters: F; sort: S }) => {
    memory = next;
  };
  return function useListState() {
    const [filters, setFilters] = useState<F>(memory.filters);
    const [sort, setSort] = useState<S>(memory.sort);
    useEffect(() => remember({ filters, sort }), [filters, sort]);
    const text = useDebounced(filters.text.trim(), 250);
    return { filters, setFilters, sort, setSort, text };
  };
}
