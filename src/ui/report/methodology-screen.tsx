import { GMCA_GUIDANCE, GREEN_BOOK, UNIT_COST_DATABASE } from './methodology-citations';
import { MethodologyAdditionality } from './methodology-additionality';
import { MethodologyCases } from './methodology-cases';
import { MethodologyChoices } from './methodology-choices';
import { MethodologyCombining } from './methodology-combining';
import { MethodologyContributions } from './methodology-contributions';
import { MethodologyCosts } from './methodology-costs';
import { MethodologyDiscounting } from './methodology-discounting';
import { MethodologyEffects } from './methodology-effects';
import { MethodologyLimits } from './methodology-limits';
import { MethodologyOptimismBias } from './methodology-optimism-bias';
import { MethodologyReach } from './methodology-reach';
import { MethodologyServices } from './methodology-services';
import { MethodologyShortTerm } from './methodology-short-term';
import { MethodologyShortTermCost } from './methodology-short-term-cost';
import { MethodologyToc } from './methodology-toc';
import { MethodologyUncertainty } from './methodology-uncertainty';
import { MethodologyValueTypes } from './methodology-value-types';
import { MethodologyVersion1 } from './methodology-version-1';
import { MethodologyWords } from './methodology-words';

/** The method (version 2) in plain English for finance officers and partnership members. */
export function MethodologyScreen() {
  return (
    <section aria-labelledby="methodology-heading" className="screen report report--prose">
      <h2 id="methodology-heading">Methodology</h2>
      <p className="lead">
        How the app works out what doing nothing about domestic abuse costs each partner, what
        funded services avoid, and who pays what into the pooled budget. This is version 2 of the
        method.
      </p>
      <p>
        Every choice below is written down with its reason and the guidance it follows, so that a
        finance officer can check it:
      </p>
      <ul>
        <li>
          <cite>{GREEN_BOOK}</cite>, called “the Green Book” below;
        </li>
        <li>
          <cite>{GMCA_GUIDANCE}</cite>, called “the GMCA / New Economy guidance”;
        </li>
        <li>
          the <cite>{UNIT_COST_DATABASE}</cite>, the source of most built-in unit costs.
        </li>
      </ul>
      <MethodologyToc />
      <MethodologyWords />
      <MethodologyDiscounting />
      <MethodologyCosts />
      <MethodologyValueTypes />
      <MethodologyServices />
      <MethodologyReach />
      <MethodologyEffects />
      <MethodologyAdditionality />
      <MethodologyOptimismBias />
      <MethodologyCombining />
      <MethodologyCases />
      <MethodologyContributions />
      <MethodologyShortTermCost />
      <MethodologyShortTerm />
      <MethodologyUncertainty />
      <MethodologyLimits />
      <MethodologyChoices />
      <MethodologyVersion1 />
    </section>
  );
}
