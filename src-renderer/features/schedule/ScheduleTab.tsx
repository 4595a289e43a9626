import { Badge, Button, Card, Group, Paper, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { pressable } from '../../components/pressable';
import { inLanguage } from '@shared/contract/names';
import type { UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScheduleEvent } from '@shared/contract/schedule';
import type { YearSummary } from '@shared/contract/years';
import { formatDay, formatTime } from '@shared/text/date-format';
import { useFlash } from '../../app/flash.store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportMenu } from '../../components/ExportMenu';
import { useEditor } from '../../components/use-editor';
import { useYearList } from '../../data/lists';
import { QueryError, QueryState } from '../../data/QueryState';
import { useChannel, useChannelMutation } from '../../data/use-channel';
import { useMutationError } from '../../data/use-mutation-error';
import { useSettings } from '../settings/settings.store';
import { addDays, weekOf } from './calendar';
import { EventModal } from './EventModal';

export function eventTitle(e: ScheduleEvent, language: 'ja' | 'en'): string {
  return inLanguage(e.titleJa, e.titleEn, language);
}

function EventCard({ event, compact, onOpen }: { event: ScheduleEvent; compact: boolean; onOpen(): void }) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const notes = language === 'en' ? (event.notesEn ?? event.notesJa) : (event.notesJa ?? event.notesEn);
  return (
    <Card withBorder padding="xs" {...pressable(onOpen)} style={{ cursor: 'pointer' }} data-testid="event-card">
      <Text size="sm" fw={700}>
        {formatTime(event.startsAt)}
        {event.endsAt && `–${formatTime(event.endsAt)}`} {eventTitle(event, language)}
      </Text>
      {event.place && <Text size="xs">{event.place}</Text>}
      {!compact && (
        <>
          <Group gap={4} mt={2}>
            <Badge size="xs" variant="light" tt="none">
              {t(`event.kind.${event.kind}`)}
            </Badge>
            {event.audience === 'chosen' && (
              <Badge size="xs" color="grape" variant="light" tt="none">
                {t('event.chosenCount', { count: event.traineeIds.length })}
              </Badge>
            )}
          </Group>
          {event.staff && (
            <Text size="xs" c="dimmed">
              {t('event.inCharge', { name: event.staff.name, phone: event.staff.phone ?? '' })}
            </Text>
          )}
          {notes && (
            <Text size="xs" c="dimmed">
              {notes}
            </Text>
          )}
        </>
      )}
    </Card>
  );
}

interface Props {
  yearId: string;
  events: ScheduleEvent[];
  /** The day shown before any event: the year's arrival day. */
  firstDay: string;
  /** Last year, whose schedule an empty year may start from. */
  previous: YearSummary | null;
  /** The read of the years, which says whether there is a last year (its failure is shown where the copy would be). */
  yearsRead: UseQueryResult<unknown, unknown>;
}

function Schedule({ yearId, events, firstDay, previous, yearsRead }: Props) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const [mode, setMode] = useState<'day' | 'week'>('week');
  const [day, setDay] = useState<string | null>(null);
  const editor = useEditor<ScheduleEvent>();
  const copy = useChannelMutation('schedule:copy-from');
  const copyError = useMutationError(copy, 'event.field');
  const shown = day ?? events[0]?.startsAt.slice(0, 10) ?? firstDay;
  const dates = mode === 'day' ? [shown] : weekOf(shown);

  async function copyPrevious() {
    if (!previous) return;
    await copy.run(
      { fromYearId: previous.id, toYearId: yearId },
      {
        onSuccess: (copied) => {
          useFlash.getState().show(t('event.copied', { count: copied.copied, year: previous.fiscalYear, days: copied.shiftDays }));
          setDay(null);
        },
      },
    ); // a failure is shown above the calendar
  }

  return (
    <Stack>
      <Group justify="space-between">
        <Group>
          <SegmentedControl
            value={mode}
            onChange={(v) => setMode(v as 'day' | 'week')}
            data={[
              { value: 'day', label: t('event.view.day') },
              { value: 'week', label: t('event.view.week') },
            ]}
          />
          <Button variant="default" onClick={() => setDay(addDays(shown, mode === 'day' ? -1 : -7))} aria-label={t('event.previous')}>
            ‹
          </Button>
          <Text fw={700} data-testid="schedule-range">
            {mode === 'day' ? formatDay(shown, language) : `${formatDay(dates[0], language)} – ${formatDay(dates[6], language)}`}
          </Text>
          <Button variant="default" onClick={() => setDay(addDays(shown, mode === 'day' ? 1 : 7))} aria-label={t('event.next')}>
            ›
          </Button>
        </Group>
        <Group>
          {events.length === 0 && previous && (
            <Button variant="light" onClick={() => void copyPrevious()} loading={copy.isPending}>
              {t('event.copyFrom', { year: previous.fiscalYear })}
            </Button>
          )}
          <ExportMenu input={{ list: 'schedule', yearId }} />
          <Button onClick={() => editor.open(null)}>{t('event.add')}</Button>
        </Group>
      </Group>
      {events.length === 0 && yearsRead.isError && <QueryError error={yearsRead.error} onRetry={() => void yearsRead.refetch()} />}
      <ErrorAlert error={copyError} />
      <SimpleGrid cols={mode === 'day' ? 1 : { base: 1, md: 7 }} spacing={6}>
        {dates.map((date) => {
          const today = events.filter((e) => e.startsAt.slice(0, 10) === date);
          return (
            <Paper key={date} withBorder p={6} mih={mode === 'week' ? 160 : undefined} data-testid="schedule-day">
              <Text size="sm" fw={700} mb={4}>
                {formatDay(date, language)}
              </Text>
              <Stack gap={4}>
                {today.map((e) => (
                  <EventCard key={e.id} event={e} compact={mode === 'week'} onOpen={() => editor.open(e)} />
                ))}
                {today.length === 0 && mode === 'day' && <Text c="dimmed">{t('event.noneToday')}</Text>}
              </Stack>
            </Paper>
          );
        })}
      </SimpleGrid>
      <EventModal yearId={yearId} event={editor.item} day={shown} opened={editor.opened} onClose={editor.close} />
    </Stack>
  );
}

/** The program schedule by day or by week, with a way to start from last year's. */
export function ScheduleTab({ yearId }: { yearId: string }) {
  const events = useChannel('schedule:list', { yearId });
  const year = useChannel('years:get', { id: yearId });
  const years = useYearList();
  return (
    <QueryState query={events}>
      {(list) => (
        <QueryState query={year}>
          {(detail) => {
            const previous = (years.data ?? []).find((y) => y.fiscalYear === detail.fiscalYear - 1) ?? null;
            const arrivalDay = detail.milestones.find((m) => m.kind === 'arrival')?.startsOn ?? `${detail.fiscalYear}-05-20`;
            return <Schedule yearId={yearId} events={list} firstDay={arrivalDay} previous={previous} yearsRead={years} />;
          }}
        </QueryState>
      )}
    </QueryState>
  );
}
