/**
 * The guidance the method follows, named once so every section cites it the same way. Sections use the
 * short names; the page's introduction gives the full references.
 */
export const GREEN_BOOK =
  'HM Treasury, The Green Book: central government guidance on appraisal and evaluation (2022 edition)';

export const GMCA_GUIDANCE =
  'GMCA / New Economy cost-benefit analysis guidance: Supporting public service transformation: cost benefit analysis guidance for local partnerships (HM Treasury, Public Service Transformation Network and New Economy, 2014), with its cost-benefit analysis model';

export const UNIT_COST_DATABASE = 'GMCA / New Economy Unit Cost Database v1.4 (March 2015)';
