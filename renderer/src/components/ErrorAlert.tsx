import { useRef } from 'react';
import type { LocalizedText } from '../../../shared/contract/result';
import { Button } from './Button';
import { useLanguage, useT } from '../i18n/hooks';
import { commonTexts } from '../i18n/common-texts';
import { useWorkbench } from '../stores/workbench-context';

export interface ErrorAlertProps {
  /** An error of a part that keeps its own (the import wizard); without it, the workbench's last error. */
  own?: { error: LocalizedText | null; dismiss: () => void };
}

/** The last error from the engine, in the current language. */
export function ErrorAlert({ own }: ErrorAlertProps) {
  const t = useT(commonTexts);
  const language = useLanguage();
  const workbenchError = useWorkbench((state) => state.error);
  const dismissWorkbenchError = useWorkbench((state) => state.dismissError);
  const dismissRef = useRef<HTMLButtonElement>(null);
  const error = own ? own.error : workbenchError;
  if (!error) return null;

  function dismiss() {
    // The button disappears with the message; keep the focus in the dialog or main area it was in.
    const container = dismissRef.current?.closest<HTMLElement>('[role="dialog"], main');
    if (own) own.dismiss();
    else dismissWorkbenchError();
    container?.focus();
  }

  return (
    <div className="alert">
      <p className="alert__message" role="alert">
        {error[language]}
      </p>
      <Button ref={dismissRef} variant="quiet" className="alert__dismiss" onClick={dismiss}>
        {t('app.dismissError')}
      </Button>
    </div>
  );
}
