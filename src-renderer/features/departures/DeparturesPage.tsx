import { Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CompletionTab } from '../completion/CompletionTab';
import { DeparturesTab } from './DeparturesTab';

/** 帰国・修了: the year's departures and their checklists, and completion (certificates, final reports, the year's close). */
export function DeparturesPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={2}>{t('nav.departures')}</Title>
      <Tabs defaultValue="departures" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="departures">{t('departures.tab')}</Tabs.Tab>
          <Tabs.Tab value="completion">{t('completion.tab')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="departures" pt="md">
          <DeparturesTab />
        </Tabs.Panel>
        <Tabs.Panel value="completion" pt="md">
          <CompletionTab />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
