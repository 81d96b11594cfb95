import { useEffect, useRef, type RefObject } from 'react';
import { DropZone } from '../components/DropZone';
import { focusViewStart } from '../components/focusable';
import { DatasetList } from '../datasets/DatasetList';
import { VariableView } from '../datasets/VariableView';
import { ImportWizard } from '../import/ImportWizard';
import { importWizardFor } from '../import/import-wizard-store';
import { useT } from '../i18n/hooks';
import { projectTexts } from './project-texts';
import { useWorkbench, useWorkbenchStore } from '../stores/workbench-context';
import type { DataView } from '../stores/workbench-store';

/**
 * The Data section: the dataset list, the import wizard, or one dataset's variables. A file dropped
 * anywhere on it (desktop or browser) starts the import wizard with that file.
 */
export function DataSection() {
  const t = useT(projectTexts);
  const datasets = useWorkbench((state) => state.datasets);
  const dataView = useWorkbench((state) => state.dataView);
  const workbench = useWorkbenchStore();
  const sectionRef = useRef<HTMLDivElement>(null);
  useViewStartFocus(sectionRef, dataView);

  let content;
  if (dataView.screen === 'import') content = <ImportWizard wizard={importWizardFor(workbench, dataView.run)} />;
  else if (dataView.screen === 'variables') content = <VariableView view={dataView} />;
  else if (datasets === 'loading') content = <p role="status">{t('data.loading')}</p>;
  // The error is already shown above; an empty state here would wrongly say the project is empty.
  else if (datasets === 'unavailable') content = null;
  else content = <DatasetList datasets={datasets} />;

  // A running import keeps its wizard: the wizard does not take a file dropped then.
  function importDropped(file: File) {
    const view = workbench.getState().dataView;
    if (view.screen !== 'import') workbench.getState().openImport();
    const current = workbench.getState().dataView;
    if (current.screen === 'import') void importWizardFor(workbench, current.run).getState().readDropped(file);
  }

  return (
    <DropZone onFile={importDropped} hint={t('files.dropTitle')}>
      <div ref={sectionRef}>{content}</div>
    </DropZone>
  );
}

function viewKey(view: DataView): string {
  return view.screen === 'variables' ? `variables:${view.dataset}` : view.screen;
}

/**
 * Moving between the list, the wizard and a dataset moves focus to the start of the new view, as a
 * new screen does (the button pressed is gone). Not when the section shows after a tab was chosen:
 * focus stays on the tab.
 */
function useViewStartFocus(sectionRef: RefObject<HTMLDivElement | null>, view: DataView) {
  const shown = useRef<string | null>(null);
  const key = viewKey(view);
  useEffect(() => {
    if (key === shown.current) return;
    const isFirst = shown.current === null;
    shown.current = key;
    if (!isFirst) focusViewStart(sectionRef.current, 'h2');
  }, [sectionRef, key]);
}
