/**
 * How results are viewed (not part of the model, never saved in a link): the basis of money figures and
 * the two scenarios the short- against long-term sentence compares.
 */
import type { Basis } from '../model/results';
import type { SliceCreator } from './slice';

export type Comparison = { shortTerm: string | null; longTerm: string | null };

export type ViewSlice = {
  basis: Basis;
  comparison: Comparison;
  setBasis: (basis: Basis) => void;
  setComparison: (comparison: Comparison) => void;
};

export function createViewSlice(): SliceCreator<ViewSlice> {
  return (set) => ({
    basis: 'pv',
    comparison: { shortTerm: null, longTerm: null },
    setBasis: (basis) => {
      set({ basis });
    },
    setComparison: (comparison) => {
      set({ comparison });
    },
  });
}

export const BASIS_LABELS: Record<Basis, string> = {
  real: 'Real terms',
  cash: 'Cash terms',
  pv: 'Present value',
};
