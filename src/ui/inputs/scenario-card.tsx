import { SCENARIO_DEFAULTS } from '../../model/records/scenario';
import { useModel } from '../../state/store-context';
import { CheckboxInput } from '../shared/checkbox-input';
import { formatFinancialYear } from '../shared/format';
import { PercentInput } from '../shared/percent-input';
import { RangeInput } from '../shared/range-input';
import { TextInput } from '../shared/text-input';
import { WholeNumberInput } from '../shared/whole-number-input';
import { ContributionFieldset } from './contribution-fieldset';
import { EffectivenessChartPanel } from './effectiveness-chart-panel';
import { useScenarioEdit } from './scenario-edit';

type Props = { scenarioId: string; index: number; onRemove: (scenarioId: string) => void };

export function ScenarioCard({ scenarioId, index, onRemove }: Props) {
  const scenario = useModel((s) => s.file.scenarios[index]);
  const horizonYears = useModel((s) => s.file.horizonYears);
  const startYear = useModel((s) => s.file.startYear);
  const editScenario = useScenarioEdit(scenarioId);
  if (!scenario) return null;
  const at = `scenarios[${index}]`;
  const headingId = `scenario-${index}-heading`;
  return (
    <section className="card scenario" aria-labelledby={headingId}>
      <h3 id={headingId}>{scenario.name || `Scenario ${index + 1}`}</h3>
      <TextInput
        label="Name"
        path={`${at}.name`}
        width="long"
        value={scenario.name}
        onChange={(v) => {
          editScenario('name', (s) => {
            s.name = v;
          });
        }}
      />
      <div className="form-grid">
        <WholeNumberInput
          label="Funded years"
          path={`${at}.fundedYears`}
          suffix="years"
          hint={`From ${formatFinancialYear(startYear)}; 0 to ${horizonYears}. After them the services stop and help no new cases; cases already helped keep benefiting for each service's benefit years.`}
          value={scenario.fundedYears}
          onChange={(v) => {
            editScenario('fundedYears', (s) => {
              s.fundedYears = v;
            });
          }}
        />
        <WholeNumberInput
          label="Contract length"
          path={`${at}.contractYears`}
          suffix="years"
          hint="A new contract (a renewal) starts every this many years."
          value={scenario.contractYears}
          onChange={(v) => {
            editScenario('contractYears', (s) => {
              s.contractYears = v;
            });
          }}
        />
        <WholeNumberInput
          label="Gap between contracts"
          path={`${at}.renewalGapMonths`}
          suffix="months"
          hint="Months a renewed service does not run: late grant decisions and lost staff (0 to 11)."
          value={scenario.renewalGapMonths ?? SCENARIO_DEFAULTS.renewalGapMonths}
          onChange={(v) => {
            editScenario('renewalGapMonths', (s) => {
              s.renewalGapMonths = v;
            });
          }}
        />
        <div className="ranged-figure">
          <PercentInput
            label="Effectiveness"
            path={`${at}.effectiveness`}
            hint="The share of the services’ full effect reached under this way of funding."
            value={scenario.effectiveness ?? SCENARIO_DEFAULTS.effectiveness}
            onChange={(v) => {
              editScenario('effectiveness', (s) => {
                s.effectiveness = v;
              });
            }}
          />
          <RangeInput
            inputKey={`scenario:${scenarioId}:effectiveness`}
            name="effectiveness"
            format="percent"
          />
        </div>
      </div>
      <CheckboxInput
        label="Ramp-up restarts on renewal"
        path={`${at}.rampRestartsOnRenewal`}
        hint="Staff leave before each renewal, so the service builds up again from the start."
        checked={scenario.rampRestartsOnRenewal ?? SCENARIO_DEFAULTS.rampRestartsOnRenewal}
        onChange={(v) => {
          editScenario('rampRestartsOnRenewal', (s) => {
            s.rampRestartsOnRenewal = v;
          });
        }}
      />
      <EffectivenessChartPanel scenarioId={scenarioId} scenarioName={scenario.name} />
      <ContributionFieldset
        scenarioId={scenarioId}
        index={index}
        contributions={scenario.contributions}
      />
      <button
        type="button"
        className="button button--warning"
        onClick={() => {
          onRemove(scenarioId);
        }}
      >
        Remove <span className="visually-hidden">the scenario {scenario.name}</span>
      </button>
    </section>
  );
}
