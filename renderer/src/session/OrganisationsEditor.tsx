import { useId, useState, type FormEvent } from 'react';
import type { Organisation, Session } from '../../../shared/session/session-types';
import { Button } from '../components/Button';
import { CommitTextField } from '../components/CommitTextField';
import { TextField } from '../components/TextField';
import { useT } from '../i18n/hooks';
import { useSession } from './session-context';
import { sessionTexts } from './session-texts';

/** The participating organisations and their roles: no names of people are asked for. */
export function OrganisationsEditor({ session }: { session: Session }) {
  const t = useT(sessionTexts);
  const titleId = useId();
  const setOrganisations = useSession((state) => state.setOrganisations);
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [missing, setMissing] = useState(false);
  const organisations = session.organisations;

  function save(next: (Omit<Organisation, 'id'> & { id?: number })[]) {
    void setOrganisations(next);
  }

  function change(id: number, edit: Partial<Organisation>) {
    save(organisations.map((organisation) => (organisation.id === id ? { ...organisation, ...edit } : organisation)));
  }

  function add(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) {
      setMissing(true);
      return;
    }
    save([...organisations, { name: name.trim(), role: role.trim() }]);
    setName('');
    setRole('');
    setMissing(false);
  }

  return (
    <section className="session-organisations" aria-labelledby={titleId}>
      <h4 id={titleId} className="session-settings__title">
        {t('organisations.title')}
      </h4>
      <p className="field__hint">{t('organisations.hint')}</p>
      {organisations.length > 0 && (
        <ul className="session-organisations__list">
          {organisations.map((organisation) => (
            <li key={organisation.id} className="session-organisations__item">
              <CommitTextField
                label={t('organisations.name')}
                value={organisation.name}
                validate={(text) => (text.trim() ? null : t('organisations.nameRequired'))}
                onCommit={(text) => change(organisation.id, { name: text })}
              />
              <CommitTextField
                label={t('organisations.role')}
                value={organisation.role}
                onCommit={(text) => change(organisation.id, { role: text })}
              />
              <Button
                variant="quiet"
                aria-label={t('organisations.removeNamed', { name: organisation.name })}
                onClick={() => save(organisations.filter((other) => other.id !== organisation.id))}
              >
                {t('organisations.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form className="session-organisations__add" noValidate onSubmit={add}>
        <TextField
          label={t('organisations.newName')}
          value={name}
          onChange={(value) => {
            setName(value);
            setMissing(false);
          }}
          error={missing ? t('organisations.nameRequired') : null}
        />
        <TextField
          label={t('organisations.newRole')}
          value={role}
          onChange={setRole}
          hint={t('organisations.roleHint')}
        />
        <Button type="submit">{t('organisations.add')}</Button>
      </form>
    </section>
  );
}
