import { SUGGESTIONS_CODER } from '../../../shared/coding/coding-types';
import { useT } from '../i18n/hooks';

/** A coder as the profile names it: the auto-coder says what it is. */
export function useCoderLabel(): (coder: string) => string {
  const t = useT();
  return (coder) => (coder === SUGGESTIONS_CODER ? t('codingProfile.coder.suggestions') : coder);
}
