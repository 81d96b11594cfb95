import { useState, type ReactNode } from 'react';
import { useT } from '../i18n/hooks';
import { fileTexts } from './file-texts';
import { useWorkbench } from '../stores/workbench-context';
import { dragHasFiles, droppedFile, takesFiles } from './upload-file';

export interface DropZoneProps {
  /** The one file dropped; a drop of several is refused with a message. */
  onFile: (file: File) => void;
  /** Said over the area while a file is dragged over it. */
  hint: string;
  children: ReactNode;
}

/**
 * An area that takes a file dropped anywhere on it, with a visible hint while a file is dragged over.
 * In the hosts that take files: the desktop reads the file where it is, the browser host copies it to the
 * server (`fileOnThisComputer`).
 */
export function DropZone({ onFile, hint, children }: DropZoneProps) {
  const t = useT(fileTexts);
  const active = useWorkbench((state) => takesFiles(state.api));
  // Entering a child fires dragleave on the parent: count the enters so the hint stays while inside.
  const [depth, setDepth] = useState(0);
  const [several, setSeveral] = useState(false);

  return (
    <div
      className={depth > 0 ? 'drop-zone drop-zone--dragging' : 'drop-zone'}
      onDragEnter={(event) => {
        if (!active || !dragHasFiles(event.dataTransfer)) return;
        event.preventDefault();
        setDepth((n) => n + 1);
      }}
      onDragOver={(event) => {
        if (!active || !dragHasFiles(event.dataTransfer)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={() => setDepth((n) => Math.max(0, n - 1))}
      onDrop={(event) => {
        setDepth(0);
        // A field inside the zone (FileField) that took the file has marked the drop handled.
        if (!active || event.defaultPrevented || !dragHasFiles(event.dataTransfer)) return;
        event.preventDefault();
        const file = droppedFile(event.dataTransfer);
        setSeveral(!file);
        if (file) onFile(file);
      }}
    >
      {depth > 0 && (
        <div className="drop-zone__hint" aria-hidden="true">
          {hint}
        </div>
      )}
      {several && (
        <p role="alert" className="field__error">
          {t('files.dropOne')}
        </p>
      )}
      {children}
    </div>
  );
}
