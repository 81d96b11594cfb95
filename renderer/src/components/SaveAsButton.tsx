import { useState } from 'react';
import type { SaveFileKind } from '../../../shared/contract/dialog-channels';
import type { LocalizedText } from '../../../shared/contract/result';
import { Button } from './Button';
import { useLanguage, useT } from '../i18n/hooks';
import { fileTexts } from './file-texts';
import { createCaller } from '../../../shared/contract/caller';
import { useWorkbench } from '../stores/workbench-context';

export interface SaveAsButtonProps {
  kind: SaveFileKind;
  /** The file name the dialog proposes. */
  name: string;
  /** The path chosen: it fills the export's path field. */
  onChosen: (path: string) => void;
}

/** The desktop's save dialog beside an export's path field; renders nothing where the host has no dialogs. */
export function SaveAsButton({ kind, name, onChosen }: SaveAsButtonProps) {
  const t = useT(fileTexts);
  const language = useLanguage();
  const api = useWorkbench((state) => state.api);
  const nativeDialogs = useWorkbench((state) => state.appInfo?.nativeDialogs ?? false);
  const [error, setError] = useState<LocalizedText | null>(null);
  if (!nativeDialogs) return null;

  async function choose() {
    setError(null);
    const answer = await createCaller(api)('dialog.chooseSavePath', { kind, name });
    if (!answer.ok) setError(answer.error.message);
    else if (answer.data.path !== null) onChosen(answer.data.path);
  }

  return (
    <>
      <Button onClick={() => void choose()}>{t('files.saveAs')}</Button>
      {error && (
        <span role="alert" className="field__error">
          {error[language]}
        </span>
      )}
    </>
  );
}
