import { Group, Stack, Tabs, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Place, StaysOverview } from '@shared/contract/stays';
import type { TraineeSummary } from '@shared/contract/trainees';
import { useApi } from '../../api';
import { YearSelect, useSelectedYearId } from '../../components/YearSelect';
import { PlacesTab } from './PlacesTab';
import { RoomingTab } from './RoomingTab';

/** Where the trainees sleep in the first weeks: places, rooms, nights and the rooming list. */
export function StaysPage() {
  const { t } = useTranslation();
  const api = useApi();
  const yearId = useSelectedYearId();
  const [places, setPlaces] = useState<Place[]>([]);
  const [overview, setOverview] = useState<StaysOverview | null>(null);
  const [trainees, setTrainees] = useState<TraineeSummary[]>([]);

  const load = useCallback(() => {
    void api.call('places:list', {}).then((r) => r.ok && setPlaces(r.value));
    if (!yearId) return;
    void api.call('stays:overview', { yearId }).then((r) => r.ok && setOverview(r.value));
    void api.call('trainees:list', { yearId }).then((r) => r.ok && setTrainees(r.value.filter((x) => x.status !== 'withdrawn')));
  }, [api, yearId]);
  useEffect(load, [load]);

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
          {overview && <RoomingTab yearId={yearId} overview={overview} places={places} trainees={trainees} onChanged={load} />}
        </Tabs.Panel>
        <Tabs.Panel value="places" pt="md">
          <PlacesTab places={places} onChanged={load} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
