// PLACEHOLDER: replaced by the real screen.
export function MethodologyScreen() {
  return <h2>Methodology</h2>;
}
