/** Financial years are named by the calendar year they start in: 2026 is "2026/27" (April to March). */
export function formatFinancialYear(startYear: number): string {
  const next = String((startYear + 1) % 100).padStart(2, '0');
  return `${startYear}/${next}`;
}

/** The FY starting years of a projection: startYear … startYear + horizonYears − 1. */
export function projectionYears(startYear: number, horizonYears: number): number[] {
  return Array.from({ length: horizonYears }, (_, t) => startYear + t);
}
