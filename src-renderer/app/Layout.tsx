import { Alert, AppShell, Badge, Burger, Group, NavLink, SegmentedControl, Text, Title } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '@shared/contract/settings';
import { ConfirmModal } from '../components/ConfirmModal';
import { useSaveShortcut } from '../components/use-save-shortcut';
import { useLanguageChoice } from '../features/settings/settings.store';
import { ErrorAlert } from '../components/ErrorAlert';
import { useSyncStatus } from '../data/lists';
import { useConfirmStore } from './confirm.store';
import { useFlash } from './flash.store';
import { useNavigation } from './navigation.store';
import type { Route } from './router';

/**
 * Up to a tablet's width (1024 px, landscape) the menu folds behind the burger, so the board and the lists get the
 * whole width; the menu opens over the page and closes on a pick. (Mantine shows the menu from its breakpoint up, so the
 * breakpoint is one pixel past the widest folded width.)
 */
const NAVBAR_FOLDS = 1024;
const NAVBAR_SHOWS_FROM = NAVBAR_FOLDS + 1;

const NAV = [
  { key: 'dashboard', path: '/', matches: ['dashboard'] },
  { key: 'years', path: '/years', matches: ['years', 'year'] },
  { key: 'trainees', path: '/trainees', matches: ['trainees', 'trainee', 'trainee-new', 'trash'] },
  { key: 'hosts', path: '/hosts', matches: ['hosts', 'host'] },
  { key: 'assignments', path: '/assignments', matches: ['assignments'] },
  { key: 'arrivals', path: '/arrivals', matches: ['arrivals'] },
  { key: 'procedures', path: '/procedures', matches: ['procedures'] },
  { key: 'board', path: '/board', matches: ['board'] },
  { key: 'stays', path: '/stays', matches: ['stays'] },
  { key: 'schedule', path: '/schedule', matches: ['schedule'] },
  { key: 'departures', path: '/departures', matches: ['departures'] },
  { key: 'letters', path: '/letters', matches: ['letters'] },
  { key: 'alumni', path: '/alumni', matches: ['alumni'] },
  { key: 'statistics', path: '/statistics', matches: ['statistics'] },
  { key: 'prints', path: '/prints', matches: ['prints'] },
  { key: 'conflicts', path: '/conflicts', matches: ['conflicts'] },
  { key: 'settings', path: '/settings', matches: ['settings'] },
] as const;

function isActive(item: (typeof NAV)[number], route: Route): boolean {
  return (item.matches as readonly string[]).includes(route.name);
}

/** Conflicts waiting for a person, beside their menu item; a count that could not be read says so. */
function ConflictBadge({ count, failed }: { count: number; failed: boolean }) {
  const { t } = useTranslation();
  if (failed) {
    return (
      <Badge size="sm" color="red" variant="outline" title={t('sync.statusFailed')} aria-label={t('sync.statusFailed')} data-testid="conflict-count-failed">
        !
      </Badge>
    );
  }
  if (count === 0) return null;
  return (
    <Badge size="sm" color="orange" data-testid="conflict-count">
      {count}
    </Badge>
  );
}

export function Layout({ route, children }: { route: Route; children: ReactNode }) {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const isFolded = useMediaQuery(`(max-width: ${NAVBAR_SHOWS_FROM - 0.02}px)`, false, { getInitialValueInEffect: false });
  const { language, choose: chooseLanguage, error: languageError } = useLanguageChoice();
  const { pendingPath, navigate, confirmLeave, cancelLeave } = useNavigation();
  const { message, clear } = useFlash();
  const syncStatus = useSyncStatus();
  const openConflicts = syncStatus.data?.openConflicts ?? 0;
  useSaveShortcut();
  const { request: question, answer } = useConfirmStore();

  // A confirmation belongs to the page it was shown on.
  useEffect(() => {
    const timer = message ? window.setTimeout(clear, 6000) : undefined;
    return () => window.clearTimeout(timer);
  }, [message, clear]);

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 220, breakpoint: NAVBAR_SHOWS_FROM, collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            {isFolded && <Burger opened={opened} onClick={toggle} size="sm" aria-label={t('nav.main')} aria-expanded={opened} />}
            <img src="./favicon.svg" alt="" width={28} height={28} />
            {/* The application's name is the page's one level-1 heading; each screen's title is level 2. */}
            <Title order={1} fz="h3" lang="ja">
              {t('app.brand')}
            </Title>
            <Text c="dimmed" size="sm" visibleFrom="md">
              {t('app.header', { subtitle: t('app.subtitle') })}
            </Text>
          </Group>
          <SegmentedControl
            size="xs"
            aria-label={t('app.language')}
            value={language}
            onChange={(value) => chooseLanguage(value as Language)}
            data={LANGUAGES.map((value) => ({ value, label: t(`app.languageName.${value}`) }))}
          />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.main')}>
        {NAV.map((item) => (
          <NavLink
            key={item.key}
            href={`#${item.path}`}
            label={t(`nav.${item.key}`)}
            active={isActive(item, route)}
            rightSection={item.key === 'conflicts' ? <ConflictBadge count={openConflicts} failed={syncStatus.isError} /> : undefined}
            onClick={(event) => {
              event.preventDefault();
              close();
              navigate(item.path);
            }}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <ErrorAlert error={languageError} />
        {message && (
          <Alert color="teal" mb="md" role="status" withCloseButton onClose={clear} data-testid="flash">
            {message}
          </Alert>
        )}
        {children}
      </AppShell.Main>
      <ConfirmModal
        opened={pendingPath !== null}
        title={t('common.unsavedTitle')}
        body={t('common.unsavedBody')}
        confirmLabel={t('common.leave')}
        cancelLabel={t('common.stay')}
        danger
        onConfirm={confirmLeave}
        onCancel={cancelLeave}
      />
      <ConfirmModal
        opened={question !== null}
        title={question?.title ?? ''}
        body={question?.body ?? ''}
        confirmLabel={question?.confirmLabel ?? ''}
        cancelLabel={question?.cancelLabel ?? ''}
        danger={question?.danger}
        onConfirm={() => answer(true)}
        onCancel={() => answer(false)}
      />
    </AppShell>
  );
}
