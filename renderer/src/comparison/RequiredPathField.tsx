import { useRef, useState, type RefObject } from 'react';
import { Button } from '../components/Button';
import { PathField } from '../components/PathField';
import { useT } from '../i18n/hooks';
import { useWorkbench } from '../stores/workbench-context';

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
  /** Opens the operating system's file dialog; only offered where the app has one. */
  onBrowse?: () => Promise<void>;
}

export function RequiredPathField({ label, hint, path, onBrowse }: RequiredPathFieldProps) {
  const t = useT();
  const nativeDialogs = useWorkbench((state) => state.appInfo?.nativeDialogs ?? false);
  return (
    <PathField
      label={label}
      hint={hint}
      requiredMessage={path.missing ? t('comparison.pathRequired') : null}
      value={path.value}
      onChange={path.set}
      inputRef={path.inputRef}
    >
      {onBrowse && nativeDialogs && <Button onClick={() => void onBrowse()}>{t('comparison.browse')}</Button>}
    </PathField>
  );
}
