import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { detectBridge } from './bridge/detect-bridge';
import { createWorkbenchStore } from './stores/workbench-store';
import './styles/tokens.css';
import './styles/base.css';
import './styles/components.css';
import './styles/screens.css';
import './styles/workbench.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const store = createWorkbenchStore(detectBridge(window));
createRoot(container).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);
