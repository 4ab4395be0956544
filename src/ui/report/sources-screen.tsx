// PLACEHOLDER: replaced by the real screen.
export function SourcesScreen() {
  return <h2>Sources</h2>;
}
