import { Center, Loader } from '@mantine/core';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api';
import { QueryError } from '../data/QueryState';
import { useChannel } from '../data/use-channel';
import { UnlockPage } from '../features/vault/UnlockPage';
import { DisposalRecordRoute } from '../features/prints/DisposalRecordSheet';
import { PrintRoute } from '../features/prints/PrintRoute';
import { PrintsPage } from '../features/prints/PrintsPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { ConflictsPage } from '../features/sync/ConflictsPage';
import { useSettings } from '../features/settings/settings.store';
import { TraineeDetailPage } from '../features/trainees/TraineeDetailPage';
import { TrashPage } from '../features/trainees/TrashPage';
import { AssignmentsPage } from '../features/assignments/AssignmentsPage';
import { ArrivalsPage } from '../features/arrivals/ArrivalsPage';
import { AirportBoardPage } from '../features/board/AirportBoardPage';
import { SchedulePage } from '../features/schedule/SchedulePage';
import { StaysPage } from '../features/stays/StaysPage';
import { ProceduresPage } from '../features/procedures/ProceduresPage';
import { StatisticsPage } from '../features/statistics/StatisticsPage';
import { AlumniPage } from '../features/alumni/AlumniPage';
import { LettersPage } from '../features/letters/LettersPage';
import { DeparturesPage } from '../features/departures/DeparturesPage';
import { ProcedurePrintRoute } from '../features/prints/ProcedureSheets';
import { StatisticsPrintRoute } from '../features/prints/StatisticsSheets';
import { AlumniPrintRoute } from '../features/prints/AlumniSheets';
import { LetterPrintRoute } from '../features/prints/LetterSheets';
import { CompletionPrintRoute } from '../features/prints/CertificateSheets';
import { DeparturePrintRoute } from '../features/prints/DepartureSheets';
import { HostDetailPage } from '../features/hosts/HostDetailPage';
import { HostsPage } from '../features/hosts/HostsPage';
import { TraineesPage } from '../features/trainees/TraineesPage';
import { YearDetailPage } from '../features/years/YearDetailPage';
import { YearsPage } from '../features/years/YearsPage';
import { Layout } from './Layout';
import { useRoute, type Route } from './router';

function Page({ route }: { route: Route }) {
  switch (route.name) {
    case 'dashboard':
      return <DashboardPage />;
    case 'years':
      return <YearsPage />;
    case 'year':
      return <YearDetailPage id={route.id} />;
    case 'trainees':
      return <TraineesPage />;
    case 'trainee-new':
      return <TraineeDetailPage id={null} />;
    case 'trainee':
      return <TraineeDetailPage key={route.id} id={route.id} focus={route.focus} />;
    case 'trash':
      return <TrashPage />;
    case 'hosts':
      return <HostsPage />;
    case 'host':
      return <HostDetailPage key={route.id} id={route.id} />;
    case 'assignments':
      return <AssignmentsPage />;
    case 'arrivals':
      return <ArrivalsPage />;
    case 'board':
      return <AirportBoardPage />;
    case 'stays':
      return <StaysPage />;
    case 'procedures':
      return <ProceduresPage />;
    case 'departures':
      return <DeparturesPage />;
    case 'letters':
      return <LettersPage />;
    case 'alumni':
      return <AlumniPage />;
    case 'statistics':
      return <StatisticsPage />;
    case 'schedule':
      return <SchedulePage />;
    case 'settings':
      return <SettingsPage />;
    case 'conflicts':
      return <ConflictsPage />;
    case 'prints':
      return <PrintsPage />;
    case 'print':
    case 'disposal-print':
    case 'statistics-print':
    case 'alumni-print':
    case 'letters-print':
    case 'completion-print':
    case 'departures-print':
      return null;
  }
}

/** A copy from another PC waits for its transfer code before anything else opens. */
export function App() {
  const vault = useChannel('vault:status', {});
  if (vault.isPending) {
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  }
  // A failed status read falls through: the app's own reads then show what failed.
  if (vault.data?.locked) return <UnlockPage />;
  return <OpenApp />;
}

function OpenApp() {
  const api = useApi();
  const { i18n } = useTranslation();
  const route = useRoute();
  const [isReady, setReady] = useState(false);
  const [settingsError, setSettingsError] = useState<unknown>(null);

  // Settings that cannot be read leave the app in Japanese with the failure above the page, never a spinner forever.
  const loadSettings = useCallback(() => {
    setSettingsError(null);
    void useSettings
      .getState()
      .load(api, i18n)
      .catch((error: unknown) => setSettingsError(error))
      .finally(() => setReady(true));
  }, [api, i18n]);
  useEffect(loadSettings, [loadSettings]);

  if (!isReady) {
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  }
  // A sheet printed on its own has nothing of the application around it (but is the page's main landmark).
  const sheet = printRoute(route);
  if (sheet) return <main>{sheet}</main>;
  return (
    <Layout route={route}>
      {settingsError !== null && <QueryError error={settingsError} onRetry={loadSettings} />}
      <Page route={route} />
    </Layout>
  );
}

function printRoute(route: Route): ReactNode {
  if (route.name === 'print') return <PrintRoute options={route.options} />;
  if (route.name === 'disposal-print') return <DisposalRecordRoute id={route.id} language={route.language} />;
  if (route.name === 'procedures-print') return <ProcedurePrintRoute print={route.print} />;
  if (route.name === 'statistics-print') return <StatisticsPrintRoute print={route.print} />;
  if (route.name === 'alumni-print') return <AlumniPrintRoute print={route.print} />;
  if (route.name === 'letters-print') return <LetterPrintRoute print={route.print} />;
  if (route.name === 'completion-print') return <CompletionPrintRoute print={route.print} />;
  if (route.name === 'departures-print') return <DeparturePrintRoute print={route.print} />;
  return null;
}
