import '@mantine/core/styles.css';
import './app/fonts';
import './app/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { pickApi } from './api';
import { App } from './app/App';
import { Providers } from './app/Providers';
import { createI18n } from './i18n';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Providers api={pickApi()} i18n={createI18n('ja')}>
        <App />
      </Providers>
    </StrictMode>,
  );
}
