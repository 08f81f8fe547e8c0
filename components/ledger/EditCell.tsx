/**
 * Click-to-edit text. Shows the value as text; a click (or double click, for
 * long text where a click should still select) turns it into an input.
 * Enter (Ctrl+Enter in a text area) or leaving the field saves, Esc
 * cancels. When saving fails the input stays open with what was typed.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

export interface EditCellProps {
  value: string;
  /** Shown when the value is empty (as a hint to click). */
  placeholder: string;
  /** Accessible name of the field. */
  label: string;
  multiline?: boolean;
  /** Long text: edit on double click so a single click can select text. */
  activateOnDoubleClick?: boolean;
  /** Saves; resolves false when it failed (the editor stays open). */
  onSave: (value: string) => Promise<boolean>;
  class?: string;
  /** Extra content shown after the value (badges). */
  children?: preact.ComponentChildren;
  testId?: string;
}

export function EditCell(props: EditCellProps) {
  const { value, placeholder, label, multiline, activateOnDoubleClick, onSave } = props;
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(value);
  const [saving, setSaving] = useState(false);
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);

  useEffect(() => {
    if (!editing || !field.current) return;
    field.current.focus();
    field.current.select();
  }, [editing]);

  const start = () => {
    setDraft(value);
    setEditing(true);
  };
  const save = async () => {
    if (saving) return;
    if (draft.trim() === value.trim()) {
      setEditing(false);
      return;
    }
    setSaving(true);
    const ok = await onSave(draft.trim());
    setSaving(false);
    if (ok) setEditing(false);
  };

  if (editing) {
    const common = {
      ref: field,
      value: draft,
      'aria-label': label,
      class: 'lp-edit-input',
      disabled: saving,
      'data-testid': props.testId ? `${props.testId}-input` : undefined,
      onInput: (e: Event) => setDraft((e.currentTarget as HTMLInputElement).value),
      onBlur: save,
      onKeyDown: (e: KeyboardEvent) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          setEditing(false);
        } else if (e.key === 'Enter' && !e.isComposing && (!multiline || e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          save();
        }
      },
    };
    return multiline ? (
      <textarea {...common} rows={Math.min(8, Math.max(3, Math.ceil(draft.length / 28)))} />
    ) : (
      <input {...common} type="text" />
    );
  }

  const activate = activateOnDoubleClick ? { onDblClick: start } : { onClick: start };
  return (
    <div
      class={`lp-edit${value ? '' : ' lp-edit-empty'}${props.class ? ` ${props.class}` : ''}`}
      role="button"
      tabIndex={0}
      aria-label={label}
      title={label}
      data-testid={props.testId}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === 'F2') {
          e.preventDefault();
          start();
        }
      }}
      {...activate}
    >
      {value || placeholder}
      {props.children}
    </div>
  );
}
