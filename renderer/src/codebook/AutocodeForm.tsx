import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import type { AutocodeSummary } from '../../../shared/coding/coding-types';
import type { LocalizedText } from '../../../shared/contract/result';
import { Button } from '../components/Button';
import { SelectField } from '../components/SelectField';
import { useFormat, useLanguage, useT } from '../i18n/hooks';
import { codebookTexts } from './codebook-texts';
import { createCaller } from '../../../shared/contract/caller';
import { useWorkbench } from '../stores/workbench-context';

interface TextDataset {
  name: string;
  textColumns: string[];
}

/** Codes a whole text column by the keywords, as the coder `suggesties`, and says what it did. */
export function AutocodeForm() {
  const t = useT(codebookTexts);
  const language = useLanguage();
  const format = useFormat();
  const headingId = useId();
  const api = useWorkbench((state) => state.api);
  const callEngine = useMemo(() => createCaller(api), [api]);
  const summaries = useWorkbench((state) => state.datasets);
  const [datasets, setDatasets] = useState<TextDataset[] | null>(null);
  const [chosen, setChosen] = useState<{ dataset: string; column: string } | null>(null);
  const [running, setRunning] = useState(false);
  const [summary, setSummary] = useState<AutocodeSummary | null>(null);
  const [error, setError] = useState<LocalizedText | null>(null);

  useEffect(() => {
    if (!Array.isArray(summaries)) return;
    let current = true;
    void Promise.all(summaries.map(({ name }) => callEngine('coding.setup', { dataset: name }))).then((answers) => {
      if (!current) return;
      const found = answers.flatMap((answer) =>
        answer.ok && answer.data.textColumns.length > 0
          ? [{ name: answer.data.dataset, textColumns: answer.data.textColumns }]
          : [],
      );
      setDatasets(found);
      setChosen(
        (previous) => previous ?? (found[0] ? { dataset: found[0].name, column: found[0].textColumns[0]! } : null),
      );
    });
    return () => {
      current = false;
    };
  }, [callEngine, summaries]);

  async function run(event: FormEvent) {
    event.preventDefault();
    if (!chosen) return;
    setRunning(true);
    setSummary(null);
    setError(null);
    const answer = await callEngine('coding.autocode', { dataset: chosen.dataset, textColumn: chosen.column });
    setRunning(false);
    if (answer.ok) setSummary(answer.data);
    else setError(answer.error.message);
  }

  const columns = datasets?.find((dataset) => dataset.name === chosen?.dataset)?.textColumns ?? [];
  return (
    <section className="autocode" aria-labelledby={headingId}>
      <h4 id={headingId} className="qdc-exchange__title">
        {t('autocode.title')}
      </h4>
      <p className="muted">{t('autocode.intro')}</p>
      {datasets !== null && !chosen && <p className="muted">{t('autocode.noText')}</p>}
      {datasets && chosen && (
        <form className="autocode__form" onSubmit={(event) => void run(event)}>
          <SelectField
            label={t('autocode.dataset')}
            value={chosen.dataset}
            options={datasets.map(({ name }) => ({ value: name, label: name }))}
            onChange={(dataset) =>
              setChosen({ dataset, column: datasets.find((candidate) => candidate.name === dataset)!.textColumns[0]! })
            }
          />
          <SelectField
            label={t('autocode.textColumn')}
            value={chosen.column}
            options={columns.map((column) => ({ value: column, label: column }))}
            onChange={(column) => setChosen({ ...chosen, column })}
          />
          <div>
            <Button type="submit" variant="primary" disabled={running}>
              {t('autocode.run')}
            </Button>
          </div>
        </form>
      )}
      <div role="status" className="autocode__status">
        {running && <p>{t('autocode.running')}</p>}
        {summary && (
          <p>
            {t('autocode.done', {
              records: format.number(summary.records),
              suggested: format.number(summary.suggested),
              codings: format.number(summary.codings),
              coder: summary.coder,
            })}
            {summary.withoutText > 0 &&
              ` ${summary.withoutText === 1 ? t('autocode.withoutTextOne') : t('autocode.withoutText', { count: format.number(summary.withoutText) })}`}
          </p>
        )}
      </div>
      {error && (
        <p className="field__error" role="alert">
          {error[language]}
        </p>
      )}
    </section>
  );
}
