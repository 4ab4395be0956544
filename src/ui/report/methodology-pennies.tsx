/** How each year's shares are rounded to whole pennies, and how their present value is taken. */
export function MethodologyPennies() {
  return (
    <>
      <h4>Rounding to the penny</h4>
      <p>
        Each year’s shares are worked out exactly and then rounded so that they add up to that
        year’s pool, rounded to the penny, with not a penny more or less. Each partner’s share is
        first rounded down to the penny. The pennies left over then go one at a time to the partners
        whose shares lost the most in rounding down; when two lost the same, the partner that comes
        first in the model’s list of partners gets the penny, whatever order the scenario lists its
        contributors in.
      </p>
      <p>
        A partner’s contributions in present value are the present value of its yearly contributions
        as rounded to the penny, so they reconcile with the yearly table a finance officer would
        discount in a spreadsheet.
      </p>
    </>
  );
}
