/** A new DigiCheck: unit or field, title and date first; scores follow on the assessment's page. */
import { useTranslation } from 'react-i18next';
import { useLoad } from '../../api/index.ts';
import { navigate } from '../../app/routes.ts';
import { AssessmentMetaForm } from './assessment-meta-form.tsx';

const today = () => new Date().toISOString().slice(0, 10);

export function AssessmentCreate() {
  const { t } = useTranslation();
  const catalogue = useLoad((a) => a.getDigicheckCatalogue({}), []);
  return (
    <section aria-labelledby="digicheck-new-title" className="cdo-digicheck-new">
      <h2 className="kern-heading-medium" id="digicheck-new-title">{t('digicheck.newTitle')}</h2>
      <p className="kern-body kern-body--muted">
        {catalogue.data ? t('digicheck.newLead', { name: catalogue.data.name, version: catalogue.data.version }) : '\u00a0'}
      </p>
      <div className="kern-card kern-card--hug cdo-form-card">
        <div className="kern-card__container">
          <AssessmentMetaForm
            initial={{ unit: '', title: '', heldOn: today(), participants: '', startingPosition: '', needForChange: '', itChallenges: '' }}
            onCreated={(a) => navigate('analysis', 'digicheck', a.id)}
            onCancel={() => navigate('analysis', 'digicheck')}
          />
        </div>
      </div>
    </section>
  );
}
