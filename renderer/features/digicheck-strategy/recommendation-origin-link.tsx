/**
 * "Aus dem DigiCheck …" for an idea or a measure that came from a DigiCheck
 * recommendation: a link to the DigiCheck; renders nothing otherwise.
 */
import { useTranslation } from 'react-i18next';
import { useLoad } from '../../api/index.ts';
import { hrefOf } from '../../app/routes.ts';
import { OriginNote } from '../../components/origin-note.tsx';

export function RecommendationOriginLink(props: { ideaId: string } | { measureId: string }) {
  const { t } = useTranslation();
  const key = 'ideaId' in props ? props.ideaId : props.measureId;
  const found = useLoad((a) => a.getRecommendationOrigin(props), ['ideaId' in props, key]);
  const origin = found.data;
  if (!origin) return null;
  return (
    <OriginNote label={t('recommendationOrigin.label')} href={hrefOf('analysis', 'digicheck', origin.assessmentId)} linkText={origin.assessmentTitle}>
      {' – '}{t('recommendationOrigin.text', { title: origin.recommendationTitle })}
    </OriginNote>
  );
}
