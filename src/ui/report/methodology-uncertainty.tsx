import { MethodSection } from './method-section';
import { SourceNote } from './methodology-source-note';

/**
 * How sure the figures are: ranges on the uncertain inputs and their defaults, one-way sensitivity,
 * switching values and the simulation, with what its percentiles mean.
 */
export function MethodologyUncertainty() {
  return (
    <MethodSection id="method-uncertainty">
      <p>
        Every figure in the model is an estimate. The results elsewhere use one value for each, so
        they give one answer. This part shows how far that answer could move: which assumptions
        matter most, what would have to be true for a scenario not to pay back, and how likely each
        result is when every assumption is uncertain at once.
      </p>
      <h4>Ranges on the uncertain figures</h4>
      <p>
        Each uncertain figure has a <strong>low</strong> and a <strong>high</strong> value: a range
        that should hold the true figure 9 times out of 10. The figures with ranges are each cost
        line’s unit cost and rate; the growth of each caseload projected at a rate or by a compound
        trend; each effect’s reduction, deadweight and attribution; the coverage of each caseload a
        service states it reaches; each service’s annual cost; and each scenario’s effectiveness.
      </p>
      <p>Until you set a range yourself, it follows how confident one can be in the figure:</p>
      <ul>
        <li>
          a unit cost taken unchanged from the library with a <strong>green</strong> confidence
          rating: 10% either side of the figure;
        </li>
        <li>
          <strong>amber</strong>: 25% either side (a unit cost of £420 rated amber runs from £315 to
          £525);
        </li>
        <li>
          <strong>red</strong>, or <strong>not rated</strong>: 50% either side. Every figure the
          partnership enters itself (rates, growth, effects, reach, costs and effectiveness) is not
          rated, so it starts with the widest range: narrow it where your evidence allows.
        </li>
      </ul>
      <p>
        A range never goes beyond what the figure can be: a share stays between 0% and 100%, a cost
        or rate does not fall below zero, and growth stays above a fall of 99% a year. A figure of 0
        has no range until you give it one. Ranges you set are saved in the model file and in the
        share link.
      </p>
      <p>
        A range cut off at such a limit lies on one side of today&rsquo;s value: an effectiveness or
        attribution of 100% can only fall. The simulation then draws those figures at today&rsquo;s
        value or below it, never above, so its middle run sits below today&rsquo;s figures even
        though each figure&rsquo;s own middle is today&rsquo;s value. This is the honest reading of
        such a range, not a fault; How sure names the figures that do it, and a range on both sides
        (or a narrower one) is the remedy where the evidence supports it.
      </p>
      <p>
        <strong>Why these defaults:</strong> the Unit Cost Database grades each of its figures red,
        amber or green by the quality of its evidence, and the GMCA / New Economy guidance asks for
        larger corrections the weaker the evidence. The defaults carry that grading into the ranges,
        so the figures the evidence is least sure of count for most of the doubt. They are starting
        points, not findings.
      </p>
      <p>
        Ranges show how far a figure may stray either way; optimism bias corrects the tendency to
        expect too much. The two do different jobs and both stay in the model: the ranges are taken
        around the figures after optimism bias.
      </p>
      <h4>Which figures matter most (one at a time)</h4>
      <p>
        The sensitivity chart moves one figure to the low and then the high end of its range, with
        every other figure as entered, and shows the net saving (present value) of the chosen
        scenario at each end, for the financial case and for the economic case. Figures are listed
        with the largest swing in the financial case first, so the assumptions most worth checking
        come first.
      </p>
      <h4>Switching values: what would have to be true</h4>
      <p>
        For each figure, the <strong>switching value</strong> is the value at which the scenario’s
        net saving (present value) would be exactly zero, every other figure as entered: the
        scenario stops paying back beyond it. It is shown with how far it is from the figure as
        entered (for example “a unit cost 38% lower”). A figure that cannot make the net saving zero
        anywhere within what it can be has none. The break-even scale shown with the results answers
        the same question for all the effects together.
      </p>
      <h4>Every figure uncertain at once: the simulation</h4>
      <p>
        The simulation works the scenario out many times (10,000 unless you choose otherwise), each
        time with every uncertain figure drawn afresh from its range. A figure is drawn so that its
        middle value is the figure as entered and there is a 1 in 20 chance of falling below its low
        value and a 1 in 20 chance of rising above its high value, with values near the middle more
        likely (a normal curve, wider on the side where the range is wider). A drawn value is kept
        within what the figure can be.
      </p>
      <p>
        <strong>Each figure is drawn independently</strong> of the others. That is an assumption: in
        practice some move together (a service that works better than expected on one cost probably
        works better on others too), and where they do, the true spread of results is wider than the
        simulation shows.
      </p>
      <p>
        The draws come from a numbered <strong>seed</strong>, saved in the model file and the link:
        the same model and seed give the same results on any computer, so a shared link shows the
        same figures. A different seed gives slightly different figures; if they differ by much, use
        more draws.
      </p>
      <p>The results are read from where each scenario’s net saving falls across the draws:</p>
      <ul>
        <li>
          <strong>P50</strong> is the middle result: half the runs save more, half less.
        </li>
        <li>
          <strong>P10</strong> and <strong>P90</strong>: 1 run in 10 saves less than P10, and 1 in
          10 saves more than P90, so 8 runs out of 10 fall between them.
        </li>
        <li>
          The <strong>chance of paying back</strong> is the share of runs whose running net saving
          (present value) reaches zero within the horizon.
        </li>
        <li>
          The chance that a long-term commitment <strong>beats one-year grants</strong> is the share
          of runs in which its net saving in the financial case is the larger.
        </li>
      </ul>
      <p>
        The figures elsewhere are worked out exactly, to the penny. The simulation works in ordinary
        computer arithmetic to be quick, so its figures are close but not exact, and are best read
        as ranges, rounded.
      </p>
      <SourceNote>
        the Green Book’s guidance on risk and uncertainty (sensitivity analysis of the key
        assumptions, switching values, and Monte Carlo analysis where many uncertain factors act
        together; optimism bias as a separate correction); the GMCA / New Economy cost-benefit
        analysis guidance and model (sensitivity analysis, and corrections graded by confidence in
        the evidence) and the red–amber–green confidence ratings of its Unit Cost Database.
      </SourceNote>
    </MethodSection>
  );
}
