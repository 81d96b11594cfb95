import { useRef, useState, type ReactNode } from 'react';
import { ComparisonView } from '../comparison/ComparisonView';
import { useT } from '../i18n/hooks';
import { codingTexts } from './coding-texts';
import { CodingFilters } from './CodingFilters';
import { CodingProgressBar } from './CodingProgressBar';
import { CodingWorkspace } from './CodingWorkspace';
import { useCoding } from './coding-context';
import { CodingViewTabs, type CodingView } from './CodingViewTabs';
import { DatasetChoice } from './DatasetChoice';

/** Everything a chosen coder works with: which texts, how far they are, the filters, and the grid with the record in focus. */
export function CodingDesk({ coder, bar }: { coder: string; bar: (controls: ReactNode) => ReactNode }) {
  const t = useT(codingTexts);
  const searchRef = useRef<HTMLInputElement>(null);
  const [view, setView] = useState<CodingView>('code');
  // The disagreement filter tells a coder where others coded differently: offered only once they have compared.
  const [comparedBy, setComparedBy] = useState<string | null>(null);
  const setups = useCoding((state) => state.setups);
  const dataset = useCoding((state) => state.dataset);
  const textColumn = useCoding((state) => state.textColumn);
  if (setups === 'loading') return <p role="status">{t('coding.loading')}</p>;
  if (setups === 'unavailable') return null;
  const setup = (
    <>
      <DatasetChoice setups={setups} />
      {dataset && textColumn && <CodingProgressBar coder={coder} />}
    </>
  );
  return (
    <>
      {!(dataset && textColumn) && bar(setup)}
      {dataset && !textColumn && <p className="notice coding__no-text">{t('coding.noTextColumns', { dataset })}</p>}
      {dataset && textColumn && (
        <CodingViewTabs
          view={view}
          onChange={(next) => {
            setView(next);
            if (next === 'compare') setComparedBy(coder);
          }}
          bar={(tablist) =>
            bar(
              <>
                {setup}
                {tablist}
              </>,
            )
          }
        >
          {view === 'compare' ? (
            <ComparisonView dataset={dataset} textColumn={textColumn} />
          ) : (
            <>
              <CodingFilters searchRef={searchRef} offerDisagreement={comparedBy === coder} />
              <CodingWorkspace searchRef={searchRef} />
            </>
          )}
        </CodingViewTabs>
      )}
    </>
  );
}
