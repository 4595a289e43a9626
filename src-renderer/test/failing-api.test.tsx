import { screen, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { StatisticsPage } from '../features/statistics/StatisticsPage';
import { StatisticsPrintRoute } from '../features/prints/StatisticsSheets';
import { StaysPage } from '../features/stays/StaysPage';
import { PlacesTab } from '../features/stays/PlacesTab';
import { RoomingTab } from '../features/stays/RoomingTab';
import { YearsPage } from '../features/years/YearsPage';
import { YearDetailPage } from '../features/years/YearDetailPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { ArchiveTable } from '../features/dashboard/ArchiveTable';
import { PrintsPage } from '../features/prints/PrintsPage';
import { PrintRoute } from '../features/prints/PrintRoute';
import { TraineeDetailPage } from '../features/trainees/TraineeDetailPage';
import { TraineeHistory } from '../features/trainees/TraineeHistory';
import { TrashPage } from '../features/trainees/TrashPage';
import { TraineesPage } from '../features/trainees/TraineesPage';
import { ArrivalsPage } from '../features/arrivals/ArrivalsPage';
import { FlightsTab } from '../features/arrivals/FlightsTab';
import { GroupsTab } from '../features/arrivals/GroupsTab';
import { StaffTab } from '../features/arrivals/StaffTab';
import { SchedulePage } from '../features/schedule/SchedulePage';
import { ScheduleTab } from '../features/schedule/ScheduleTab';
import { ItineraryTab } from '../features/schedule/ItineraryTab';
import { ClassesTab } from '../features/schedule/ClassesTab';
import { HostsPage } from '../features/hosts/HostsPage';
import { HostDetailPage } from '../features/hosts/HostDetailPage';
import { SurveyTab } from '../features/survey/SurveyTab';
import { AssignmentsPage } from '../features/assignments/AssignmentsPage';
import { AssignmentList } from '../features/assignments/AssignmentList';
import { AirportBoardPage } from '../features/board/AirportBoardPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { BackupsSection } from '../features/settings/BackupsSection';
import { TrainingFieldsEditor } from '../features/settings/TrainingFieldsEditor';
import { SendingGovernmentsEditor } from '../features/settings/SendingGovernmentsEditor';
import { ConflictsPage } from '../features/sync/ConflictsPage';
import { SyncSection } from '../features/sync/SyncSection';
import { CloseOutSection } from '../features/years/CloseOutSection';
import { RetentionSection } from '../features/settings/RetentionSection';
import { DisposalRecordRoute } from '../features/prints/DisposalRecordSheet';
import { ExportRecordSection } from '../features/settings/ExportRecordSection';
import { ProceduresPage } from '../features/procedures/ProceduresPage';
import { TraineeProcedures } from '../features/procedures/TraineeProcedures';
import { ProceduresTemplateSection } from '../features/procedures/ProceduresTemplateSection';
import { ProcedureWarningsCard } from '../features/procedures/ProcedureWarnings';
import { DeparturesTab } from '../features/departures/DeparturesTab';
import { TraineeDeparture } from '../features/departures/TraineeDeparture';
import { DepartureTemplateSection } from '../features/departures/DepartureTemplateSection';
import { DepartureWarningsCard } from '../features/departures/DepartureWarnings';
import { DeparturePrintRoute } from '../features/prints/DepartureSheets';
import { LettersPage } from '../features/letters/LettersPage';
import { LettersSettingsSection } from '../features/letters/LettersSettingsSection';
import { LetterPrintRoute } from '../features/prints/LetterSheets';
import { failingApi, renderWithApp } from './render';
import { CompletionTab } from '../features/completion/CompletionTab';
import { TraineeCompletion } from '../features/completion/TraineeCompletion';
import { CompletionSettingsSection } from '../features/completion/CompletionSettingsSection';
import { YearCloseSection } from '../features/completion/YearClose';
import { CompletionPrintRoute } from '../features/prints/CertificateSheets';
import { AlumniPage } from '../features/alumni/AlumniPage';
import { TraineeAlumni } from '../features/alumni/TraineeAlumni';
import { AlumniPrintRoute } from '../features/prints/AlumniSheets';

const SOME_ID = '01900000-0000-7000-8000-000000000001';

/**
 * Every screen, on an api whose every call fails: each shows the translated failure where its
 * data would have been (never an empty table, never a blank page).
 */
const SCREENS: Array<[string, () => ReactElement]> = [
  ['StaysPage', () => <StaysPage />],
  ['PlacesTab', () => <PlacesTab />],
  ['RoomingTab', () => <RoomingTab yearId={SOME_ID} />],
  ['YearsPage', () => <YearsPage />],
  ['YearDetailPage', () => <YearDetailPage id={SOME_ID} />],
  ['DashboardPage', () => <DashboardPage />],
  ['ArchiveTable', () => <ArchiveTable />],
  ['PrintsPage', () => <PrintsPage />],
  ['PrintRoute (orientation)', () => <PrintRoute options={{ sheet: 'orientation', yearId: SOME_ID, language: 'ja', groupId: null, traineeId: null }} />],
  ['TraineeDetailPage (a trainee)', () => <TraineeDetailPage id={SOME_ID} />],
  ['TraineeDetailPage (a new one)', () => <TraineeDetailPage id={null} />],
  ['TraineeHistory', () => <TraineeHistory id={SOME_ID} />],
  ['TrashPage', () => <TrashPage />],
  ['TraineesPage', () => <TraineesPage />],
  ['ArrivalsPage', () => <ArrivalsPage />],
  ['FlightsTab', () => <FlightsTab yearId={SOME_ID} />],
  ['GroupsTab', () => <GroupsTab yearId={SOME_ID} />],
  ['StaffTab', () => <StaffTab yearId={SOME_ID} />],
  ['SchedulePage', () => <SchedulePage />],
  ['ScheduleTab', () => <ScheduleTab yearId={SOME_ID} />],
  ['ItineraryTab', () => <ItineraryTab yearId={SOME_ID} />],
  ['ClassesTab', () => <ClassesTab yearId={SOME_ID} />],
  ['HostsPage', () => <HostsPage />],
  ['HostDetailPage', () => <HostDetailPage id={SOME_ID} />],
  ['SurveyTab', () => <SurveyTab />],
  ['AssignmentsPage', () => <AssignmentsPage />],
  ['AssignmentList', () => <AssignmentList yearId={SOME_ID} />],
  ['AirportBoardPage', () => <AirportBoardPage />],
  ['SettingsPage', () => <SettingsPage />],
  ['BackupsSection', () => <BackupsSection />],
  ['TrainingFieldsEditor', () => <TrainingFieldsEditor />],
  ['SendingGovernmentsEditor', () => <SendingGovernmentsEditor />],
  ['ConflictsPage', () => <ConflictsPage />],
  ['SyncSection', () => <SyncSection />],
  ['CloseOutSection', () => <CloseOutSection yearId={SOME_ID} />],
  ['RetentionSection', () => <RetentionSection />],
  ['DisposalRecordRoute', () => <DisposalRecordRoute id={SOME_ID} language="ja" />],
  ['ExportRecordSection', () => <ExportRecordSection />],
  ['ProceduresPage', () => <ProceduresPage />],
  ['TraineeProcedures', () => <TraineeProcedures traineeId={SOME_ID} traineeName="이서연" />],
  ['ProceduresTemplateSection', () => <ProceduresTemplateSection />],
  ['ProcedureWarningsCard', () => <ProcedureWarningsCard yearId={SOME_ID} />],
  ['DeparturesTab', () => <DeparturesTab />],
  ['TraineeDeparture', () => <TraineeDeparture traineeId={SOME_ID} traineeName="이서연" />],
  ['DepartureTemplateSection', () => <DepartureTemplateSection />],
  ['DepartureWarningsCard', () => <DepartureWarningsCard yearId={SOME_ID} />],
  ['DeparturePrintRoute (list)', () => <DeparturePrintRoute print={{ kind: 'list', id: SOME_ID, language: 'ja' }} />],
  ['DeparturePrintRoute (day)', () => <DeparturePrintRoute print={{ kind: 'day', id: SOME_ID, language: 'en' }} />],
  ['StatisticsPage', () => <StatisticsPage />],
  ['StatisticsPrintRoute', () => <StatisticsPrintRoute print={{ fromYear: null, toYear: null, language: 'ja' }} />],
  ['LettersPage', () => <LettersPage />],
  ['LettersSettingsSection', () => <LettersSettingsSection />],
  ['LetterPrintRoute', () => <LetterPrintRoute print={{ kind: 'batch', id: SOME_ID }} />],
  ['CompletionTab', () => <CompletionTab />],
  ['TraineeCompletion', () => <TraineeCompletion traineeId={SOME_ID} traineeName="이서연" />],
  ['CompletionSettingsSection', () => <CompletionSettingsSection />],
  ['YearCloseSection', () => <YearCloseSection yearId={SOME_ID} />],
  ['CompletionPrintRoute', () => <CompletionPrintRoute print={{ kind: 'year', id: SOME_ID, yearId: SOME_ID, language: 'ja' }} />],
  ['AlumniPage', () => <AlumniPage />],
  ['TraineeAlumni', () => <TraineeAlumni traineeId={SOME_ID} traineeName="이서연" />],
  ['AlumniPrintRoute (report)', () => <AlumniPrintRoute print={{ kind: 'report', id: SOME_ID, language: 'ja' }} />],
  ['AlumniPrintRoute (booklet)', () => <AlumniPrintRoute print={{ kind: 'booklet', fiscalYear: 2024, language: 'en' }} />],
];

describe('a screen whose calls fail says so', () => {
  it.each(SCREENS)('%s', async (_name, screenOf) => {
    renderWithApp(screenOf(), { api: failingApi('internal'), language: 'ja' });
    await waitFor(() => expect(screen.getAllByTestId('query-error').length).toBeGreaterThan(0));
    const alert = screen.getAllByTestId('query-error')[0]!;
    expect(alert).toHaveTextContent('読み込めませんでした');
    expect(alert).toHaveTextContent('予期しないエラーが発生しました');
    expect(screen.getAllByRole('button', { name: '再読み込み' }).length).toBeGreaterThan(0);
  });
});

describe('the layout whose calls fail says so', () => {
  it('marks the conflict count it could not read, in English too', async () => {
    renderWithApp(<p>page</p>, { api: failingApi('internal'), language: 'en', withLayout: true });
    const mark = await screen.findByTestId('conflict-count-failed');
    expect(mark).toHaveAttribute('aria-label', 'The sync status could not be read');
    expect(screen.queryByTestId('conflict-count')).toBeNull();
  });
});
