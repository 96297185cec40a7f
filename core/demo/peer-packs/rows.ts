import type { PeerStatus } from '../../../api/index.ts';

/** One demo project, compactly: title, field, status, start, end, budget, summary, results, lessons learned, tags, OZG ids. */
export type DemoProjectRow = [
  string, string, PeerStatus, string, string, number, string, string | null, string | null, string[], string[],
];
