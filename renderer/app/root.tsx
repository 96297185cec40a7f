/**
 * The React tree's top: i18n and the API client handed in from outside, so
 * the app runs the same under Electron, in a browser and in component tests.
 */
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import type { ApiClient } from '../../api/index.ts';
import { ApiProvider } from '../api/index.ts';
import { App } from './app.tsx';

export function Root({ api, i18n }: { api: ApiClient; i18n: I18n }) {
  return (
    <I18nextProvider i18n={i18n}>
      <ApiProvider api={api}>
        <App />
      </ApiProvider>
    </I18nextProvider>
  );
}
