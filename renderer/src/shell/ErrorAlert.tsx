import { useRef } from 'react';
import { Button } from '../components/Button';
import { useLanguage, useT } from '../i18n/hooks';
import { useWorkbench } from '../stores/workbench-context';

/** The last error from the engine, in the current language. */
export function ErrorAlert() {
  const t = useT();
  const language = useLanguage();
  const error = useWorkbench((state) => state.error);
  const dismissError = useWorkbench((state) => state.dismissError);
  const dismissRef = useRef<HTMLButtonElement>(null);
  if (!error) return null;

  function dismiss() {
    // The button disappears with the message; keep the focus in the dialog or main area it was in.
    const container = dismissRef.current?.closest<HTMLElement>('[role="dialog"], main');
    dismissError();
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
