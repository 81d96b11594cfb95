import { useMemo } from 'react';
import { useLanguage } from '../i18n/hooks';
import { localeOf } from '../../../shared/i18n/locale';

export interface ShareFormat {
  /** A share drawn in percent (0–100), one decimal: `44,3%`. */
  share(percent: number): string;
  /** A ring of the share radar: `20%`. */
  ring(percent: number): string;
}

export function useShareFormat(): ShareFormat {
  const language = useLanguage();
  return useMemo(() => {
    const share = new Intl.NumberFormat(localeOf(language), {
      style: 'percent',
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
    const ring = new Intl.NumberFormat(localeOf(language), { style: 'percent', maximumFractionDigits: 0 });
    return { share: (percent) => share.format(percent / 100), ring: (percent) => ring.format(percent / 100) };
  }, [language]);
}
