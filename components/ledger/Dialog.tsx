/**
 * A modal dialog on the native <dialog> element (focus trap, Esc and backdrop
 * for free). `showModal()` focuses the element marked `autoFocus`: give each
 * dialog's main field or button one, or the close button gets the focus.
 */
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../lib/i18n';

export interface DialogProps {
  title: string;
  onClose: () => void;
  /** While true, Esc and the close button do nothing (an import is being written). */
  locked?: boolean;
  wide?: boolean;
  testId?: string;
  children: preact.ComponentChildren;
  footer?: preact.ComponentChildren;
}

export function Dialog({ title, onClose, locked, wide, testId, children, footer }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      class={`lp-dialog${wide ? ' lp-dialog-wide' : ''}`}
      aria-label={title}
      data-testid={testId}
      onCancel={(e) => {
        e.preventDefault();
        if (!locked) onClose();
      }}
    >
      <header class="lp-dialog-head">
        <h2>{title}</h2>
        <button
          type="button"
          class="lp-icon-button"
          aria-label={t('ledgerClose')}
          disabled={locked}
          onClick={onClose}
        >
          ×
        </button>
      </header>
      <div class="lp-dialog-body">{children}</div>
      {footer ? <footer class="lp-dialog-foot">{footer}</footer> : null}
    </dialog>
  );
}
