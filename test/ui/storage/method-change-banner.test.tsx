// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MethodChangeBanner } from '../../../src/ui/storage/method-change-banner';

const CHANGE = {
  fromVersion: 1,
  originalText: '{"version":1}\n',
  fileName: 'ashdown-version-1.json',
};

describe('the note that the method has changed', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('says in plain words what changed, why figures may differ, and that nothing was overwritten', () => {
    render(<MethodChangeBanner change={CHANGE} onDismiss={() => undefined} />);
    const note = screen.getByRole('status');
    expect(note).toHaveTextContent(/made with version 1 of the method, which has changed/);
    expect(note).toHaveTextContent(/helps only the cases it reaches while it is running/);
    expect(note).toHaveTextContent(/one-year pilot could look like the best buy/);
    expect(note).toHaveTextContent(/figures may differ .* gaps or stopped before the end/);
    expect(note).toHaveTextContent(/Nothing has been overwritten/);
  });

  it('offers the original back as a download, under its own name', async () => {
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:original';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    let downloaded = '';
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      downloaded = this.download;
    });
    render(<MethodChangeBanner change={CHANGE} onDismiss={() => undefined} />);
    await userEvent.click(
      screen.getByRole('button', { name: 'Download the original (version 1)' }),
    );
    expect(downloaded).toBe('ashdown-version-1.json');
    expect(await created[0]?.text()).toBe('{"version":1}\n');
  });

  it('shows nothing when the model was made under the current method', () => {
    const { container } = render(<MethodChangeBanner change={null} onDismiss={() => undefined} />);
    expect(container).toBeEmptyDOMElement();
  });
});
