/**
 * Turns what someone types into what the model file stores. People write "£1,250" or "25%"; the file
 * holds "1250" and "0.25". Anything else is stored as typed so the validator can say what is wrong.
 */
import { parseDecimal } from '../../model/field-reader';

/** Strips a leading £, thousands separators and spaces: "£1,250.00" → "1250.00". */
export function cleanMoneyText(text: string): string {
  return text
    .trim()
    .replace(/^£/, '')
    .replace(/,(?=\d{3}(\D|$))/g, '')
    .replace(/\s+/g, '');
}

/** A percentage typed by a person ("25", "12.5%") as a fraction string ("0.25"); null if not a number. */
export function percentTextToFraction(text: string): string | null {
  const parsed = parseDecimal(text.trim().replace(/%$/, '').trim());
  return parsed === null ? null : parsed.div(100).toString();
}

/** A stored fraction ("0.25") as the percentage a person reads ("25"). */
export function fractionToPercentText(value: string): string {
  const parsed = parseDecimal(value);
  return parsed === null ? value : parsed.times(100).toString();
}

export function isWholeNumberText(text: string): boolean {
  return /^-?\d{1,6}$/.test(text.trim());
}
