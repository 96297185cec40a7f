/**
 * "Hervorgegangen aus der Idee …" for a measure's fact sheet: renders nothing
 * when the measure did not come from an idea, else a link to that idea.
 */
import { useTranslation } from 'react-i18next';
import { useLoad } from '../../api/index.ts';
import { hrefOf } from '../../app/routes.ts';
import { OriginNote } from '../../components/origin-note.tsx';

export function IdeaOriginLink({ measureId }: { measureId: string }) {
  const { t } = useTranslation();
  const found = useLoad((a) => a.listIdeas({ measureId, limit: 1 }), [measureId]);
  const idea = found.data?.rows[0];
  if (!idea) return null;
  return <OriginNote label={t('ideas.origin')} href={hrefOf('portfolio', 'ideas', idea.id)} linkText={idea.title} />;
}
