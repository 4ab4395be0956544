import { useEffect, useId, useRef, type ReactNode } from 'react';

type Props = { title: string; isOpen: boolean; onClose: () => void; children: ReactNode };

/**
 * A modal dialog on the native <dialog>: focus moves in, Escape closes it and focus returns to where it
 * was. Falls back to an open, non-modal dialog where showModal is missing (older browsers, jsdom).
 */
export function ModalDialog({ title, isOpen, onClose, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!isOpen && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [isOpen]);
  if (!isOpen) return null;
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={onClose}
      className="modal"
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}
