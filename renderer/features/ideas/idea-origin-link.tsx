/**
 * "Hervorgegangen aus der Idee …" for a measure's fact sheet: renders nothing
 * when the measure did not come from an idea, else a link to that idea.
 */
import { useTranslation } from 'react-i18next';
import { useLoad } from '../../api/index.ts';
import { hrefOf } from '../../app/routes.ts';
import './ideas.css';

export function IdeaOriginLink({ measureId }: { measureId: string }) {
  const { t } = useTranslation();
  const found = useLoad((a) => a.listIdeas({ measureId, limit: 1 }), [measureId]);
  const idea = found.data?.rows[0];
  if (!idea) return null;
  return (
    <p className="kern-body cdo-idea-origin">
      <span className="kern-icon kern-icon--info kern-icon--small" aria-hidden="true" />
      <span>
        {t('ideas.origin')}:{' '}
        <a className="kern-link" href={hrefOf('portfolio', 'ideas', idea.id)}>{idea.title}</a>
      </span>
    </p>
  );
}
