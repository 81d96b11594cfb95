import { useId, useState, type FormEvent } from 'react';
import type { CodebookCode } from '../../../shared/codebook/codebook-types';
import { Button } from '../components/Button';
import { useLanguage, useT } from '../i18n/hooks';
import { codebookTexts } from './codebook-texts';
import { useKeywords } from './keyword-store';
import { TextField } from '../components/TextField';
import './keywords.css';

/** The selected code's keywords: chips to remove, a field to add one, and why a pattern is refused. */
export function CodeKeywords({ code, label }: { code: CodebookCode; label: string }) {
  const t = useT(codebookTexts);
  const language = useLanguage();
  const headingId = useId();
  const dictionary = useKeywords((state) => state.dictionary);
  const busy = useKeywords((state) => state.busy);
  const setPatterns = useKeywords((state) => state.setPatterns);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (typeof dictionary !== 'object') return null;
  const patterns = dictionary.entries.find((entry) => entry.code === code.guid)?.patterns ?? [];

  async function save(next: string[]): Promise<boolean> {
    const refused = await setPatterns(code.guid, next);
    setError(refused ? refused[language] : null);
    return refused === null;
  }

  async function add(event: FormEvent) {
    event.preventDefault();
    // The engine stores patterns in lower case; compare them so.
    const pattern = draft.trim().toLowerCase();
    if (!pattern) {
      setError(t('keywords.required'));
    } else if (patterns.includes(pattern)) {
      setError(t('keywords.duplicate', { pattern }));
    } else if (await save([...patterns, pattern])) {
      setDraft('');
    }
  }

  return (
    <section className="code-details__part code-keywords" aria-labelledby={headingId}>
      <h4 id={headingId} className="code-keywords__title">
        {t('keywords.title')}
      </h4>
      <p className="field__hint">{t('keywords.intro')}</p>
      <p className="muted code-keywords__origin">
        {dictionary.customised ? t('keywords.customised') : t('keywords.builtIn')}
      </p>
      {patterns.length === 0 ? (
        <p className="muted">{t('keywords.none')}</p>
      ) : (
        <ul className="keyword-chips" aria-label={t('keywords.list', { code: label })}>
          {patterns.map((pattern) => (
            <li key={pattern} className="keyword-chip">
              <span className="keyword-chip__pattern">{pattern}</span>
              <Button
                variant="quiet"
                className="keyword-chip__remove"
                aria-label={t('keywords.remove', { pattern })}
                disabled={busy}
                onClick={() => void save(patterns.filter((other) => other !== pattern))}
              >
                ×
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form className="code-keywords__add" onSubmit={(event) => void add(event)} noValidate>
        <TextField
          label={t('keywords.add')}
          value={draft}
          onChange={setDraft}
          hint={t('keywords.addHint')}
          error={error}
        />
        <Button type="submit" disabled={busy}>
          {t('keywords.addButton')}
        </Button>
      </form>
    </section>
  );
}
