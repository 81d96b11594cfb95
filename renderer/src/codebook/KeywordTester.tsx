import { useId, useMemo, useState } from 'react';
import type { Codebook } from '../../../shared/codebook/codebook-types';
import { compileKeywords } from '../../../shared/coding/keyword-match';
import { conditions } from '../../../shared/conditions';
import { useLanguage, useT } from '../i18n/hooks';
import { codebookTexts } from './codebook-texts';
import { findPlace } from './code-tree';
import { conditionOfCode, markHits } from './keyword-hits';
import { useKeywords } from './keyword-store';
import { Swatch } from './Swatch';
import { TextField } from '../components/TextField';
import { ScrollTable } from '../components/ScrollTable';

/** Type a sentence, see which words hit which code: the matcher the auto-coder uses, on the dictionary as it is now. */
export function KeywordTester({ codebook }: { codebook: Codebook }) {
  const t = useT(codebookTexts);
  const language = useLanguage();
  const headingId = useId();
  const dictionary = useKeywords((state) => state.dictionary);
  const [text, setText] = useState('');
  const matcher = useMemo(
    () =>
      typeof dictionary === 'object'
        ? compileKeywords(
            dictionary.entries.flatMap((entry) => entry.patterns.map((pattern) => ({ codeGuid: entry.code, pattern }))),
          )
        : null,
    [dictionary],
  );
  const hits = matcher && text.trim() ? matcher.match(text) : [];
  const rows = hits.map((hit) => ({
    hit,
    code: findPlace(codebook.codes, hit.codeGuid)?.code,
    condition: conditionOfCode(codebook.codes, hit.codeGuid),
  }));
  const suggested = conditions.filter((condition) => rows.some((row) => row.condition === condition.id));

  return (
    <section className="keyword-tester" aria-labelledby={headingId}>
      <h4 id={headingId} className="qdc-exchange__title">
        {t('keywords.test.title')}
      </h4>
      <TextField
        label={t('keywords.test.label')}
        value={text}
        onChange={setText}
        hint={t('keywords.test.hint')}
        multiline
      />
      {text.trim() && (
        <div className="keyword-tester__result" aria-live="polite">
          <p className="keyword-tester__sentence">
            {markHits(text, hits).map((piece, index) =>
              piece.marked ? <mark key={index}>{piece.text}</mark> : <span key={index}>{piece.text}</span>,
            )}
          </p>
          {hits.length === 0 ? (
            <p className="muted">{t('keywords.test.none')}</p>
          ) : (
            <>
              <p>
                <strong>
                  {t('keywords.test.suggested', {
                    conditions: suggested.map((condition) => condition.label[language]).join(', '),
                  })}
                </strong>
              </p>
              <ScrollTable label={t('keywords.test.hits')}>
                <table className="data-table data-table--compact">
                  <caption className="visually-hidden">{t('keywords.test.hits')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('keywords.test.word')}</th>
                      <th scope="col">{t('keywords.test.pattern')}</th>
                      <th scope="col">{t('keywords.test.code')}</th>
                      <th scope="col">{t('keywords.test.condition')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map(({ hit, code, condition }) => (
                      <tr key={`${hit.start}:${hit.codeGuid}`}>
                        <th scope="row">{hit.word}</th>
                        <td>{hit.pattern}</td>
                        <td>
                          <span className="keyword-tester__code">
                            <Swatch color={code?.effectiveColor ?? null} />
                            {code ? (code.label[language] ?? code.label.nl) : hit.codeGuid}
                          </span>
                        </td>
                        <td>{conditions.find((known) => known.id === condition)?.label[language] ?? ''}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollTable>
            </>
          )}
        </div>
      )}
    </section>
  );
}
