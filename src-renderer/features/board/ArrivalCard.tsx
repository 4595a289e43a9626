import { Badge, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { nameLangTag } from '@shared/contract/names';
import { useTranslation } from 'react-i18next';
import { MARKABLE_STATUSES, type ArrivalStatus, type ArrivingTrainee } from '@shared/contract/arrivals';
import { formatJapanTime, formatTime } from '@shared/text/date-format';
import { GroupFlags } from '../arrivals/GroupFlags';
import { useSettings } from '../settings/settings.store';
import { TraineePhoto } from '../trainees/TraineePhoto';

export const STATUS_COLORS: Record<ArrivalStatus, string> = {
  scheduled: 'gray',
  landed: 'blue',
  met: 'green',
  on_transport: 'teal',
  delayed: 'orange',
  no_show: 'red',
  rebooked: 'grape',
};

/** Lands within the next 30 minutes (or landed in the last few minutes and not yet met). */
export function isArrivingNow(a: ArrivingTrainee, now: number): boolean {
  if (!a.expectedArrivesUtc || ['met', 'on_transport', 'no_show'].includes(a.status)) return false;
  const lands = Date.parse(a.expectedArrivesUtc);
  return lands >= now - 5 * 60000 && lands <= now + 30 * 60000;
}

interface Props {
  arrival: ArrivingTrainee;
  now: number;
  onMark(status: (typeof MARKABLE_STATUSES)[number]): void;
  onUndo(): void;
}

/** One trainee on the airport board: who, which flight, when, where they stand, and one tap to mark. */
export function ArrivalCard({ arrival: a, now, onMark, onUndo }: Props) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const arriving = isArrivingNow(a, now);
  return (
    <Card
      withBorder
      padding="sm"
      data-testid="arrival-card"
      data-status={a.status}
      data-arriving={arriving || undefined}
      style={arriving ? { borderColor: 'var(--mantine-color-orange-6)', borderWidth: 3, background: 'var(--mantine-color-orange-0)' } : undefined}
    >
      <Group wrap="nowrap" align="flex-start" gap="sm">
        <TraineePhoto id={a.traineeId} hasPhoto={a.hasPhoto} size="thumb" width={56} />
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          {/* A name wraps rather than being cut, and the status keeps its whole width (a tablet is narrow). */}
          <Group justify="space-between" wrap="nowrap" gap={4} align="flex-start">
            <Text fw={700} fz={22} lh={1.2} lang={nameLangTag(a.nameLang)} style={{ overflowWrap: 'anywhere', minWidth: 0 }} data-testid="arrival-name">
              {a.name}
            </Text>
            <Badge color={STATUS_COLORS[a.status]} size="lg" tt="none" style={{ flexShrink: 0, overflow: 'visible' }} data-testid="arrival-status">
              {t(`board.status.${a.status}`)}
            </Badge>
          </Group>
          {a.latinName !== a.name && (
            <Text size="sm" style={{ overflowWrap: 'anywhere' }} data-testid="arrival-latin-name">
              {a.latinName}
            </Text>
          )}
          <Group gap="xs">
            <Text fw={600}>{a.currentFlightNumber ?? t('board.noFlight')}</Text>
            {a.expectedArrivesLocal && (
              <Text fw={600} data-testid="expected-landing">
                {t('board.lands', { time: formatTime(a.expectedArrivesLocal) })}
              </Text>
            )}
            {a.flight?.terminal && <Text size="sm">{t('pickup.terminal', { terminal: a.flight.terminal })}</Text>}
            {arriving && (
              <Badge color="orange" variant="filled" tt="none">
                {t('board.arrivingNow')}
              </Badge>
            )}
          </Group>
          <GroupFlags flags={a.flags.filter((f) => f !== 'no_arrival_flight')} />
        </Stack>
      </Group>
      {a.flight && (
        <>
          <SimpleGrid cols={3} spacing={6} mt="sm">
            {MARKABLE_STATUSES.map((status) => (
              <Button
                key={status}
                size="md"
                px={4}
                variant={a.status === status ? 'filled' : 'light'}
                color={STATUS_COLORS[status]}
                onClick={() => onMark(status)}
              >
                {t(`board.mark.${status}`)}
              </Button>
            ))}
          </SimpleGrid>
          {a.lastEvent && (
            <Group justify="space-between" mt={6} wrap="nowrap">
              <Text size="xs" c="dimmed" data-testid="last-mark">
                {t('board.lastMark', {
                  status: t(`board.status.${a.lastEvent.status}`),
                  at: formatJapanTime(a.lastEvent.at, language),
                  by: a.lastEvent.by ?? t('board.someone'),
                })}
              </Text>
              <Button size="compact-sm" variant="default" onClick={onUndo}>
                {t('board.undo')}
              </Button>
            </Group>
          )}
        </>
      )}
    </Card>
  );
}
