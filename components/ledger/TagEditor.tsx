/** A clip's tags as chips: × removes one, the field adds one (Enter). */
import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';

export interface TagEditorProps {
  tags: string[];
  /** Tags used elsewhere, offered as suggestions. */
  known: string[];
  onChange: (tags: string[]) => Promise<boolean>;
  listId: string;
}

export function TagEditor({ tags, known, onChange, listId }: TagEditorProps) {
  const [draft, setDraft] = useState('');
  const add = async () => {
    const tag = draft.trim();
    if (!tag) return;
    if (tags.indexOf(tag) >= 0 || (await onChange(tags.concat(tag)))) setDraft('');
  };
  return (
    <div class="lp-tag-editor">
      {tags.map((tag) => (
        <span key={tag} class="lp-tag">
          {tag}
          <button
            type="button"
            class="lp-tag-remove"
            aria-label={t('ledgerRemoveTag', tag)}
            title={t('ledgerRemoveTag', tag)}
            onClick={() => onChange(tags.filter((x) => x !== tag))}
          >
            ×
          </button>
        </span>
      ))}
      <input
        type="text"
        class="lp-input lp-tag-input"
        data-testid="tag-input"
        list={listId}
        value={draft}
        maxLength={50}
        placeholder={t('ledgerAddTag')}
        aria-label={t('ledgerAddTag')}
        onInput={(e) => setDraft(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.isComposing) {
            e.preventDefault();
            add();
          }
        }}
      />
      <datalist id={listId}>
        {known
          .filter((tag) => tags.indexOf(tag) < 0)
          .slice(0, 30)
          .map((tag) => (
            <option key={tag} value={tag} />
          ))}
      </datalist>
    </div>
  );
}
