import { useId, useRef, useState, type FormEvent } from 'react';
import { recordFileName } from '../../../shared/session/record-file-name';
import type { Session } from '../../../shared/session/session-types';
import { Button } from '../components/Button';
import { DownloadButton } from '../components/DownloadButton';
import { PathField } from '../components/PathField';
import { SaveAsButton } from '../components/SaveAsButton';
import { useT } from '../i18n/hooks';
import { useWorkbench } from '../stores/workbench-context';

import { useSession } from './session-context';
import { sessionTexts } from './session-texts';

/**
 * The session record: one self-contained HTML file, partner-safe, that prints on A4. Written to a typed
 * path (or one from the desktop's save dialog), or downloaded in the browser.
 */
export function RecordExport({ session }: { session: Session }) {
  const t = useT(sessionTexts);
  const titleId = useId();
  const exportRecord = useSession((state) => state.exportRecord);
  const setStatus = useSession((state) => state.setStatus);
  const areas = useSession((state) => state.areas);
  const canDownload = useWorkbench((state) => Boolean(state.api.files));
  const canPrint = useWorkbench((state) => state.appInfo?.nativeDialogs ?? false);
  const saveRecordAsPdf = useSession((state) => state.saveRecordAsPdf);
  const inputRef = useRef<HTMLInputElement>(null);
  const [path, setPath] = useState('');
  const [missing, setMissing] = useState(false);
  // An area whose figures are not known yet counts as under the threshold: it never names the file.
  const name = recordFileName(
    session.date,
    session.areas.map((code) => areas.find((area) => area.code === code) ?? { code, name: null, suppressed: true }),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!path.trim()) {
      setMissing(true);
      inputRef.current?.focus();
      return;
    }
    void exportRecord(path.trim());
  }

  return (
    <section className="session-record panel" aria-labelledby={titleId}>
      <h3 id={titleId} className="session-panel-title">
        {t('record.title')}
      </h3>
      <p className="muted">{t('record.intro')}</p>
      <div className="session-record__ways">
        <form className="session-record__path" noValidate onSubmit={submit}>
          <PathField
            label={t('record.path')}
            hint={t('record.pathHint', { name })}
            requiredMessage={missing ? t('record.pathRequired') : null}
            value={path}
            onChange={(value) => {
              setPath(value);
              setMissing(false);
            }}
            inputRef={inputRef}
          >
            <SaveAsButton kind="sessionRecord" name={name} onChosen={setPath} />
          </PathField>
          <Button type="submit">{t('record.save')}</Button>
        </form>
        {canDownload && (
          <div className="session-record__download">
            <DownloadButton
              name={name}
              label={t('record.download')}
              variant="primary"
              write={exportRecord}
              onDownloaded={(file) => setStatus({ kind: 'downloaded', file })}
            />
          </div>
        )}
        {canPrint && (
          <div className="session-record__download">
            <Button onClick={() => void saveRecordAsPdf(name.replace(/\.html$/, '.pdf'))}>{t('record.pdf')}</Button>
          </div>
        )}
      </div>
      {!canPrint && <p className="field__hint">{t('record.printHint')}</p>}
    </section>
  );
}
