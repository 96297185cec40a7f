/**
 * #/value/<id>: one value proposition in our own neutral two-column layout —
 * left the target group (Aufgaben, Probleme, Nutzen), right our offer
 * (Leistungen, Problemlöser, Nutzenstifter) — with the fit summary and the
 * linked measures below.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OUR_KINDS, THEIR_KINDS } from '../../../api/index.ts';
import { useApi, useLoad } from '../../api/index.ts';
import { hrefOf, navigate } from '../../app/routes.ts';
import { Alert } from '../../components/alert.tsx';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { Loading, PageHeader } from '../../components/page.tsx';
import { useWrite } from '../../components/use-write.ts';
import { FitSummary } from './fit-summary.tsx';
import { ItemList, type ListEvents } from './item-list.tsx';
import { LinkedMeasures } from './linked-measures.tsx';
import { PropositionDialog } from './proposition-dialog.tsx';

export function PropositionEditor({ id }: { id: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const write = useWrite();
  const loaded = useLoad((a) => a.getValueProposition({ id }), [id]);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [notice, setNotice] = useState<{ kind: 'info' | 'danger'; text: string } | null>(null);
  const [spoken, setSpoken] = useState('');
  const events: ListEvents = {
    announce: (text) => {
      setSpoken(text);
      setNotice(null);
    },
    failed: (text) => setNotice({ kind: 'danger', text }),
  };

  const back = <a className="kern-link cdo-value-back" href={hrefOf('value')}><span className="kern-icon kern-icon--arrow-back kern-icon--small" aria-hidden="true" />{t('value.back')}</a>;
  const p = loaded.data;
  if (!p) {
    return (
      <>
        {back}
        {loaded.error ? <Alert kind="danger" title={loaded.error.code === 'not_found' ? t('value.notFound') : loaded.error.message} /> : <Loading label={t('common.loading')} />}
      </>
    );
  }
  return (
    <>
      {back}
      <PageHeader title={p.title}
        // The target group heads the left column; the lead adds who it is in the register and what is known about it.
        lead={[p.stakeholder ? t('value.meta.stakeholder', { name: p.stakeholder.name }) : null, p.description].filter(Boolean).join(' · ') || undefined}
        actions={<>
          <button type="button" className="kern-btn kern-btn--secondary" onClick={() => setEditing(true)}>
            <span className="kern-icon kern-icon--edit kern-icon--small" aria-hidden="true" /><span className="kern-label">{t('value.edit')}</span>
          </button>
          <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => setDeleting(true)}>
            <span className="kern-icon kern-icon--delete kern-icon--small" aria-hidden="true" /><span className="kern-label">{t('value.delete.button')}</span>
          </button>
        </>} />
      {notice ? <Alert kind={notice.kind} title={notice.text} /> : null}
      <output className="kern-sr-only" aria-live="polite">{spoken}</output>
      <div className="cdo-value-columns">
        <section className="cdo-value-side cdo-value-side--theirs" aria-labelledby="value-side-theirs">
          <h2 className="kern-heading-medium" id="value-side-theirs">{t('value.side.theirs', { group: p.targetGroup })}</h2>
          <p className="kern-body kern-body--small kern-body--muted">{t('value.side.theirsHint')}</p>
          {THEIR_KINDS.map((kind) => <ItemList key={kind} proposition={p} kind={kind} events={events} />)}
        </section>
        <section className="cdo-value-side cdo-value-side--ours" aria-labelledby="value-side-ours">
          <h2 className="kern-heading-medium" id="value-side-ours">{t('value.side.ours')}</h2>
          <p className="kern-body kern-body--small kern-body--muted">{t('value.side.oursHint')}</p>
          {OUR_KINDS.map((kind) => <ItemList key={kind} proposition={p} kind={kind} events={events} />)}
        </section>
      </div>
      <FitSummary summary={p.summary} />
      <LinkedMeasures proposition={p} />
      {editing ? <PropositionDialog proposition={p} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} /> : null}
      {deleting ? (
        <ConfirmDialog title={t('value.delete.title')} confirmLabel={t('value.delete.confirm')} onCancel={() => setDeleting(false)}
          onConfirm={() => {
            setDeleting(false);
            void write(api.deleteValueProposition({ id: p.id })).then((r) => (r.ok ? navigate('value') : setNotice({ kind: 'danger', text: r.message })));
          }}>
          <p className="kern-body">{t('value.delete.text', { title: p.title })}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
