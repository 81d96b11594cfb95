import { useId, useState, type FormEvent } from 'react';
import type { Coders } from '../../../shared/coding/coding-types';
import { TextField } from '../components/TextField';
import { Button } from '../components/Button';
import { useT } from '../i18n/hooks';
import { codingTexts } from './coding-texts';
import { useCoding } from './coding-context';

/** Asks who codes: a new name, or one of the project's coders. The auto-coder and the consensus are not people to pick. */
export function CoderChoice({ coders }: { coders: Coders }) {
  const t = useT(codingTexts);
  const titleId = useId();
  const chooseCoder = useCoding((state) => state.chooseCoder);
  const setSwitching = useCoding((state) => state.setSwitchingCoder);
  const [name, setName] = useState('');
  const [missing, setMissing] = useState(false);
  const people = coders.coders.filter((coder) => coder.kind === 'person' && coder.name !== coders.current);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) {
      setMissing(true);
      return;
    }
    void chooseCoder(name.trim());
  }

  return (
    <form className="coder-choice panel" aria-labelledby={titleId} onSubmit={submit} noValidate>
      <h3 id={titleId} className="panel__title">
        {coders.current ? t('coding.coder.switchTitle') : t('coding.coder.chooseTitle')}
      </h3>
      <p>{t('coding.coder.blind')}</p>
      <div className="coder-choice__new">
        <TextField
          label={t('coding.coder.name')}
          value={name}
          onChange={(value) => {
            setName(value);
            setMissing(false);
          }}
          hint={t('coding.coder.nameHint')}
          error={missing ? t('coding.coder.nameRequired') : null}
          required
        />
        <Button type="submit" variant="primary">
          {t('coding.coder.start')}
        </Button>
      </div>
      {people.length > 0 && (
        <div className="coder-choice__existing">
          <h4 className="coder-choice__subtitle">{t('coding.coder.existing')}</h4>
          <ul className="coder-choice__list">
            {people.map((coder) => (
              <li key={coder.name}>
                <Button onClick={() => void chooseCoder(coder.name)}>
                  {t('coding.coder.continueAs', { name: coder.name })}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {coders.current && (
        <Button variant="quiet" onClick={() => setSwitching(false)}>
          {t('app.cancel')}
        </Button>
      )}
    </form>
  );
}
