import { useRef, useState, type FormEvent } from 'react';
import { Button } from '../components/Button';
import { Dialog } from '../components/Dialog';
import { PathField } from '../components/PathField';
import { useT } from '../i18n/hooks';
import { startTexts } from './start-texts';
import { ErrorAlert } from '../components/ErrorAlert';
import type { PathDialogMode } from '../stores/workbench-store';
import { useWorkbench } from '../stores/workbench-context';

const PROJECT_EXTENSION = '.skw';

function withProjectExtension(path: string): string {
  return path.toLowerCase().endsWith(PROJECT_EXTENSION) ? path : `${path}${PROJECT_EXTENSION}`;
}

/**
 * Asks for a project file path where the host cannot show the operating system's file dialog
 * (the browser). The engine's error, such as "not a project", is shown inside the dialog so the
 * path can be corrected without starting over.
 */
export function ProjectPathDialog({ mode }: { mode: PathDialogMode }) {
  const t = useT(startTexts);
  const inputRef = useRef<HTMLInputElement>(null);
  const [path, setPath] = useState('');
  const [showRequired, setShowRequired] = useState(false);
  const [busy, setBusy] = useState(false);
  const closePathDialog = useWorkbench((state) => state.closePathDialog);
  const createProject = useWorkbench((state) => state.createProject);
  const openProject = useWorkbench((state) => state.openProject);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const trimmed = path.trim();
    if (!trimmed) {
      setShowRequired(true);
      inputRef.current?.focus();
      return;
    }
    setBusy(true);
    try {
      if (mode === 'new') await createProject(withProjectExtension(trimmed));
      else await openProject(trimmed);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog
      title={mode === 'new' ? t('pathDialog.newTitle') : t('pathDialog.openTitle')}
      onClose={closePathDialog}
      initialFocus={inputRef}
    >
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <p>{mode === 'new' ? t('pathDialog.newIntro') : t('pathDialog.openIntro')}</p>
        <ErrorAlert />
        <PathField
          label={t('pathDialog.label')}
          hint={t('pathDialog.hint')}
          requiredMessage={showRequired ? t('pathDialog.required') : null}
          value={path}
          onChange={(value) => {
            setPath(value);
            setShowRequired(false);
          }}
          inputRef={inputRef}
        />
        <div className="dialog__actions">
          {/* Not `disabled`: that would drop the focus out of the dialog while the engine works. */}
          <Button variant="primary" type="submit" aria-disabled={busy || undefined}>
            {mode === 'new' ? t('pathDialog.create') : t('pathDialog.open')}
          </Button>
          <Button onClick={closePathDialog}>{t('app.cancel')}</Button>
        </div>
      </form>
    </Dialog>
  );
}
