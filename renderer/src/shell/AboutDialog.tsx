import { Button } from '../components/Button';
import { Dialog } from '../components/Dialog';
import { useT } from '../i18n/hooks';
import { shellTexts } from './shell-texts';
import { useWorkbench } from '../stores/workbench-context';

export function AboutDialog() {
  const t = useT(shellTexts);
  const appInfo = useWorkbench((state) => state.appInfo);
  const hideAbout = useWorkbench((state) => state.hideAbout);
  return (
    <Dialog title={t('about.title')} onClose={hideAbout}>
      <p>{t('about.body')}</p>
      {appInfo && (
        <dl className="facts">
          <dt>{t('about.version')}</dt>
          <dd>{appInfo.version}</dd>
          <dt>{t('about.host')}</dt>
          <dd>{appInfo.host === 'electron' ? t('about.host.electron') : t('about.host.browser')}</dd>
          <dt>{t('about.schemaVersion')}</dt>
          <dd>{appInfo.schemaVersion}</dd>
        </dl>
      )}
      <div className="dialog__actions">
        <Button variant="primary" onClick={hideAbout}>
          {t('app.close')}
        </Button>
      </div>
    </Dialog>
  );
}
