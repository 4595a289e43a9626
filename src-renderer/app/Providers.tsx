import { MantineProvider } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n } from 'i18next';
import { useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { ApiContext, type Api } from '../api';
import { createQueryClient } from '../data/use-channel';
import { cssVariablesResolver, theme } from './theme';

interface Props {
  api: Api;
  i18n: i18n;
  /** Mantine's test environment turns off transitions and portals' async work. */
  isTest?: boolean;
  /** A test's own client; the app makes one. */
  queryClient?: QueryClient;
  children: ReactNode;
}

export function Providers({ api, i18n, isTest, queryClient, children }: Props) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <ApiContext.Provider value={api}>
      <QueryClientProvider client={client}>
        <I18nextProvider i18n={i18n}>
          <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} env={isTest ? 'test' : 'default'}>
            {children}
          </MantineProvider>
        </I18nextProvider>
      </QueryClientProvider>
    </ApiContext.Provider>
  );
}
