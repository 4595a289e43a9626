import { MantineProvider, mergeThemeOverrides } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n } from 'i18next';
import { useMemo, useState, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
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
          <ThemeProvider isTest={isTest}>{children}</ThemeProvider>
        </I18nextProvider>
      </QueryClientProvider>
    </ApiContext.Provider>
  );
}

/** Mantine with the app's theme; the close buttons of every dialog and message say what they do, in the person's language. */
function ThemeProvider({ isTest, children }: { isTest?: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  const close = t('common.close');
  const themed = useMemo(
    () =>
      mergeThemeOverrides(theme, {
        components: {
          Modal: { defaultProps: { closeButtonProps: { 'aria-label': close } } },
          Drawer: { defaultProps: { closeButtonProps: { 'aria-label': close } } },
          Alert: { defaultProps: { closeButtonLabel: close } },
        },
      }),
    [close],
  );
  return (
    <MantineProvider theme={themed} cssVariablesResolver={cssVariablesResolver} env={isTest ? 'test' : 'default'}>
      {children}
    </MantineProvider>
  );
}
