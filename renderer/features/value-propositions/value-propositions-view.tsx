/**
 * The Wertversprechen module: #/value lists the value propositions,
 * #/value/<id> opens one in the editor. Imports api/ and renderer/ only.
 */
import { PropositionEditor } from './proposition-editor.tsx';
import { PropositionList } from './proposition-list.tsx';
import './value-propositions.css';

export function ValuePropositionsView({ rest }: { rest: string[] }) {
  return rest[0] ? <PropositionEditor key={rest[0]} id={rest[0]} /> : <PropositionList />;
}
