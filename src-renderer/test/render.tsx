import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { Language } from '@shared/contract/settings';
import type { Backend } from '../../src-main/backend';
import { dispatch } from '../../src-main/ipc/dispatch';
import { memoryBackend } from '../../src-main/test/backend';
import type { Api } from '../api';
import { Providers } from '../app/Providers';
import { useSettings } from '../features/settings/settings.store';
import { createI18n } from '../i18n';

/** An api over the real handler map on an in-memory database: no stubs between UI and SQL. */
export function backendApi(backend: Backend): Api {
  return {
    call: async (channel, input) => (await dispatch(backend.handlers, channel, input, () => undefined)) as never,
  };
}

export function renderWithApp(ui: ReactElement, options: { language?: Language; backend?: Backend } = {}) {
  const backend = options.backend ?? memoryBackend();
  const language = options.language ?? 'ja';
  useSettings.setState({ language });
  const api = backendApi(backend);
  const view = render(
    <Providers api={api} i18n={createI18n(language)} isTest>
      {ui}
    </Providers>,
  );
  return { ...view, backend, api };
}
