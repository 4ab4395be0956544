/**
 * The built-in price index: HM Treasury's GDP deflators for financial years 2000/01 to 2030/31, transcribed
 * exactly from the March 2026 release. Unit costs are converted to the model's price base with the ratio
 * of two of these values; users may replace the series when a new release comes out.
 */

export type PriceIndexSeries = {
  release: string;
  base: string;
  /** Index value by financial year, named by the calendar year it starts in (2024 = 2024/25). */
  values: Record<number, string>;
  /** First financial year whose value is a forecast rather than outturn. */
  forecastFrom: number;
};

// An explicit type (not `satisfies`) so callers can index `values` by any year and get `string | undefined`.
export const HMT_PRICE_INDEX: PriceIndexSeries = {
  release:
    'HM Treasury GDP deflators at market prices, March 2026 (Quarterly National Accounts, 31 March 2026); forecasts from 2025/26 are OBR Spring Statement 3 March 2026',
  base: '2024/25 = 100',
  values: {
    2000: '54.3697',
    2001: '55.4597',
    2002: '56.6000',
    2003: '57.9885',
    2004: '59.7172',
    2005: '61.3576',
    2006: '63.2017',
    2007: '64.4380',
    2008: '66.8397',
    2009: '67.7042',
    2010: '68.8561',
    2011: '70.3261',
    2012: '71.5454',
    2013: '73.0337',
    2014: '74.0662',
    2015: '74.5804',
    2016: '76.0754',
    2017: '77.0388',
    2018: '78.7948',
    2019: '80.8738',
    2020: '85.1002',
    2021: '85.3036',
    2022: '91.2996',
    2023: '96.1117',
    2024: '100.0000',
    2025: '103.2388',
    2026: '105.3095',
    2027: '107.3546',
    2028: '109.3571',
    2029: '111.3959',
    2030: '113.6416',
  },
  forecastFrom: 2025,
};
