/** A determinate progress bar with its percentage. */
export function ProgressBar({ value, label }: { value: number; label: string }) {
  const percent = Math.round(Math.max(0, Math.min(1, value)) * 100);
  return (
    <div class="lp-progress" data-testid="progress">
      <div
        class="lp-progress-track"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-label={label}
      >
        <span class="lp-progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <span class="lp-small lp-muted">{label}</span>
    </div>
  );
}
