// PLACEHOLDER: replaced by the real screen.
export function ScenariosScreen() {
  return <h2>Funding scenarios</h2>;
}
