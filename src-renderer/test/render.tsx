import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { AppErrorBody } from '@shared/contract/result';
import type { Language } from '@shared/contract/settings';
import type { Backend } from '../../src-main/backend';
import { dispatch } from '../../src-main/ipc/dispatch';
import { memoryBackend } from '../../src-main/test/backend';
import type { Api } from '../api';
import { Layout } from '../app/Layout';
import { Providers } from '../app/Providers';
import { useSettings } from '../features/settings/settings.store';
import { createI18n } from '../i18n';

/** An api over the real handler map on an in-memory database: no stubs between UI and SQL. */
export function backendApi(backend: Backend): Api {
  return {
    call: async (channel, input) => (await dispatch(backend.handlers, channel, input, () => undefined)) as never,
  };
}

/** An api whose every call fails as the backend would answer a failure, for the screens' error states. */
export function failingApi(code: AppErrorBody['code'] = 'internal'): Api {
  return { call: async () => ({ ok: false, error: { code } }) };
}

export function renderWithApp(ui: ReactElement, options: { language?: Language; backend?: Backend; api?: Api; withLayout?: boolean } = {}) {
  const backend = options.backend ?? memoryBackend();
  const language = options.language ?? 'ja';
  useSettings.setState({ language });
  const api = options.api ?? backendApi(backend);
  const view = render(
    <Providers api={api} i18n={createI18n(language)} isTest>
      {options.withLayout ? <Layout route={{ name: 'dashboard' }}>{ui}</Layout> : ui}
    </Providers>,
  );
  return { ...view, backend, api };
}
