/**
 * Überblick & Texte: the agenda as it reads — starting position (with the
 * figures the CDO typed), vision, guiding principles, fields in scope,
 * implementation. Every text is rendered as text (never as HTML).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaSummary } from '../../../api/index.ts';
import { useLoad } from '../../api/index.ts';
import { Alert } from '../../components/alert.tsx';
import { Loading } from '../../components/page.tsx';
import { AgendaTextsForm } from './texts-form.tsx';

export function TextsSection({ agenda }: { agenda: AgendaSummary }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const snap = useLoad((a) => a.getAgendaSnapshot({ agendaId: agenda.id }), [agenda.id]);
  if (snap.error) return <Alert kind="danger" title={t('agenda.loadError')}>{snap.error.message}</Alert>;
  if (!snap.data) return <Loading label={t('agenda.loading')} />;
  const s = snap.data;
  if (editing) return <AgendaTextsForm agenda={s} onDone={() => setEditing(false)} />;
  const goalCount = s.goals.length;
  const opCount = s.goals.reduce((n, g) => n + g.children.length, 0);
  const measureCount = new Set(s.goals.flatMap((g) => [g, ...g.children]).flatMap((g) => g.measures.map((m) => m.id))).size;
  return (
    <div className="cdo-agenda-texts">
      <div className="cdo-agenda-toolbar cdo-no-print">
        <button type="button" className="kern-btn kern-btn--primary" disabled={agenda.locked} onClick={() => setEditing(true)}>
          <span className="kern-icon kern-icon--edit kern-icon--small" aria-hidden="true" />
          <span className="kern-label">{t('agenda.texts.edit')}</span>
        </button>
      </div>
      <dl className="cdo-agenda-facts">
        <div><dt>{t('agenda.facts.strategic')}</dt><dd>{goalCount}</dd></div>
        <div><dt>{t('agenda.facts.operational')}</dt><dd>{opCount}</dd></div>
        <div><dt>{t('agenda.facts.measures')}</dt><dd>{measureCount}</dd></div>
        <div><dt>{t('agenda.facts.fields')}</dt><dd>{s.fields.length}</dd></div>
      </dl>
      <TextBlock title={t('agenda.field.startingPosition')} text={s.startingPosition} />
      {s.startingFigures.length ? (
        <table className="kern-table kern-table--small cdo-agenda-figures">
          <caption className="kern-body kern-body--bold">{t('agenda.field.startingFigures')}</caption>
          <thead>
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">{t('agenda.figure.label')}</th>
              <th scope="col" className="kern-table__header">{t('agenda.figure.value')}</th>
              <th scope="col" className="kern-table__header">{t('agenda.figure.source')}</th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {s.startingFigures.map((f, n) => (
              <tr key={n} className="kern-table__row">
                <th scope="row" className="kern-table__header">{f.label}</th>
                <td className="kern-table__cell">{f.value}{f.unit ? ` ${f.unit}` : ''}</td>
                <td className="kern-table__cell">{f.source ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <TextBlock title={t('agenda.field.vision')} text={s.vision} />
      <section className="cdo-agenda-block" aria-labelledby="agenda-principles">
        <h2 className="kern-heading-small" id="agenda-principles">{t('agenda.field.principles')}</h2>
        {s.principles.length ? (
          <ol className="kern-list kern-list--number">{s.principles.map((p, n) => <li key={n} className="kern-body cdo-agenda-prose">{p}</li>)}</ol>
        ) : <p className="kern-body kern-body--muted">{t('agenda.none')}</p>}
      </section>
      <section className="cdo-agenda-block" aria-labelledby="agenda-fields">
        <h2 className="kern-heading-small" id="agenda-fields">{t('agenda.field.fieldIds')}</h2>
        {s.fields.length ? (
          <ul className="cdo-agenda-chips">
            {s.fields.map((f) => (
              <li key={f.id} className="kern-body"><span className="cdo-dot" style={{ background: f.color }} aria-hidden="true" /> {f.name}</li>
            ))}
          </ul>
        ) : <p className="kern-body kern-body--muted">{t('agenda.none')}</p>}
      </section>
      <TextBlock title={t('agenda.field.implementation')} text={s.implementation} />
    </div>
  );
}

function TextBlock({ title, text }: { title: string; text: string | null }) {
  const { t } = useTranslation();
  return (
    <section className="cdo-agenda-block">
      <h2 className="kern-heading-small">{title}</h2>
      {text ? <p className="kern-body cdo-agenda-prose">{text}</p> : <p className="kern-body kern-body--muted">{t('agenda.none')}</p>}
    </section>
  );
}
