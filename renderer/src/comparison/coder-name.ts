import { useCallback } from 'react';
import { CONSENSUS_CODER, SUGGESTIONS_CODER } from '../../../shared/coding/coding-types';
import { useT } from '../i18n/hooks';
import { comparisonTexts } from './comparison-texts';

/** A coder as the UI names them: people by their name, the auto-coder and the consensus by what they are. */
export function useCoderName(): (coder: string) => string {
  const t = useT(comparisonTexts);
  return useCallback(
    (coder: string) =>
      coder === SUGGESTIONS_CODER
        ? t('comparison.coder.suggestions')
        : coder === CONSENSUS_CODER
          ? t('comparison.coder.consensus')
          : coder,
    [t],
  );
}
