// PLACEHOLDER: replaced by the real screen.
export function PartnersScreen() {
  return <h2>Partners</h2>;
}
