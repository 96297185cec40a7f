/**
 * Which automatic backups to keep: the 3 newest of today and the newest of each
 * of the 10 days before. Safety backups (manual, before a migration, restore or
 * import) are not rotated but kept for 30 days.
 */
export interface BackupStamp {
  id: string;
  createdAt: Date;
  reason: string;
}

export const ROTATED_REASONS = new Set(['open', 'auto']);
const DAY = 86_400_000;

const localDay = (d: Date) => `${d.getFullYear()}-${d.getMonth()}-${d.getDate()}`;
const dayIndex = (d: Date) => Math.floor(new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime() / DAY);

export function backupsToDelete(backups: BackupStamp[], now: Date): string[] {
  const today = dayIndex(now);
  const newestFirst = [...backups].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const keptPerDay = new Map<string, number>();
  const doomed: string[] = [];
  for (const b of newestFirst) {
    const age = today - dayIndex(b.createdAt);
    if (!ROTATED_REASONS.has(b.reason)) {
      if (age > 30) doomed.push(b.id);
      continue;
    }
    const day = localDay(b.createdAt);
    const kept = keptPerDay.get(day) ?? 0;
    const allowed = age <= 0 ? 3 : age <= 10 ? 1 : 0;
    if (kept < allowed) keptPerDay.set(day, kept + 1);
    else doomed.push(b.id);
  }
  return doomed;
}
