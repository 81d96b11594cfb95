import { useT } from '../i18n/hooks';
import { useSession } from './session-context';
import { sessionTexts } from './session-texts';

/** The name an area goes by on the facilitator's screen, marked when it is under the threshold. */
export function useAreaLabel(): (code: string) => string {
  const t = useT(sessionTexts);
  const areas = useSession((state) => state.areas);
  return (code) => {
    const area = areas.find((candidate) => candidate.code === code);
    const name = area?.name ?? code;
    return area?.suppressed ? `${name} (${t('area.suppressed')})` : name;
  };
}
