/**
 * api/: the contract shared by every layer. It imports only zod — never core/,
 * db/, electron/, host/ or renderer/.
 */
export * from './result.ts';
export * from './events.ts';
export * from './domain.ts';
export * from './contract.ts';
export * from './client.ts';
export * from './wire.ts';
export * from './ideas.ts';
export * from './scoring.ts';
export * from './fact-sheet.ts';
export * from './finance.ts';
export * from './charts.ts';
export * from './views.ts';
export * from './status.ts';
export * from './funding.ts';
export * from './spreadsheets.ts';
export * from './agenda.ts';
export * from './agenda-export.ts';
export * from './packs.ts';
export * from './peers.ts';
export * from './stakeholders.ts';
export * from './ozg-maturity.ts';
export * from './ecosystem.ts';
export * from './digicheck.ts';
export * from './digicheck-strategy.ts';
export * from './value-propositions.ts';
