/**
 * How results are viewed (not part of the model, never saved in a link): the basis of money figures and
 * the two scenarios the short- against long-term sentence compares.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { Basis } from '../model/results';

export type ViewState = {
  basis: Basis;
  comparison: { shortTerm: string | null; longTerm: string | null };
  setBasis: (basis: Basis) => void;
  setComparison: (comparison: { shortTerm: string | null; longTerm: string | null }) => void;
};

export const viewStore = createStore<ViewState>()((set) => ({
  basis: 'pv',
  comparison: { shortTerm: null, longTerm: null },
  setBasis: (basis) => {
    set({ basis });
  },
  setComparison: (comparison) => {
    set({ comparison });
  },
}));

export function useView<T>(selector: (state: ViewState) => T): T {
  return useStore(viewStore, selector);
}

export const BASIS_LABELS: Record<Basis, string> = {
  real: 'Real terms',
  cash: 'Cash terms',
  pv: 'Present value',
};
