import { Group, Stack, Tabs, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArrivalBoard, Flight, Staff } from '@shared/contract/arrivals';
import type { Place } from '@shared/contract/stays';
import type { TraineeSummary } from '@shared/contract/trainees';
import { useApi } from '../../api';
import { YearSelect, useSelectedYearId } from '../../components/YearSelect';
import { FlightsTab } from './FlightsTab';
import { GroupsTab } from './GroupsTab';
import { StaffTab } from './StaffTab';

/** Flights, pickup groups and the staff list: everything prepared before arrival day. */
export function ArrivalsPage() {
  const { t } = useTranslation();
  const api = useApi();
  const yearId = useSelectedYearId();
  const [trainees, setTrainees] = useState<TraineeSummary[]>([]);
  const [flights, setFlights] = useState<Flight[]>([]);
  const [board, setBoard] = useState<ArrivalBoard | null>(null);
  const [staff, setStaff] = useState<Staff[]>([]);
  const [places, setPlaces] = useState<Place[]>([]);

  const load = useCallback(() => {
    void api.call('staff:list', {}).then((r) => r.ok && setStaff(r.value));
    void api.call('places:list', {}).then((r) => r.ok && setPlaces(r.value));
    if (!yearId) return;
    void api.call('trainees:list', { yearId }).then((r) => r.ok && setTrainees(r.value.filter((x) => x.status !== 'withdrawn')));
    void api.call('flights:list', { yearId }).then((r) => r.ok && setFlights(r.value));
    void api.call('arrivals:board', { yearId }).then((r) => r.ok && setBoard(r.value));
  }, [api, yearId]);
  useEffect(load, [load]);

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
          <FlightsTab yearId={yearId} trainees={trainees} flights={flights} onChanged={load} />
        </Tabs.Panel>
        <Tabs.Panel value="groups" pt="md">
          {board && <GroupsTab yearId={yearId} board={board} staff={staff} places={places} onChanged={load} />}
        </Tabs.Panel>
        <Tabs.Panel value="staff" pt="md">
          <StaffTab staff={staff} onChanged={load} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
