// PLACEHOLDER: replaced by the real screen.
export function CostLinesScreen() {
  return <h2>Costs of doing nothing</h2>;
}
