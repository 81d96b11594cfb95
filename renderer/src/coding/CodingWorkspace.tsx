import type { RefObject } from 'react';
import { SplitPane } from '../components/SplitPane';
import { useT } from '../i18n/hooks';
import { codingTexts } from './coding-texts';
import { CodePicker } from './CodePicker';
import { CodingGrid } from './CodingGrid';
import { useCoding } from './coding-context';
import { FocusView } from './FocusView';
import { KeyOverview } from './KeyOverview';
import { KeyStrip } from './KeyStrip';
import { useCodingKeys } from './use-coding-keys';

/**
 * The grid, the record in focus and the codes. The coding keys work anywhere in here (but not while
 * typing in a field); the area takes the focus when the user clicks in its text, so the keys keep working.
 */
export function CodingWorkspace({ searchRef }: { searchRef: RefObject<HTMLInputElement | null> }) {
  const t = useT(codingTexts);
  const onKeyDown = useCodingKeys(searchRef);
  const helpOpen = useCoding((state) => state.helpOpen);
  return (
    <div
      className="coding-workspace"
      tabIndex={-1}
      onKeyDown={onKeyDown}
      aria-label={t('coding.workspace')}
      role="region"
    >
      <SplitPane
        id="coding.workspace"
        label={t('workbench.resize')}
        initial={840}
        min={480}
        max={1400}
        first={
          <div data-main-content>
            <CodingGrid />
            <KeyStrip />
          </div>
        }
        second={
          <div className="coding-workspace__focus">
            <FocusView />
            <CodePicker />
          </div>
        }
      />
      {helpOpen && <KeyOverview />}
    </div>
  );
}
