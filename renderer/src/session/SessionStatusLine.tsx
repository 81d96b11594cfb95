import { useT } from '../i18n/hooks';
import { useSession } from './session-context';
import { sessionTexts } from './session-texts';

/** What the last action did, said once in the status line (saved, undone, imported, exported). */
export function SessionStatusLine() {
  const t = useT(sessionTexts);
  const status = useSession((state) => state.status);
  const busy = useSession((state) => state.busy);
  const message =
    status.kind === 'saved'
      ? t('status.saved')
      : status.kind === 'undone'
        ? t('status.undone')
        : status.kind === 'imported'
          ? t('status.imported', { count: status.added })
          : status.kind === 'exported'
            ? t('status.exported', { path: status.path })
            : status.kind === 'downloaded'
              ? t('status.downloaded', { file: status.file })
              : status.kind === 'estimatesDataset'
                ? t('status.estimatesDataset', { name: status.name, rows: status.rows })
                : '';
  return (
    <p role="status" className="session-status" aria-busy={busy || undefined}>
      {message}
    </p>
  );
}
