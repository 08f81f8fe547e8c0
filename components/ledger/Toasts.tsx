/** The snackbar: what just happened, with 撤销 for undoable actions; errors stay until closed. */
import { t } from '../../lib/i18n';
import { useController, useLedgerState } from './context';

export function Toasts() {
  const controller = useController();
  const { toasts } = useLedgerState();
  if (!toasts.length) return null;
  return (
    <div class="lp-toasts" aria-live="polite">
      {toasts.map((toast) => (
        <div
          key={toast.id}
          class={`lp-toast lp-toast-${toast.tone}`}
          role={toast.tone === 'error' ? 'alert' : 'status'}
          data-testid="toast"
        >
          <span class="lp-toast-text">{toast.message}</span>
          {toast.undo ? (
            <button
              type="button"
              class="lp-toast-undo"
              data-testid="toast-undo"
              onClick={() => controller.undo(toast.id)}
            >
              {t('ledgerUndo')}
            </button>
          ) : null}
          <button
            type="button"
            class="lp-toast-close"
            aria-label={t('ledgerClose')}
            onClick={() => controller.dismissToast(toast.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
