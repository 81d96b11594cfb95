import { useRef, useState, type RefObject } from 'react';
import type { OpenFileKind, SaveFileKind } from '../../../shared/contract/dialog-channels';
import { FileField } from '../components/FileField';
import { PathField } from '../components/PathField';
import { SaveAsButton } from '../components/SaveAsButton';
import { useT } from '../i18n/hooks';
import { comparisonTexts } from './comparison-texts';

/** A file path a form cannot be sent without; made by `useRequiredPath`, drawn by `RequiredPathField`. */
export interface RequiredPath {
  value: string;
  /** Typed or chosen: either way the field stops saying the path is missing. */
  set: (value: string) => void;
  /** The path without surrounding spaces, or null; the field then says it is missing until a path is given. */
  check: () => string | null;
  focus: () => void;
  missing: boolean;
  inputRef: RefObject<HTMLInputElement | null>;
}

export function useRequiredPath(): RequiredPath {
  const inputRef = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState('');
  const [missing, setMissing] = useState(false);
  return {
    value,
    set(next) {
      setValue(next);
      setMissing(false);
    },
    check() {
      const path = value.trim();
      setMissing(!path);
      return path || null;
    },
    focus: () => inputRef.current?.focus(),
    missing,
    inputRef,
  };
}

interface RequiredPathFieldProps {
  label: string;
  hint: string;
  path: RequiredPath;
  /** A file to read: picked in the desktop's dialog, or picked or dropped in the browser. */
  open?: { kind: OpenFileKind; accept: string; onChosen?: (path: string) => void };
  /** A file to write: the desktop's save dialog proposes `name`. */
  save?: { kind: SaveFileKind; name: string };
}

export function RequiredPathField({ label, hint, path, open, save }: RequiredPathFieldProps) {
  const t = useT(comparisonTexts);
  const field = {
    label,
    hint,
    requiredMessage: path.missing ? t('comparison.pathRequired') : null,
    value: path.value,
    onChange: path.set,
    inputRef: path.inputRef,
  };
  if (open) return <FileField {...field} dialog={open.kind} accept={open.accept} onChosen={open.onChosen} />;
  return (
    <PathField {...field}>{save && <SaveAsButton kind={save.kind} name={save.name} onChosen={path.set} />}</PathField>
  );
}
