import { Button } from '../components/Button';
import { useT } from '../i18n/hooks';
import { codingTexts } from './coding-texts';
import { useCoding } from './coding-context';

/** Who is coding now; codings are stored under this name, and only this coder's codings are shown. */
export function CurrentCoder({ name }: { name: string }) {
  const t = useT(codingTexts);
  const setSwitching = useCoding((state) => state.setSwitchingCoder);
  return (
    <div className="current-coder">
      <p className="current-coder__name">
        <span className="current-coder__label">{t('coding.coder.current')}</span> <strong>{name}</strong>
      </p>
      <Button variant="secondary" onClick={() => setSwitching(true)}>
        {t('coding.coder.switch')}
      </Button>
    </div>
  );
}
