import { Group, Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { YearSelect, useSelectedYearId } from '../../components/YearSelect';
import { ClassesTab } from './ClassesTab';
import { ItineraryTab } from './ItineraryTab';
import { ScheduleTab } from './ScheduleTab';

/** The program schedule of the first weeks, each trainee's itinerary, and the JIAM classes. */
export function SchedulePage() {
  const { t } = useTranslation();
  const yearId = useSelectedYearId();

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('event.title')}</Title>
        <YearSelect />
      </Group>
      <Tabs defaultValue="schedule" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="schedule">{t('event.tab.schedule')}</Tabs.Tab>
          <Tabs.Tab value="itinerary">{t('event.tab.itinerary')}</Tabs.Tab>
          <Tabs.Tab value="classes">{t('event.tab.classes')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="schedule" pt="md">
          {yearId && <ScheduleTab key={yearId} yearId={yearId} />}
        </Tabs.Panel>
        <Tabs.Panel value="itinerary" pt="md">
          {yearId && <ItineraryTab key={yearId} yearId={yearId} />}
        </Tabs.Panel>
        <Tabs.Panel value="classes" pt="md">
          {yearId && <ClassesTab key={yearId} yearId={yearId} />}
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
