import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n } from './app/i18n/i18n';
import './app/styles/base.css';
import './app/styles/shell.css';
import './app/styles/pages.css';
import './app/styles/login.css';
import './app/styles/plain.css';

// Texts first (one small chunk for the remembered language), then the app.
void initI18n().then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
