import { useState } from 'react';
import { Button } from '../components/Button';
import { Dialog } from '../components/Dialog';
import { useFormat, useT } from '../i18n/hooks';
import { useWorkbench } from '../stores/workbench-context';
import { useSession } from './session-context';
import { sessionTexts } from './session-texts';

/** Today as YYYY-MM-DD in the user's own time zone. */
function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The project's sessions: choose one, make a new one, duplicate or delete the chosen one. */
export function SessionList() {
  const t = useT(sessionTexts);
  const format = useFormat();
  const sessions = useSession((state) => state.sessions);
  const session = useSession((state) => state.session);
  const select = useSession((state) => state.select);
  const create = useSession((state) => state.create);
  const duplicate = useSession((state) => state.duplicate);
  const remove = useSession((state) => state.remove);
  const datasets = useWorkbench((state) => state.datasets);
  const [confirming, setConfirming] = useState(false);
  const list = Array.isArray(sessions) ? sessions : [];

  function createSession() {
    const available = Array.isArray(datasets) ? datasets : [];
    // The first dataset is a start; the figures dataset is chosen in the settings.
    const figures = available[0];
    void create(t('session.newTitle'), today(), figures?.name ?? null);
  }

  return (
    <div className="session-list">
      {list.length === 0 ? (
        <p className="muted">{t('session.listEmpty')}</p>
      ) : (
        <ul className="session-list__items" aria-label={t('session.sessions')}>
          {list.map((item) => (
            <li key={item.id}>
              <button
                type="button"
                className="session-list__item"
                aria-current={item.id === session?.id ? 'true' : undefined}
                onClick={() => void select(item.id)}
              >
                <span className="session-list__name">{item.title}</span>
                <span className="session-list__meta">
                  {item.date} · {t('session.stepCount', { count: format.number(item.steps) })}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="session-list__actions">
        <Button variant="primary" onClick={createSession}>
          {t('session.new')}
        </Button>
        {session && (
          <>
            <Button onClick={() => void duplicate()}>{t('session.duplicate')}</Button>
            <Button onClick={() => setConfirming(true)}>{t('session.delete')}</Button>
          </>
        )}
      </div>
      {confirming && session && (
        <Dialog title={t('session.deleteTitle')} onClose={() => setConfirming(false)}>
          <p>{t('session.deleteBody', { title: session.title })}</p>
          <div className="dialog__actions">
            <Button
              variant="primary"
              onClick={() => {
                setConfirming(false);
                void remove();
              }}
            >
              {t('session.deleteConfirm')}
            </Button>
            <Button onClick={() => setConfirming(false)}>{t('session.cancel')}</Button>
          </div>
        </Dialog>
      )}
    </div>
  );
}
