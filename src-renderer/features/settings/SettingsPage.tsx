import { Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type AppInfo, type Language } from '@shared/contract/settings';
import { useApi } from '../../api';
import { SampleDataButton } from '../SampleDataButton';
import { useSettings } from './settings.store';
import { BackupsSection } from './BackupsSection';
import { SettingTextField } from './SettingTextField';
import { SendingGovernmentsEditor } from './SendingGovernmentsEditor';
import { TrainingFieldsEditor } from './TrainingFieldsEditor';
import { DigestTable } from '../sync/DigestTable';
import { SyncSection } from '../sync/SyncSection';

export function SettingsPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { language, setLanguage } = useSettings();
  const [info, setInfo] = useState<AppInfo | null>(null);

  function refreshInfo() {
    void api.call('app:info', {}).then((r) => r.ok && setInfo(r.value));
  }
  useEffect(refreshInfo, [api]);

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
          onChange={(value) => void setLanguage(api, i18n, value as Language)}
          data={LANGUAGES.map((value) => ({ value, label: t(`app.languageName.${value}`) }))}
        />
        <Text size="sm" c="dimmed" mt="xs">
          {t('settings.languageHelp')}
        </Text>
      </Paper>
      <Paper withBorder p="lg">
        <SettingTextField setting="staffName" />
        <SettingTextField setting="officePhone" />
      </Paper>
      <Paper withBorder p="lg">
        <BackupsSection />
      </Paper>
      <Paper withBorder p="lg">
        <SyncSection onSynced={refreshInfo} />
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
        <Title order={4} mb="xs">
          {t('settings.sampleTitle')}
        </Title>
        <Text size="sm" mb="md">
          {info && !info.isEmpty ? t('settings.sampleDisabled') : t('settings.sampleHelp')}
        </Text>
        <SampleDataButton disabled={!info || !info.isEmpty} onLoaded={refreshInfo} />
      </Paper>
      {info && (
        <Paper withBorder p="lg">
          <Title order={4} mb="xs">
            {t('settings.about')}
          </Title>
          <Table>
            <Table.Tbody>
              <Table.Tr>
                <Table.Th>{t('settings.version')}</Table.Th>
                <Table.Td>{info.version}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('settings.schemaVersion')}</Table.Th>
                <Table.Td>{info.schemaVersion}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('settings.databasePath')}</Table.Th>
                <Table.Td style={{ wordBreak: 'break-all' }}>{info.databasePath}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </Stack>
  );
}
