/** Says plainly when the agenda cannot be edited (its newest version is frozen) and offers the way on: a new draft. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaSummary } from '../../../api/index.ts';
import { useApi } from '../../api/index.ts';
import { Alert } from '../../components/alert.tsx';
import { currentLang, formatDate } from '../../i18n/index.ts';
import { useWrite } from '../../components/use-write.ts';

export function LockNotice({ agenda }: { agenda: AgendaSummary }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const write = useWrite();
  const [error, setError] = useState<string | null>(null);
  const v = agenda.latest;
  if (!agenda.locked || !v) return null;
  const adopted = v.status === 'adopted';
  const text = adopted
    ? t('agenda.lock.adopted', { number: v.number, body: v.councilBody ?? '', decision: v.decisionNumber ?? '', date: v.decidedOn ? formatDate(v.decidedOn, currentLang(i18n)) : '' })
    : t('agenda.lock.frozen', { number: v.number });
  return (
    <Alert kind="info" title={t('agenda.lock.title')}>
      <p className="kern-body">{text}</p>
      {error ? <p className="kern-body cdo-agenda-error">{error}</p> : null}
      <button type="button" className="kern-btn kern-btn--secondary cdo-no-print" onClick={async () => {
        const r = await write(api.createAgendaVersion({ agendaId: agenda.id }));
        setError(r.ok ? null : r.message);
      }}>
        <span className="kern-label">{t('agenda.lock.newDraft')}</span>
      </button>
    </Alert>
  );
}
