/**
 * The scenario's headline in large type: the financial case (cost of doing nothing, cost avoided, net
 * saving, benefit–cost ratio, payback) with the economic case's net saving and ratio beside it. Under a
 * "what if", each figure is the what-if one, marked, with the saved figure under it.
 */
import type { Headline, ScenarioResult } from '../../model/results';
import { caseFigures } from '../shared/case-kind';
import { formatFinancialYear, formatMoney, formatRatio } from '../shared/format';

type Figure = { label: string; show: (headline: Headline) => string };

const money =
  (pick: (headline: Headline) => Headline['netSaving']) =>
  (headline: Headline): string =>
    formatMoney(pick(headline).pv);

const FINANCIAL: Figure[] = [
  { label: 'Cost of doing nothing', show: money((h) => h.doNothing) },
  { label: 'Cost avoided', show: money((h) => h.avoided) },
  { label: 'Net saving', show: money((h) => h.netSaving) },
  { label: 'Benefit–cost ratio', show: (h) => formatRatio(h.bcr) },
  {
    label: 'Pays back in',
    show: (h) => (h.paybackYear === null ? 'Never' : formatFinancialYear(h.paybackYear)),
  },
];

const ECONOMIC: Figure[] = [
  { label: 'Net saving', show: money((h) => h.netSaving) },
  { label: 'Benefit–cost ratio', show: (h) => formatRatio(h.bcr) },
];

/** Long figures (£10 million and more) take a size smaller, still at least 28 px, so they fit on one line. */
function lengthClass(text: string): string {
  if (text.length > 12) return ' meeting-figure__value--long meeting-figure__value--wrap';
  return text.length > 9 ? ' meeting-figure__value--long' : '';
}

function FigureTile({
  figure,
  saved,
  whatIf,
}: {
  figure: Figure;
  saved: Headline;
  whatIf: Headline | null;
}) {
  const savedText = figure.show(saved);
  const shown = whatIf ? figure.show(whatIf) : savedText;
  return (
    <div className="meeting-figure">
      <dt className="meeting-figure__label">{figure.label}</dt>
      <dd className={`meeting-figure__value${lengthClass(shown)}`}>
        {whatIf ? (
          <>
            <span className="visually-hidden">What if: </span>
            <span className="meeting-figure__what-if">{shown}</span>
            <span className="meeting-figure__saved">Saved: {savedText}</span>
          </>
        ) : (
          shown
        )}
      </dd>
    </div>
  );
}

function CaseFigures({
  title,
  figures,
  saved,
  whatIf,
  className,
}: {
  title: string;
  figures: Figure[];
  saved: Headline;
  whatIf: Headline | null;
  className: string;
}) {
  return (
    <section className={`meeting-case ${className}`}>
      <h3 className="meeting-case__title">{title}</h3>
      <dl className="meeting-case__figures">
        {figures.map((figure) => (
          <FigureTile key={figure.label} figure={figure} saved={saved} whatIf={whatIf} />
        ))}
      </dl>
    </section>
  );
}

export function MeetingFigures({
  saved,
  whatIf,
}: {
  saved: ScenarioResult;
  whatIf: ScenarioResult | null;
}) {
  return (
    <div className="meeting-cases">
      <CaseFigures
        title="Financial case (partners’ budgets)"
        figures={FINANCIAL}
        saved={caseFigures(saved, 'financial').headline}
        whatIf={whatIf ? caseFigures(whatIf, 'financial').headline : null}
        className="meeting-case--financial"
      />
      <CaseFigures
        title="Economic case (all values)"
        figures={ECONOMIC}
        saved={caseFigures(saved, 'economic').headline}
        whatIf={whatIf ? caseFigures(whatIf, 'economic').headline : null}
        className="meeting-case--economic"
      />
    </div>
  );
}
