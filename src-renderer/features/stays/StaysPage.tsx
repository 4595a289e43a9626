import { Group, Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { YearSelect, useSelectedYearId } from '../../components/YearSelect';
import { PlacesTab } from './PlacesTab';
import { RoomingTab } from './RoomingTab';

/** Where the trainees sleep in the first weeks: places, rooms, nights and the rooming list. */
export function StaysPage() {
  const { t } = useTranslation();
  const yearId = useSelectedYearId();

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('stay.title')}</Title>
        <YearSelect />
      </Group>
      <Tabs defaultValue="rooming" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="rooming">{t('stay.tab.rooming')}</Tabs.Tab>
          <Tabs.Tab value="places">{t('stay.tab.places')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="rooming" pt="md">
          {yearId && <RoomingTab yearId={yearId} />}
        </Tabs.Panel>
        <Tabs.Panel value="places" pt="md">
          <PlacesTab />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
