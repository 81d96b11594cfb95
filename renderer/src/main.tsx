import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { isPresentationPage } from './bridge/browser-bridge';
import { detectBridge } from './bridge/detect-bridge';
import { PresentationPage } from './presentation/PresentationPage';
import { WorkbenchProvider } from './stores/workbench-context';
import { LanguageSchema } from '../../shared/i18n/language';
import { createWorkbenchStore } from './stores/workbench-store';
import './styles/tokens.css';
import './styles/base.css';
import './styles/components.css';
import './styles/screens.css';
import './styles/workbench.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// Read before the bridge takes the token out of the address bar.
const presentation = isPresentationPage(window.location);
const store = createWorkbenchStore(detectBridge(window));
if (presentation) {
  // The projector's token may read its slide and nothing else, so the language comes with its link.
  const language = LanguageSchema.safeParse(new URL(window.location.href).searchParams.get('lang'));
  if (language.success) store.setState({ language: language.data });
  document.documentElement.lang = store.getState().language;
}
createRoot(container).render(
  <StrictMode>
    {presentation ? (
      <WorkbenchProvider store={store}>
        <PresentationPage />
      </WorkbenchProvider>
    ) : (
      <App store={store} />
    )}
  </StrictMode>,
);
