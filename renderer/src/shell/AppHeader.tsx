import { conditions } from '../../../shared/conditions';
import { Button } from '../components/Button';
import { useT } from '../i18n/hooks';
import { useWorkbench } from '../stores/workbench-context';
import { LanguageSwitch } from './LanguageSwitch';

export function AppHeader() {
  const t = useT();
  const showAbout = useWorkbench((state) => state.showAbout);
  return (
    <header className="app-header">
      <div className="app-header__inner">
        <span className="app-header__brand">
          <span className="brand-mark" aria-hidden="true">
            {conditions.map((condition) => (
              <span
                key={condition.id}
                className="brand-mark__tile"
                style={{ backgroundColor: `var(--condition-${condition.id})` }}
              />
            ))}
          </span>
          {t('app.name')}
        </span>
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
