import { useMemo } from 'react';
import { crosstabFormat, type CrosstabFormat } from '../../../shared/crosstab/crosstab-format';
import { useLanguage } from '../i18n/hooks';

/** How a cross-tab writes its figures in the UI language. */
export function useCrosstabFormat(): CrosstabFormat {
  const language = useLanguage();
  return useMemo(() => crosstabFormat(language), [language]);
}
