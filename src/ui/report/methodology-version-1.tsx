import { MethodSection } from './method-section';

/** Why the method changed, how version-1 files are brought up to date, and why their figures move. */
export function MethodologyVersion1() {
  return (
    <MethodSection id="method-version-1">
      <p>
        Version 1 applied a service’s effect to every case of a stream and, after the money stopped,
        let that effect fade over all later cases, including cases that arrived after the service
        had gone; with the default drop-off of 0 it never ended. A one-year pilot could then score a
        better benefit–cost ratio than a five-year commitment, and a gap between contracts cost
        almost nothing. Version 2 helps only the cases a running service reaches, for as long as
        their benefit lasts.
      </p>
      <p>Version 2 also adds what the guidance asks for and version 1 left out:</p>
      <ul>
        <li>reach: coverage and capacity for each caseload a service serves;</li>
        <li>benefit years, with drop-off applying within them;</li>
        <li>deadweight and attribution on each effect;</li>
        <li>cost optimism bias, budgeted in the pool;</li>
        <li>
          value types (fiscal, economic, social), the society partner, and a financial case kept
          apart from the economic case;
        </li>
        <li>the Green Book’s lower discount rate of 3.0% for years 31 and later;</li>
        <li>contributions in present value taken from the yearly amounts rounded to the penny.</li>
      </ul>
      <h4>Opening a version-1 file or link</h4>
      <p>
        A version-1 file or link is brought up to version 2 when it is opened, and every new field
        takes its default: each service reaches every stream its effects name at 100% coverage with
        no capacity limit, benefit years 1, every cost line fiscal, no deadweight, attribution 100%,
        no cost optimism bias, and a long-term discount rate of 3.0%. Drop-off is kept, and matters
        again once benefit years is raised above 1. Nothing else in the file changes.
      </p>
      <p>
        Its figures may still differ from what version 1 showed. They change wherever a service had
        gaps between contracts or stopped before the end of the horizon: version 1 kept counting a
        fading effect there, version 2 counts none for cases that arrive while the service is not
        running. Where every service ran in every month of the horizon, the figures stay as they
        were, except that a horizon longer than 31 years is now discounted at 3.0% from year 31, and
        a partner’s contributions in present value may move by a few pennies. The app says so when
        it opens such a file or link.
      </p>
    </MethodSection>
  );
}
