/**
 * Long work (import, export, backup) reports `progress` events; while a task
 * runs, a KERN progress bar says what is happening and how far it is.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgressEvent } from '../../api/index.ts';
import { useCockpitEvent } from '../api/index.ts';
import { currentLang, formatNumber } from '../i18n/index.ts';

export function ProgressRegion() {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const [tasks, setTasks] = useState<Record<string, ProgressEvent>>({});

  useCockpitEvent((event) => {
    if (event.type !== 'progress') return;
    setTasks((all) => {
      const next = { ...all };
      if (event.total > 0 && event.done >= event.total) delete next[event.task];
      else next[event.task] = event;
      return next;
    });
  });

  const running = Object.values(tasks);
  if (running.length === 0) return null;
  return (
    <div className="cdo-progress-region">
      {running.map((p) => {
        const label = t(`progress.${p.task}`, { defaultValue: t('progress.working') });
        return (
          <div key={p.task} className="kern-progress cdo-progress">
            <label className="kern-label" htmlFor={`progress-${p.task}`}>
              {label} – {t('progress.of', { done: formatNumber(p.done, lang), total: formatNumber(p.total, lang) })}
            </label>
            <progress id={`progress-${p.task}`} max={Math.max(1, p.total)} value={Math.min(p.done, p.total)} />
          </div>
        );
      })}
    </div>
  );
}
