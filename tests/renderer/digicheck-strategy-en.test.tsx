/**
 * The recommendations section in English: every word comes from the English
 * strings (headings, sums, lanes, buttons), amounts are written the English way.
 */
import { screen, within } from '@testing-library/react';
import { RecommendationsSection } from '../../renderer/features/digicheck-strategy/recommendations-section.tsx';
import { value } from '../support/core-harness.ts';
import { insertAssessment, recommendation } from '../unit/digicheck-strategy-fixture.ts';
import { useApp } from './setup-app.tsx';

const app = useApp('en');

describe('RecommendationsSection in English', () => {
  it('speaks English throughout', async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    const { id } = insertAssessment(app.h);
    value(await app.api.saveRecommendation(recommendation(id, { title: 'Connect the application portal', oneOffMin: 50_000, oneOffMax: 80_000, staffFte: 0.5 })));
    app.renderView(<RecommendationsSection assessmentId={id} />);
    const section = await screen.findByRole('region', { name: 'Recommendations and partial strategy 2027–2029' });
    expect(section).toHaveTextContent(/Costs of the three years\s*€50,000–80,000/);
    expect(within(section).getByRole('heading', { level: 4, name: '2027 Year 1' })).toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Take over "Connect the application portal" as an idea' })).toHaveTextContent('Idea');
    expect(within(section).getByRole('table', { name: 'Costs and staff per year' })).toHaveTextContent('Three years together');
    expect(section).toHaveTextContent('Priority: 1 × High');
    expect(section.textContent).not.toMatch(/digicheckStrategy\./);
  });
});
