import { MantineProvider } from '@mantine/core';
import type { i18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { ApiContext, type Api } from '../api';
import { theme } from './theme';

interface Props {
  api: Api;
  i18n: i18n;
  /** Mantine's test environment turns off transitions and portals' async work. */
  isTest?: boolean;
  children: ReactNode;
}

export function Providers({ api, i18n, isTest, children }: Props) {
  return (
    <ApiContext.Provider value={api}>
      <I18nextProvider i18n={i18n}>
        <MantineProvider theme={theme} env={isTest ? 'test' : 'default'}>
          {children}
        </MantineProvider>
      </I18nextProvider>
    </ApiContext.Provider>
  );
}
