import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import { installPrintHook } from './print/printHook';
import { App } from './app/App';
import './styles/app.css';

// Main evaluates `__deskPrint` as soon as the print page exists, so it must be defined before React renders.
if (window.location.hash.startsWith('#/print')) installPrintHook();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
