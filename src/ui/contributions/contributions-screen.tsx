// PLACEHOLDER: replaced by the real screen.
export function ContributionsScreen() {
  return <h2>Who pays</h2>;
}
