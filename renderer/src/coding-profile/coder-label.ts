import { SUGGESTIONS_CODER } from '../../../shared/coding/coding-types';
import { useT } from '../i18n/hooks';
import { codingProfileTexts } from './coding-profile-texts';

/** A coder as the profile names it: the auto-coder says what it is. */
export function useCoderLabel(): (coder: string) => string {
  const t = useT(codingProfileTexts);
  return (coder) => (coder === SUGGESTIONS_CODER ? t('codingProfile.coder.suggestions') : coder);
}
