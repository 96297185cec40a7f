/**
 * core/digicheck/: the DigiCheck (Standortanalyse) of one org unit or field:
 * versioned question catalogue, assessments with Ist/Soll scores, radar data
 * and comparison. Imports core, db and api only; never renderer, electron or
 * host. The partial strategy (core/digicheck-strategy/) reads assessments
 * through `getAssessment`.
 */
export { getAssessment, listAssessments } from './read.ts';
export { ensureCatalogue, getCatalogue, latestCatalogueId, listCatalogues, saveCatalogue } from './catalogue.ts';
export { deleteAssessment, saveAnswer, saveAssessment } from './assessments.ts';
export { compareAssessments } from './compare.ts';
