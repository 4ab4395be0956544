// PLACEHOLDER: replaced by the real screen.
export function ServicesScreen() {
  return <h2>Services</h2>;
}
