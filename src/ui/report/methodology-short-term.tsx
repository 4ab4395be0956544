import {
  SCENARIO_PRESETS,
  SERVICE_RENEWAL_COST_ASSUMPTION,
} from '../../model/reference/scenario-presets';
import { MethodSection } from './method-section';

/** Every assumption in the ready-made scenarios, shown apart because none is a published figure. */
export function MethodologyShortTerm() {
  return (
    <MethodSection id="method-short-term-assumptions" className="method-section--assumptions">
      <p className="notice">
        <strong>These are assumptions.</strong> No published study gives a coefficient for how much
        short-term funding weakens a service. The gaps, ramp restarts and reduced effectiveness in
        the ready-made scenarios are the app’s assumptions, each leaning on the evidence named
        below. Change them when you know better for your area.
      </p>
      {SCENARIO_PRESETS.map((preset) => (
        <div key={preset.id} className="card">
          <h4>{preset.name}</h4>
          <p>{preset.description}</p>
          {preset.assumptions.length > 0 ? (
            <ul>
              {preset.assumptions.map((assumption) => (
                <li key={assumption}>{assumption}</li>
              ))}
            </ul>
          ) : (
            <p>No assumption beyond the funding pattern itself: no gap, no restart, full effect.</p>
          )}
        </div>
      ))}
      <div className="card">
        <h4>Renewal cost of a service</h4>
        <p>{SERVICE_RENEWAL_COST_ASSUMPTION}</p>
      </div>
    </MethodSection>
  );
}
