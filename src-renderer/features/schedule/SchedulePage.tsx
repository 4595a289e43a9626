import { Group, Stack, Tabs, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Staff } from '@shared/contract/arrivals';
import type { ClassesOverview, ScheduleEvent } from '@shared/contract/schedule';
import type { TraineeSummary } from '@shared/contract/trainees';
import type { YearDetail } from '@shared/contract/years';
import { useApi } from '../../api';
import { YearSelect, useSelectedYearId } from '../../components/YearSelect';
import { useYears } from '../years/years.store';
import { ClassesTab } from './ClassesTab';
import { ItineraryTab } from './ItineraryTab';
import { ScheduleTab } from './ScheduleTab';

/** The program schedule of the first weeks, each trainee's itinerary, and the JIAM classes. */
export function SchedulePage() {
  const { t } = useTranslation();
  const api = useApi();
  const yearId = useSelectedYearId();
  const years = useYears((s) => s.years) ?? [];
  const [events, setEvents] = useState<ScheduleEvent[]>([]);
  const [year, setYear] = useState<YearDetail | null>(null);
  const [staff, setStaff] = useState<Staff[]>([]);
  const [trainees, setTrainees] = useState<TraineeSummary[]>([]);
  const [classes, setClasses] = useState<ClassesOverview | null>(null);
  const [version, setVersion] = useState(0);

  const load = useCallback(() => {
    void api.call('staff:list', {}).then((r) => r.ok && setStaff(r.value));
    if (!yearId) return;
    void api.call('schedule:list', { yearId }).then((r) => r.ok && setEvents(r.value));
    void api.call('years:get', { id: yearId }).then((r) => r.ok && setYear(r.value));
    void api.call('trainees:list', { yearId }).then((r) => r.ok && setTrainees(r.value.filter((x) => x.status !== 'withdrawn')));
    void api.call('classes:overview', { yearId }).then((r) => r.ok && setClasses(r.value));
    setVersion((v) => v + 1);
  }, [api, yearId]);
  useEffect(load, [load]);

  const arrivalDay = year?.milestones.find((m) => m.kind === 'arrival')?.startsOn ?? `${new Date().getFullYear()}-05-20`;
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
          {year && (
            <ScheduleTab key={yearId} yearId={yearId} years={years} events={events} firstDay={arrivalDay} staff={staff} trainees={trainees} onChanged={load} />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="itinerary" pt="md">
          <ItineraryTab trainees={trainees} version={version} />
        </Tabs.Panel>
        <Tabs.Panel value="classes" pt="md">
          {classes && <ClassesTab yearId={yearId} overview={classes} onChanged={setClasses} />}
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
