import { SCENARIO_PRESETS, type ScenarioPreset } from '../../model/reference/scenario-presets';

type Props = { onAddPreset: (preset: ScenarioPreset) => void; onAddCustom: () => void };

/** Ready-made ways of funding, each with the assumptions behind it, and a blank one. */
export function ScenarioPresetsPanel({ onAddPreset, onAddCustom }: Props) {
  return (
    <section className="card scenario-presets" aria-labelledby="scenario-presets-heading">
      <h3 id="scenario-presets-heading">Add a scenario</h3>
      <ul className="scenario-presets__list">
        {SCENARIO_PRESETS.map((preset) => (
          <li key={preset.id} className="scenario-preset">
            <h4>{preset.name}</h4>
            <p>{preset.description}</p>
            {preset.assumptions.length > 0 && (
              <>
                <h5>Assumptions (not published figures)</h5>
                <ul>
                  {preset.assumptions.map((a) => (
                    <li key={a}>{a}</li>
                  ))}
                </ul>
              </>
            )}
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                onAddPreset(preset);
              }}
            >
              Add from a preset<span className="visually-hidden">: {preset.name}</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button" onClick={onAddCustom}>
        Add a custom scenario
      </button>
    </section>
  );
}
