import { useId, useRef, useState, type DragEvent, type RefObject } from 'react';
import type { OpenFileKind } from '../../../shared/contract/dialog-channels';
import type { UploadedFile } from '../../../shared/contract/file-transfer';
import type { LocalizedText } from '../../../shared/contract/result';
import { Button } from './Button';
import { PathField } from './PathField';
import { useLanguage, useT } from '../i18n/hooks';
import { fileTexts } from './file-texts';
import { createCaller } from '../../../shared/contract/caller';
import { useWorkbench } from '../stores/workbench-context';
import { dragHasFiles, droppedFile, fileOnThisComputer, takesFiles } from './upload-file';

export interface FileFieldProps {
  label: string;
  hint: string;
  requiredMessage: string | null;
  value: string;
  onChange: (value: string) => void;
  inputRef: RefObject<HTMLInputElement | null>;
  initialFocus?: boolean;
  /** The desktop's dialog for this field: a data file, or one of the other files the app reads. */
  dialog: 'data' | OpenFileKind;
  /** What the browser's file picker offers (`.csv,.xlsx`). */
  accept: string;
  /** A path chosen in the dialog or uploaded (not typed): a form may act on it at once. */
  onChosen?: (path: string) => void;
}

type Upload =
  | { state: 'idle' }
  | { state: 'busy'; file: string }
  | { state: 'done'; file: UploadedFile }
  | { state: 'failed'; error: LocalizedText }
  | { state: 'several' };

/**
 * A file named three ways: typed as a path (always), chosen in the operating system's dialog (desktop),
 * or dropped (desktop and browser) or picked (browser); the browser copies it into the project's import
 * folder and fills in its path there (`fileOnThisComputer`).
 */
export function FileField({ dialog, accept, onChosen, ...field }: FileFieldProps) {
  const t = useT(fileTexts);
  const language = useLanguage();
  const api = useWorkbench((state) => state.api);
  const nativeDialogs = useWorkbench((state) => state.appInfo?.nativeDialogs ?? false);
  const pickerRef = useRef<HTMLInputElement>(null);
  const statusId = useId();
  const [upload, setUpload] = useState<Upload>({ state: 'idle' });
  const [dragging, setDragging] = useState(false);
  const files = api.files;
  const takes = takesFiles(api);

  function chosen(path: string) {
    field.onChange(path);
    onChosen?.(path);
  }

  async function browse() {
    setUpload({ state: 'idle' });
    const answer =
      dialog === 'data'
        ? await createCaller(api)('dialog.chooseDataFile', {})
        : await createCaller(api)('dialog.chooseFileToOpen', { kind: dialog });
    if (!answer.ok) setUpload({ state: 'failed', error: answer.error.message });
    else if (answer.data.path !== null) chosen(answer.data.path);
  }

  async function send(file: File) {
    // Only a copy to the browser host takes a while; the desktop reads the file where it is.
    if (!api.pathOfFile) setUpload({ state: 'busy', file: file.name });
    const answer = await fileOnThisComputer(api, file);
    if (!answer.ok) {
      setUpload({ state: 'failed', error: answer.error });
      return;
    }
    setUpload(answer.uploaded ? { state: 'done', file: answer.uploaded } : { state: 'idle' });
    chosen(answer.path);
  }

  function drop(event: DragEvent<HTMLDivElement>) {
    if (!takes || !dragHasFiles(event.dataTransfer)) return;
    // Taken here: a drop zone around the field (the Data section's) sees it handled and only ends its hint.
    event.preventDefault();
    setDragging(false);
    const file = droppedFile(event.dataTransfer);
    if (file) void send(file);
    else setUpload({ state: 'several' });
  }

  const message =
    upload.state === 'busy'
      ? t('files.uploading', { file: upload.file })
      : upload.state === 'done'
        ? upload.file.name === upload.file.requestedName
          ? t('files.uploaded', { file: upload.file.name, path: upload.file.path })
          : t('files.renamed', { requested: upload.file.requestedName, file: upload.file.name, path: upload.file.path })
        : '';

  return (
    <div
      className={dragging ? 'file-field file-field--dragging' : 'file-field'}
      onDragOver={(event) => {
        if (!takes || !dragHasFiles(event.dataTransfer)) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
    >
      <PathField {...field}>
        {nativeDialogs && <Button onClick={() => void browse()}>{t('files.browse')}</Button>}
        {files && !nativeDialogs && (
          <>
            <Button onClick={() => pickerRef.current?.click()} aria-describedby={statusId}>
              {t('files.browse')}
            </Button>
            <input
              ref={pickerRef}
              type="file"
              accept={accept}
              hidden
              tabIndex={-1}
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = '';
                if (file) void send(file);
              }}
            />
          </>
        )}
      </PathField>
      {takes && <p className="field__hint file-field__drop">{t('files.dropHint')}</p>}
      <p id={statusId} role="status" className="field__hint">
        {message}
      </p>
      {(upload.state === 'failed' || upload.state === 'several') && (
        <p role="alert" className="field__error">
          {upload.state === 'failed' ? upload.error[language] : t('files.dropOne')}
        </p>
      )}
    </div>
  );
}
