import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '../components/Button';
import { CheckboxField } from '../components/CheckboxField';
import { useT } from '../i18n/hooks';
import { comparisonTexts } from './comparison-texts';
import { useAgreementFormat } from './agreement-format';
import { useComparison } from './comparison-context';
import { DISAGREEMENTS_PER_PAGE } from './comparison-store';
import { ConsensusProgress } from './ConsensusProgress';
import { DisagreementCard } from './DisagreementCard';

/**
 * The records the chosen coders differ on, a page at a time, each resolved into the consensus. After a
 * save the focus moves on to the next record, so a session can work through the list by keyboard.
 */
export function DisagreementPanel() {
  const t = useT(comparisonTexts);
  const format = useAgreementFormat();
  const titleId = useId();
  const page = useComparison((state) => state.disagreements);
  const lineage = useComparison((state) => state.lineage);
  const unresolvedOnly = useComparison((state) => state.unresolvedOnly);
  const accepted = useComparison((state) => state.accepted);
  const saved = useComparison((state) => state.saved);
  const busy = useComparison((state) => state.busy);
  const setUnresolvedOnly = useComparison((state) => state.setUnresolvedOnly);
  const showPage = useComparison((state) => state.showPage);
  const saveConsensus = useComparison((state) => state.saveConsensus);
  const acceptAgreements = useComparison((state) => state.acceptAgreements);
  const cards = useRef(new Map<number, HTMLElement>());
  const headingRef = useRef<HTMLHeadingElement>(null);
  /** The position in the list to focus once the page after a save is shown. */
  const [focusAt, setFocusAt] = useState<number | null>(null);

  useEffect(() => {
    if (focusAt === null || typeof page !== 'object' || page === null) return;
    setFocusAt(null);
    const last = page.rows.length - 1;
    (cards.current.get(Math.min(focusAt, last)) ?? headingRef.current)?.focus();
  }, [focusAt, page]);

  async function save(index: number, record: number, id: string, codes: string[]) {
    // Resolved records leave a list of unresolved ones, so the next record moves up into this place.
    if (await saveConsensus(record, id, codes)) setFocusAt(unresolvedOnly ? index : index + 1);
  }

  const status =
    saved !== null
      ? t('comparison.saved', { id: saved })
      : accepted !== null
        ? t('comparison.accepted', { count: format.count(accepted) })
        : '';

  return (
    <section className="panel comparison-panel" aria-labelledby={titleId}>
      <h3 id={titleId} ref={headingRef} className="panel__title" tabIndex={-1}>
        {t('comparison.disagreements.title')}
      </h3>
      <p className="muted">{t('comparison.disagreements.intro')}</p>
      {page === null ? (
        <p className="muted">{t('comparison.agreement.none')}</p>
      ) : (
        <>
          <ConsensusProgress />
          <div className="comparison-disagreements__tools">
            <div className="comparison-disagreements__accept">
              <Button aria-disabled={busy || undefined} onClick={() => !busy && void acceptAgreements()}>
                {t('comparison.accept')}
              </Button>
              <p className="field__hint">{t('comparison.accept.hint')}</p>
            </div>
            <CheckboxField
              label={t('comparison.unresolvedOnly')}
              checked={unresolvedOnly}
              onChange={(checked) => void setUnresolvedOnly(checked)}
            />
          </div>
          <p role="status" className="comparison-status">
            {status}
          </p>
          {page === 'loading' || !lineage ? (
            <p role="status" className="muted">
              {t('comparison.disagreements.loading')}
            </p>
          ) : page.rows.length === 0 ? (
            <p className="comparison-empty">
              {unresolvedOnly ? t('comparison.disagreements.noneOpen') : t('comparison.disagreements.none')}
            </p>
          ) : (
            <>
              <p className="field__hint">{t('comparison.keys')}</p>
              <ol className="comparison-disagreements__list">
                {page.rows.map((row, index) => (
                  // A new consensus or other coders start the record's draft afresh.
                  <li key={`${row.record}:${row.consensus?.join(' ') ?? ''}:${page.coders.join(' ')}`}>
                    <DisagreementCard
                      row={row}
                      coders={page.coders}
                      lineage={lineage}
                      busy={busy}
                      onSave={(codes) => void save(index, row.record, row.id, codes)}
                      cardRef={(element) => {
                        if (element) cards.current.set(index, element);
                        else cards.current.delete(index);
                      }}
                    />
                  </li>
                ))}
              </ol>
              <nav className="comparison-pager" aria-label={t('comparison.pager')}>
                <Button
                  disabled={page.offset === 0}
                  onClick={() => void showPage(Math.max(0, page.offset - DISAGREEMENTS_PER_PAGE))}
                >
                  {t('comparison.pager.previous')}
                </Button>
                <span className="comparison-pager__position">
                  {t('comparison.pager.position', {
                    first: format.count(page.offset + 1),
                    last: format.count(page.offset + page.rows.length),
                    total: format.count(page.matching),
                  })}
                </span>
                <Button
                  disabled={page.offset + page.rows.length >= page.matching}
                  onClick={() => void showPage(page.offset + DISAGREEMENTS_PER_PAGE)}
                >
                  {t('comparison.pager.next')}
                </Button>
              </nav>
            </>
          )}
        </>
      )}
    </section>
  );
}
