import { useState } from 'react';
import { scenarioFromPreset, type ScenarioPreset } from '../../model/reference/scenario-presets';
import { createScenario } from '../../model/records/scenario';
import { useModel, useAppStore } from '../../state/store-context';
import { PagedList } from '../shared/paged-list';
import { newId } from '../shared/new-id';
import { fieldId } from '../shared/use-field-problem';
import { ScenarioCard } from './scenario-card';
import { ScenarioPresetsPanel } from './scenario-presets-panel';

/** Each card draws a chart of every service's effect month by month. */
const SCENARIOS_PER_PAGE = 5;

export function ScenariosScreen() {
  const store = useAppStore();
  const scenarioIds = useModel((s) => s.file.scenarios.map((x) => x.id));
  const [notice, setNotice] = useState<string | null>(null);

  const focusNewName = (index: number) => {
    window.setTimeout(
      () => document.getElementById(fieldId(`scenarios[${index}].name`))?.focus(),
      0,
    );
  };
  const addPreset = (preset: ScenarioPreset) => {
    const { file, edit } = store.getState();
    const ids = file.scenarios.map((s) => s.id);
    edit((d) => {
      d.scenarios.push(
        scenarioFromPreset(preset, d.horizonYears, newId('scenario', ids, preset.id)),
      );
    });
    setNotice(
      `Added “${preset.name}” at the end of the list. Its assumptions are yours to change.`,
    );
    focusNewName(file.scenarios.length);
  };
  const addCustom = () => {
    const { file, edit } = store.getState();
    edit((d) => {
      const id = newId(
        'scenario',
        d.scenarios.map((s) => s.id),
      );
      d.scenarios.push(createScenario(id, 'Custom scenario', d.horizonYears));
    });
    setNotice('Added a custom scenario at the end of the list.');
    focusNewName(file.scenarios.length);
  };
  const remove = (scenarioId: string) => {
    const { file, edit } = store.getState();
    const name = file.scenarios.find((s) => s.id === scenarioId)?.name ?? '';
    edit((d) => {
      d.scenarios = d.scenarios.filter((s) => s.id !== scenarioId);
    });
    setNotice(`Removed the scenario “${name || scenarioId}”. Undo brings it back.`);
  };

  return (
    <section aria-labelledby="scenarios-heading" className="screen scenarios">
      <h2 id="scenarios-heading">Funding scenarios</h2>
      <p className="lead">
        Ways of funding the services, each compared with doing nothing. Short contracts bring gaps
        at renewal, when a service helps no new cases, staff losses and a slower build-up; when
        funding stops, the services help no new cases. Each scenario also says who pays into the
        pool.
      </p>
      {scenarioIds.length === 0 && <p>There are no scenarios yet: add one below.</p>}
      <PagedList
        count={scenarioIds.length}
        pageSize={SCENARIOS_PER_PAGE}
        noun="scenarios"
        path="scenarios"
        renderItem={(index) => {
          const id = scenarioIds[index] ?? '';
          return <ScenarioCard key={id} scenarioId={id} index={index} onRemove={remove} />;
        }}
      />
      <div role="status">{notice && <p className="notice">{notice}</p>}</div>
      <ScenarioPresetsPanel onAddPreset={addPreset} onAddCustom={addCustom} />
    </section>
  );
}
