// PLACEHOLDER: replaced by the real screen.
export function ResultsScreen() {
  return <h2>Results</h2>;
}
