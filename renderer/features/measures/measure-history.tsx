/** "Verlauf": what changed on a measure, and when, from the change log. */
import { useTranslation } from 'react-i18next';
import type { Field, HistoryEntry, Phase, Priority } from '../../../api/index.ts';
import { useLoad } from '../../api/index.ts';
import { Loading } from '../../components/page.tsx';
import { currentLang, formatDate, formatDateTime, formatMoney } from '../../i18n/index.ts';
import { fieldLabelKey } from './measure-values.ts';

/** Stored columns → the form's field names; bookkeeping columns are left out. */
const COLUMNS: Record<string, string> = {
  title: 'title',
  field_id: 'fieldId',
  phase: 'phase',
  priority: 'priority',
  start: 'start',
  end: 'end',
  lead_unit: 'leadUnit',
  budget: 'budget',
  description: 'description',
  goals: 'goals',
  impact: 'impact',
  project_lead: 'projectLead',
  participants: 'participants',
  risks: 'risks',
  efa_reuse: 'efaReuse',
  efa_provider: 'efaProvider',
  ikz_partners: 'ikzPartners',
  progress: 'progress',
  must_legal: 'mustLegal',
  must_legal_deadline: 'mustLegalDeadline',
  must_critical: 'mustCritical',
  must_political: 'mustPolitical',
  tags: 'tags',
};

/** Long texts: the history says that they changed, not how. */
const LONG_TEXT = new Set(['description', 'goals', 'impact', 'participants', 'risks', 'ikzPartners']);

export interface Change {
  field: string;
  from: string | null;
  to: string | null;
}

/** The fields that differ between two stored rows, with readable values (long text without values). */
export function diffRows(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  show: (field: string, value: unknown) => string | null,
): Change[] {
  if (!before || !after) return [];
  const changes: Change[] = [];
  for (const [col, field] of Object.entries(COLUMNS)) {
    if ((before[col] ?? null) === (after[col] ?? null)) continue;
    changes.push(LONG_TEXT.has(field) ? { field, from: null, to: null } : { field, from: show(field, before[col]), to: show(field, after[col]) });
  }
  return changes;
}

export function MeasureHistory({ id, fields }: { id: string; fields: Field[] }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const history = useLoad((a) => a.listHistory({ entity: 'measure', id }), [id]);

  const show = (field: string, value: unknown): string | null => {
    if (value === null || value === undefined || value === '') return null;
    switch (field) {
      case 'fieldId':
        return fields.find((f) => f.id === value)?.name ?? t('history.unknownField');
      case 'phase':
        return t(`phase.${value as Phase}`);
      case 'priority':
        return t(`priority.${value as Priority}`);
      case 'start':
      case 'end':
        return formatDate(String(value), lang);
      case 'budget':
        return formatMoney(Number(value), lang);
      case 'mustLegalDeadline':
        return formatDate(String(value), lang);
      case 'efaReuse':
      case 'mustLegal':
      case 'mustCritical':
      case 'mustPolitical':
        return t(value ? 'factSheet.yes' : 'factSheet.no');
      case 'progress':
        return `${Number(value)} %`;
      case 'tags':
        return String(value).split(',').join(', ');
      default:
        return String(value);
    }
  };

  function describe(entry: HistoryEntry) {
    if (entry.action !== 'update') return null;
    const changes = diffRows(entry.before, entry.after, show);
    if (changes.length === 0) return <p className="kern-body kern-body--small kern-body--muted">{t('history.noVisibleChange')}</p>;
    return (
      <ul className="cdo-history__changes">
        {changes.map((c) => (
          <li key={c.field} className="kern-body kern-body--small">
            <span className="cdo-history__field">{t(fieldLabelKey(c.field))}</span>
            {LONG_TEXT.has(c.field) ? `: ${t('history.textChanged')}` : `: ${c.from ?? t('history.empty')} → ${c.to ?? t('history.empty')}`}
          </li>
        ))}
      </ul>
    );
  }

  return (
    <section className="cdo-section cdo-history" aria-labelledby="history-title">
      <h2 className="kern-heading-small" id="history-title">{t('history.title')}</h2>
      {history.error ? <p className="kern-body cdo-text-danger">{history.error.message}</p> : null}
      {!history.data && !history.error ? <Loading label={t('common.loading')} /> : null}
      {history.data?.length === 0 ? <p className="kern-body kern-body--muted">{t('history.none')}</p> : null}
      {history.data?.length ? (
        <ol className="cdo-history__list">
          {history.data.map((e) => (
            <li key={e.seq} className={`cdo-history__item${e.undone ? ' cdo-history__item--undone' : ''}`}>
              <p className="kern-body">
                <time dateTime={e.at} className="cdo-history__when">{formatDateTime(e.at, lang)}</time>
                <span className="cdo-history__action">{t(`history.action.${e.action}`)}</span>
                {e.undone ? <span className="kern-badge kern-badge--small cdo-badge--neutral cdo-badge"><span className="kern-label">{t('history.undone')}</span></span> : null}
              </p>
              {describe(e)}
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
