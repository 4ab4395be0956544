/**
 * A part of the one store: it sees and sets only its own fields, so each slice can be read and tested on
 * its own (Zustand's slices pattern).
 */
export type SliceCreator<S> = (set: (partial: Partial<S>) => void, get: () => S) => S;
