import type React from 'react';
import { useEffect, useRef } from 'react';

/** Opens and closes a native modal <dialog> with `open`; `onShow` runs each time it opens. */
export function useModal(open: boolean, onShow?: () => void) {
  const ref = useRef<HTMLDialogElement>(null);
  const shown = useRef(onShow);
  shown.current = onShow;
  // After every render, not only when `open` changes: the dialog may have closed itself (Escape)
  // just before being asked for again, with `open` never seen false in between.
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      shown.current?.();
      dialog.showModal();
    }
    if (!open && dialog.open) dialog.close();
  });
  return ref;
}

/**
 * The dialog's cancel and close events, passed on as one `onClose`. A close event is queued: when the
 * dialog was opened again before it arrived (Escape, then at once the shortcut that opens it), it is
 * the old close and must not shut the new one.
 */
export function closedBy(ref: React.RefObject<HTMLDialogElement | null>, onClose: () => void) {
  return {
    onCancel: onClose,
    onClose: () => {
      if (!ref.current?.open) onClose();
    },
  };
}

/** What went wrong, announced to screen readers, with the user's input left as it was. */
export function FormError({ message }: { message: string | null }) {
  return message ? (
    <p className="error" role="alert">
      {message}
    </p>
  ) : null;
}

/** Cancel and the dialog's one main action, in the platform's order. */
export function DialogActions({ onCancel, submitLabel, busyLabel, busy = false }: { onCancel: () => void; submitLabel: string; busyLabel?: string; busy?: boolean }) {
  return (
    <div className="dialog-actions">
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
      <button type="submit" className="primary" disabled={busy}>
        {busy && busyLabel ? busyLabel : submitLabel}
      </button>
    </div>
  );
}
