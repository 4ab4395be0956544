// @vitest-environment jsdom
import { act, Profiler, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { CostLineYearly } from '../../../src/ui/inputs/cost-line-yearly';
import { validModel } from '../../fixtures/valid-model';
import { renderWithStore } from '../render-with-store';

describe('a cost line’s yearly table', () => {
  it('re-renders for an edit to its own line, not for an edit to another line', () => {
    const renders = { first: 0, second: 0 };
    const counted = (id: 'first' | 'second', child: ReactNode) => (
      <Profiler
        id={id}
        onRender={() => {
          renders[id] += 1;
        }}
      >
        {child}
      </Profiler>
    );
    const file = validModel();
    const [first, second] = file.costLines;
    const { store } = renderWithStore(
      <>
        {counted('first', <CostLineYearly lineId={first!.id} name={first!.name} />)}
        {counted('second', <CostLineYearly lineId={second!.id} name={second!.name} />)}
      </>,
      file,
    );
    const before = { ...renders };
    act(() => {
      store.getState().edit((draft) => {
        draft.costLines[0]!.unitCost = '999';
      });
    });
    expect(renders.first).toBeGreaterThan(before.first);
    expect(renders.second).toBe(before.second);
  });
});
