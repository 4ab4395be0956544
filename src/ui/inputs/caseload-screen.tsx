// PLACEHOLDER: replaced by the real screen.
export function CaseloadScreen() {
  return <h2>Caseload</h2>;
}
