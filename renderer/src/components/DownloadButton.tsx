import { useState } from 'react';
import type { LocalizedText } from '../../../shared/contract/result';
import { Button, type ButtonVariant } from './Button';
import { useLanguage, useT } from '../i18n/hooks';
import { fileTexts } from './file-texts';
import { useWorkbench } from '../stores/workbench-context';

export interface DownloadButtonProps {
  /** The name the browser saves the file as. */
  name: string;
  /** Writes the export to a path on the server, as for a typed path; shows its own error and answers false. */
  write: (path: string) => Promise<boolean>;
  /** Told when the browser has the file, e.g. to say so where the form shows its status. */
  onDownloaded?: (name: string) => void;
  label?: string;
  variant?: ButtonVariant;
}

/**
 * An export as a normal browser download: only in the browser host, which writes the file in a
 * temporary folder and streams it to the browser (`shared/contract/file-transfer.ts`). Renders nothing
 * in the desktop app, which saves to a path chosen in its dialog.
 */
export function DownloadButton({ name, write, onDownloaded, label, variant = 'secondary' }: DownloadButtonProps) {
  const t = useT(fileTexts);
  const language = useLanguage();
  const files = useWorkbench((state) => state.api.files);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<LocalizedText | null>(null);
  if (!files) return null;

  async function download() {
    if (!files || busy) return;
    setBusy(true);
    setError(null);
    try {
      const result = await files.download(name, write);
      if (!result.ok) setError(result.error.message);
      else if (result.data) onDownloaded?.(name);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button variant={variant} aria-disabled={busy || undefined} onClick={() => void download()}>
        {label ?? t('files.download')}
      </Button>
      {error && (
        <span role="alert" className="field__error">
          {error[language]}
        </span>
      )}
    </>
  );
}
