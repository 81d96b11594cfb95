import { Button } from '../components/Button';
import { Dialog } from '../components/Dialog';
import { useT } from '../i18n/hooks';
import { codingTexts, type CodingKey } from './coding-texts';
import { useCoding } from './coding-context';
import { ScrollTable } from '../components/ScrollTable';

const keys: [string, CodingKey][] = [
  ['1 2 3 4', 'coding.help.conditions'],
  ['b … z, ⇧B … ⇧Z', 'coding.help.subCodes'],
  ['A', 'coding.help.accept'],
  ['Enter', 'coding.help.enter'],
  ['↑ ↓', 'coding.help.move'],
  ['Page Up, Page Down', 'coding.help.page'],
  ['Home, End', 'coding.help.ends'],
  ['Ctrl+Z, ⌘Z', 'coding.help.undo'],
  ['Ctrl+Shift+Z, Ctrl+Y', 'coding.help.redo'],
  ['/', 'coding.help.search'],
  ['Esc', 'coding.help.escape'],
  ['?', 'coding.help.help'],
];

/** Every coding key and what it does. */
export function KeyOverview() {
  const t = useT(codingTexts);
  const setHelpOpen = useCoding((state) => state.setHelpOpen);
  const close = () => setHelpOpen(false);
  return (
    <Dialog title={t('coding.help.title')} onClose={close}>
      <p>{t('coding.help.intro')}</p>
      <ScrollTable label={t('coding.help.title')}>
        <table className="data-table key-overview">
          <thead>
            <tr>
              <th scope="col">{t('coding.help.key')}</th>
              <th scope="col">{t('coding.help.action')}</th>
            </tr>
          </thead>
          <tbody>
            {keys.map(([key, action]) => (
              <tr key={key}>
                <th scope="row">
                  <kbd className="key-hint">{key}</kbd>
                </th>
                <td>{t(action)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <div className="dialog__actions">
        <Button variant="primary" onClick={close}>
          {t('app.close')}
        </Button>
      </div>
    </Dialog>
  );
}
