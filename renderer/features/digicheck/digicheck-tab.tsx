/**
 * The DigiCheck tab of the Standortanalyse: #/analysis/digicheck (the list),
 * …/new (a new assessment), …/catalogue (the question catalogue) and
 * …/<assessment id> (one assessment with scores, radar and comparison).
 * Imports only api/ and renderer code.
 */
import { AssessmentList } from './assessment-list.tsx';
import { AssessmentCreate } from './assessment-create.tsx';
import { AssessmentView } from './assessment-view.tsx';
import { CatalogueEditor } from './catalogue-editor.tsx';
import './digicheck.css';

export function DigicheckTab({ rest }: { rest: string[] }) {
  const [first] = rest;
  if (!first) return <AssessmentList />;
  if (first === 'new') return <AssessmentCreate />;
  if (first === 'catalogue') return <CatalogueEditor />;
  return <AssessmentView key={first} id={first} />;
}
