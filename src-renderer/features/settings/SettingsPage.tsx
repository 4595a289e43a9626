import { Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '@shared/contract/settings';
import { ErrorAlert } from '../../components/ErrorAlert';
import { QueryState } from '../../data/QueryState';
import { useChannel } from '../../data/use-channel';
import { SampleDataButton } from '../SampleDataButton';
import { useLanguageChoice } from './settings.store';
import { BackupsSection } from './BackupsSection';
import { ExportRecordSection } from './ExportRecordSection';
import { RetentionSection } from './RetentionSection';
import { ProceduresTemplateSection } from '../procedures/ProceduresTemplateSection';
import { DepartureTemplateSection } from '../departures/DepartureTemplateSection';
import { CompletionSettingsSection } from '../completion/CompletionSettingsSection';
import { LettersSettingsSection } from '../letters/LettersSettingsSection';
import { SettingTextField } from './SettingTextField';
import { SendingGovernmentsEditor } from './SendingGovernmentsEditor';
import { TrainingFieldsEditor } from './TrainingFieldsEditor';
import { DigestTable } from '../sync/DigestTable';
import { SyncSection } from '../sync/SyncSection';

export function SettingsPage() {
  const { t } = useTranslation();
  const { language, choose, error: languageError } = useLanguageChoice();
  const settings = useChannel('settings:get', {});
  const info = useChannel('app:info', {});

  return (
    <Stack maw={900}>
      <Title order={2}>{t('settings.title')}</Title>
      <Paper withBorder p="lg">
        <Title order={4} mb="xs">
          {t('settings.language')}
        </Title>
        <SegmentedControl
          aria-label={t('settings.language')}
          value={language}
          onChange={(value) => choose(value as Language)}
          data={LANGUAGES.map((value) => ({ value, label: t(`app.languageName.${value}`) }))}
        />
        <Text size="sm" c="dimmed" mt="xs">
          {t('settings.languageHelp')}
        </Text>
        <ErrorAlert error={languageError} />
      </Paper>
      <Paper withBorder p="lg">
        <QueryState query={settings}>
          {(saved) => (
            <Stack>
              <SettingTextField setting="staffName" saved={saved.staffName} />
              <SettingTextField setting="officePhone" saved={saved.officePhone} />
            </Stack>
          )}
        </QueryState>
      </Paper>
      <Paper withBorder p="lg">
        <BackupsSection />
      </Paper>
      <Paper withBorder p="lg">
        <SyncSection />
      </Paper>
      <Paper withBorder p="lg">
        <ExportRecordSection />
      </Paper>
      <Paper withBorder p="lg">
        <RetentionSection />
      </Paper>
      <Paper withBorder p="lg">
        <DigestTable />
      </Paper>
      <Paper withBorder p="lg">
        <TrainingFieldsEditor />
      </Paper>
      <Paper withBorder p="lg">
        <SendingGovernmentsEditor />
      </Paper>
      <Paper withBorder p="lg">
        <ProceduresTemplateSection />
      </Paper>
      <DepartureTemplateSection />
      <CompletionSettingsSection />
      <LettersSettingsSection />
      <Paper withBorder p="lg">
        <Title order={4} mb="xs">
          {t('settings.sampleTitle')}
        </Title>
        <QueryState query={info}>
          {(about) => (
            <>
              <Text size="sm" mb="md">
                {about.isEmpty ? t('settings.sampleHelp') : t('settings.sampleDisabled')}
              </Text>
              <SampleDataButton disabled={!about.isEmpty} />
            </>
          )}
        </QueryState>
      </Paper>
      <Paper withBorder p="lg">
        <Title order={4} mb="xs">
          {t('settings.about')}
        </Title>
        <QueryState query={info}>
          {(about) => (
            <Table>
              <Table.Tbody>
                <Table.Tr>
                  <Table.Th>{t('settings.version')}</Table.Th>
                  <Table.Td>{about.version}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t('settings.schemaVersion')}</Table.Th>
                  <Table.Td>{about.schemaVersion}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Th>{t('settings.databasePath')}</Table.Th>
                  <Table.Td style={{ wordBreak: 'break-all' }}>{about.databasePath}</Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
          )}
        </QueryState>
      </Paper>
    </Stack>
  );
}
