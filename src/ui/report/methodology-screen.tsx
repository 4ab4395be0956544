import { MethodologyChoices } from './methodology-choices';
import { MethodologyContributions } from './methodology-contributions';
import { MethodologyCosts } from './methodology-costs';
import { MethodologyMeasures } from './methodology-measures';
import { MethodologyServices } from './methodology-services';
import { MethodologyShortTerm } from './methodology-short-term';
import { MethodologyToc } from './methodology-toc';

/** The method in plain English for finance officers and partnership members. */
export function MethodologyScreen() {
  return (
    <section aria-labelledby="methodology-heading" className="screen report report--prose">
      <h2 id="methodology-heading">Methodology</h2>
      <p className="lead">
        How the app works out what doing nothing about domestic abuse costs each partner, what
        funded services avoid, and who pays what into the pooled budget.
      </p>
      <MethodologyToc />
      <MethodologyCosts />
      <MethodologyServices />
      <MethodologyMeasures />
      <MethodologyContributions />
      <MethodologyChoices />
      <MethodologyShortTerm />
    </section>
  );
}
