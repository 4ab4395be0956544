// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { NewModelDialog } from '../../../src/ui/storage/new-model-dialog';

describe('starting a new model', () => {
  it('offers the template and a blank model, and says the work on screen is not lost', async () => {
    const onChoose = vi.fn();
    render(<NewModelDialog isOpen onClose={() => undefined} onChoose={onChoose} />);
    expect(screen.getByRole('dialog', { name: 'Start a new model' })).toHaveTextContent(/not lost/);
    await userEvent.click(screen.getByRole('button', { name: 'From the template' }));
    await userEvent.click(screen.getByRole('button', { name: 'Blank' }));
    expect(onChoose.mock.calls).toEqual([['template'], ['blank']]);
  });
});
