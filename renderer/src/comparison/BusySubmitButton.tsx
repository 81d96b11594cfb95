import type { ReactNode } from 'react';
import { Button } from '../components/Button';

/**
 * Not `disabled` while the engine works: that would drop the focus out of the form. The form's submit
 * ignores a second press instead.
 */
export function BusySubmitButton({ busy, children }: { busy: boolean; children: ReactNode }) {
  return (
    <div>
      <Button type="submit" aria-disabled={busy || undefined}>
        {children}
      </Button>
    </div>
  );
}
