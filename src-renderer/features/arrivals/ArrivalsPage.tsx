import { Group, Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { YearSelect, useSelectedYearId } from '../../components/YearSelect';
import { FlightsTab } from './FlightsTab';
import { GroupsTab } from './GroupsTab';
import { StaffTab } from './StaffTab';

/** Flights, pickup groups and the staff list: everything prepared before arrival day. */
export function ArrivalsPage() {
  const { t } = useTranslation();
  const yearId = useSelectedYearId();

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('arrivals.title')}</Title>
        <YearSelect />
      </Group>
      <Tabs defaultValue="flights" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="flights">{t('arrivals.tab.flights')}</Tabs.Tab>
          <Tabs.Tab value="groups">{t('arrivals.tab.groups')}</Tabs.Tab>
          <Tabs.Tab value="staff">{t('arrivals.tab.staff')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="flights" pt="md">
          {yearId && <FlightsTab yearId={yearId} />}
        </Tabs.Panel>
        <Tabs.Panel value="groups" pt="md">
          {yearId && <GroupsTab yearId={yearId} />}
        </Tabs.Panel>
        <Tabs.Panel value="staff" pt="md">
          <StaffTab yearId={yearId} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
