import type { ReactNode } from 'react';
import { conditions } from '../../../shared/conditions';
import { Button } from '../components/Button';
import { useT } from '../i18n/hooks';
import { shellTexts } from './shell-texts';
import { useWorkbench } from '../stores/workbench-context';
import { LanguageSwitch } from './LanguageSwitch';

/** One compact row: the app's mark (its name beside it only without a project), the open project's bar, tools. */
export function AppHeader({ children }: { children?: ReactNode }) {
  const t = useT(shellTexts);
  const showAbout = useWorkbench((state) => state.showAbout);
  return (
    <header className="app-header">
      <div className="app-header__inner">
        <span className="app-header__brand" title={children ? t('app.name') : undefined}>
          <span className="brand-mark" aria-hidden="true">
            {conditions.map((condition) => (
              <span
                key={condition.id}
                className="brand-mark__tile"
                style={{ backgroundColor: `var(--condition-${condition.id})` }}
              />
            ))}
          </span>
          <span className={children ? 'visually-hidden' : undefined}>{t('app.name')}</span>
        </span>
        {children}
        <div className="app-header__tools">
          <Button variant="quiet" className="app-header__about" onClick={showAbout}>
            {t('app.about')}
          </Button>
          <LanguageSwitch />
        </div>
      </div>
    </header>
  );
}
