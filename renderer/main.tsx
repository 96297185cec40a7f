/**
 * renderer/: the React app. Entry point: picks the transport (Electron
 * preload or loopback host), creates the typed client and renders.
 * The renderer imports only api/ and npm packages — never core/, db/,
 * electron/, host/ or node:*.
 */
import '@kern-ux/native/dist/kern.min.css';
import '@kern-ux/native/dist/fonts/fira-sans.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from '../api/index.ts';
import { chooseTransport } from './api/index.ts';
import { Root } from './app/root.tsx';
import { createI18n, currentLang } from './i18n/index.ts';

const i18n = createI18n();
const transport = chooseTransport(() => i18n.t('errors.offline'));
const api = createClient(transport, { lang: () => currentLang(i18n) });

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <Root api={api} i18n={i18n} />
    </StrictMode>,
  );
}
