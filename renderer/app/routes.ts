/**
 * Hash routes without a router package: `#/portfolio/<id>` → ['portfolio', '<id>'].
 * A fragment that does not start with `#/` (a skip link, a token) is no route.
 */
import { startTransition, useEffect, useLayoutEffect, useRef, useState } from 'react';

export type ModuleId =
  | 'overview' | 'ecosystem' | 'analysis' | 'stakeholders' | 'value' | 'agenda'
  | 'portfolio' | 'peers' | 'funding' | 'backups' | 'about';

export interface ModuleDef {
  id: ModuleId;
  /** Built modules have their own view; the others show an honest empty state. */
  built: boolean;
  group: 'modules' | 'admin';
}

/** Every module of the mission, in the order of the sidebar. */
export const MODULES: readonly ModuleDef[] = [
  { id: 'overview', built: true, group: 'modules' },
  { id: 'ecosystem', built: true, group: 'modules' },
  { id: 'analysis', built: true, group: 'modules' },
  { id: 'stakeholders', built: true, group: 'modules' },
  { id: 'value', built: true, group: 'modules' },
  { id: 'agenda', built: true, group: 'modules' },
  { id: 'portfolio', built: true, group: 'modules' },
  { id: 'peers', built: true, group: 'modules' },
  { id: 'funding', built: true, group: 'modules' },
  { id: 'backups', built: true, group: 'admin' },
  { id: 'about', built: true, group: 'admin' },
];

export const DEFAULT_ROUTE: ModuleId = 'overview';

export function parseHash(hash: string): string[] {
  if (!hash.startsWith('#/')) return [];
  return hash
    .slice(2)
    .split('/')
    .filter(Boolean)
    .map((p) => {
      try {
        return decodeURIComponent(p);
      } catch {
        return p;
      }
    });
}

export function hrefOf(...parts: string[]): string {
  return `#/${parts.map(encodeURIComponent).join('/')}`;
}

export function navigate(...parts: string[]): void {
  window.location.hash = hrefOf(...parts);
}

/** The current route's parts; updates on `hashchange`. Keeps the last route for non-route fragments. */
export function useRoute(): string[] {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const onChange = () => {
      if (!window.location.hash.startsWith('#/') && window.location.hash !== '') return;
      // A transition: a view loaded for the first time (lazy-views.tsx) replaces the old one as soon as
      // its code is there. Shown as a fallback instead, React held it back for at least 300 ms.
      startTransition(() => setRoute(parseHash(window.location.hash)));
    };
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  // A new view starts at its top, like a new page. Set once React has put it in place: set in the
  // hashchange handler, it made Chromium lay out the old view once more (about 20 ms on the portfolio).
  const path = route.join('/');
  const shown = useRef(path);
  useLayoutEffect(() => {
    if (shown.current === path) return;
    shown.current = path;
    document.documentElement.scrollTop = 0;
  }, [path]);
  return route;
}
