/** Who may pay: every partner but those of kind society (victims, families, the wider economy), who bear costs and never pay. */
import type { Model, Partner } from '../../model/model';
import { SOCIETY_KIND } from '../../model/records/partner';

export function isPayer(partner: Partner): boolean {
  return partner.kind !== SOCIETY_KIND;
}

/** The paying partners with their place in the model (which also picks their colour). */
export function payersOf(model: Model): { partner: Partner; index: number }[] {
  return model.partners.flatMap((partner, index) => (isPayer(partner) ? [{ partner, index }] : []));
}

/** The names of the partners that bear costs but never pay, in model order. */
export function nonPayerNames(model: Model): string[] {
  return model.partners.filter((p) => !isPayer(p)).map((p) => p.name);
}

/** "Victims and families", "A and B", "A, B and C". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}
