/**
 * One peer project (#/peers/project/<id>), read-only: what it is, how it went
 * (results, lessons learned), where it came from (publisher, pack, licence,
 * import date), which own ideas and measures it resembles, and "Als eigene
 * Idee übernehmen". Imported text is rendered as text, never as HTML.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeerProject } from '../../../api/index.ts';
import { useLoad } from '../../api/index.ts';
import { hrefOf } from '../../app/routes.ts';
import { Alert } from '../../components/alert.tsx';
import { Loading, PageHeader } from '../../components/page.tsx';
import { currentLang, formatDate, formatMoney } from '../../i18n/index.ts';
import { AdoptButton } from './adopt-button.tsx';
import { PeerStatusBadge, StrengthBadge, periodText, useReasonText } from './peer-labels.tsx';

export function BackToPeers({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="kern-body cdo-back">
      <a className="kern-link" href={hrefOf('peers')}>
        <span className="kern-icon kern-icon--arrow-back kern-icon--small" aria-hidden="true" />
        {label ?? t('peers.project.back')}
      </a>
    </p>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  if (children === null || children === '' || (Array.isArray(children) && children.length === 0)) return null;
  return (
    <div className="cdo-peer-fact">
      <dt className="kern-label">{label}</dt>
      <dd className="kern-body">{children}</dd>
    </div>
  );
}

function TextBlock({ title, text }: { title: string; text: string | null }) {
  if (!text) return null;
  return (
    <section className="cdo-peer-text">
      <h2 className="kern-heading-x-small">{title}</h2>
      <p className="kern-body cdo-prewrap">{text}</p>
    </section>
  );
}

export function PeerProjectView({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const project = useLoad((a) => a.getPeerProject({ id }), [id]);
  const p = project.data;
  if (project.error) {
    return (
      <>
        <BackToPeers />
        <Alert kind="danger" title={t('peers.project.loadError')}><p className="kern-body">{project.error.message}</p></Alert>
      </>
    );
  }
  if (!p) return <Loading label={t('common.loading')} />;
  const lang = currentLang(i18n);
  return (
    <>
      <BackToPeers />
      <PageHeader
        title={p.title}
        lead={<>{p.publisherName} · {t('peers.license')} {p.license} · {p.signed ? t('peers.signed') : t('peers.unsigned')}</>}
        actions={<AdoptButton peerProjectId={p.id} title={p.title} adopted={!!p.adoptedAs} />}
      />
      <p className="kern-body kern-body--muted cdo-peer-readonly">
        <span className="kern-icon kern-icon--info kern-icon--small" aria-hidden="true" /> {t('peers.readOnly')}
      </p>
      {p.adoptedAs ? (
        <Alert kind="success" title={t('peers.project.adopted')}>
          <p className="kern-body"><a className="kern-link" href={hrefOf('portfolio', 'ideas', p.adoptedAs.ideaId)}>{p.adoptedAs.title}</a></p>
        </Alert>
      ) : null}
      <div className="cdo-peer-detail">
        <div className="cdo-peer-detail__main">
          <TextBlock title={t('peers.project.summary')} text={p.summary} />
          <TextBlock title={t('peers.project.description')} text={p.description} />
          <TextBlock title={t('peers.project.results')} text={p.results} />
          <TextBlock title={t('peers.project.lessons')} text={p.lessonsLearned} />
          <OwnMatches project={p} />
        </div>
        <aside className="kern-card cdo-peer-detail__facts" aria-label={t('peers.project.facts')}>
          <div className="kern-card__container">
            <h2 className="kern-heading-x-small">{t('peers.project.facts')}</h2>
            <dl className="cdo-peer-facts">
              <Fact label={t('peers.col.status')}>{p.status ? <PeerStatusBadge status={p.status} /> : null}</Fact>
              <Fact label={t('peers.project.period')}>{periodText(p.start, p.end, lang)}</Fact>
              <Fact label={t('peers.project.budget')}>{p.budget === null ? null : formatMoney(p.budget, lang)}</Fact>
              <Fact label={t('peers.project.field')}>{p.fieldName}</Fact>
              <Fact label={t('peers.project.fieldInPack')}>{p.field}</Fact>
              <Fact label={t('peers.project.ozg')}>{p.ozgIds.join(', ')}</Fact>
              <Fact label={t('peers.project.tags')}>{p.tags.join(', ')}</Fact>
              <Fact label={t('peers.project.funding')}>{p.funding.map((f) => (f.amount === null ? f.program : `${f.program} (${formatMoney(f.amount, lang)})`)).join('; ')}</Fact>
              <Fact label={t('peers.project.partners')}>{p.partners.map((x) => x.name).join(', ')}</Fact>
              <Fact label={t('peers.project.contact')}>{[p.contactName, p.contactEmail].filter(Boolean).join(', ')}</Fact>
              <Fact label={t('peers.project.links')}>
                {p.links.length ? (
                  <ul className="cdo-peer-links">
                    {p.links.map((l) => <li key={l.url}><a className="kern-link" href={l.url} rel="noopener noreferrer" target="_blank">{l.title}</a></li>)}
                  </ul>
                ) : null}
              </Fact>
              <Fact label={t('peers.project.origin')}>{`${p.publisherName} · ${p.packTitle} · ${t('peers.license')} ${p.license} · ${t('peers.importedAt')} ${formatDate(p.importedAt, lang)}`}</Fact>
            </dl>
          </div>
        </aside>
      </div>
    </>
  );
}

function OwnMatches({ project }: { project: PeerProject }) {
  const { t } = useTranslation();
  const own = useLoad((a) => a.findOwnMatches({ peerProjectId: project.id, limit: 10 }), [project.id]);
  const reasonText = useReasonText();
  return (
    <section className="cdo-peer-text" aria-labelledby="peer-own-matches">
      <h2 className="kern-heading-x-small" id="peer-own-matches">{t('peers.project.resembles')}</h2>
      {own.error ? <p className="kern-body cdo-text-danger">{own.error.message}</p> : null}
      {own.data && own.data.length === 0 ? <p className="kern-body kern-body--muted">{t('peers.project.resemblesNone')}</p> : null}
      {own.data && own.data.length > 0 ? (
        <ul className="cdo-peer-own">
          {own.data.map((o) => (
            <li key={`${o.kind}-${o.id}`} className="kern-body">
              <span className="cdo-muted">{t(`peers.project.${o.kind}`)}:</span>{' '}
              <a className="kern-link" href={o.kind === 'idea' ? hrefOf('portfolio', 'ideas', o.id) : hrefOf('portfolio', o.id)}>{o.title}</a>{' '}
              <StrengthBadge strength={o.strength} />
              <span className="cdo-cell-sub">{reasonText(o.reasons).join('; ')}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
