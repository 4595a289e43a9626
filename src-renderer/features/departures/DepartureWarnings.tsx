import { Alert, Anchor, Card, List, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DEPARTURE_WARNINGS, type DepartureWarning } from '@shared/contract/departures';
import { useNavigation } from '../../app/navigation.store';
import { QueryState } from '../../data/QueryState';
import { useChannel } from '../../data/use-channel';
import { useSettings } from '../settings/settings.store';
import { departureWarningText } from './departure-labels';

/** How many warnings are listed one by one before the rest are only counted. */
const LISTED = 12;

/** The departure warnings of a year or a trainee; each opens what it is about. */
export function DepartureWarnings({ warnings, onOpen }: { warnings: DepartureWarning[]; onOpen(w: DepartureWarning): void }) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  if (warnings.length === 0) return null;
  return (
    <Alert color="orange" title={t('departures.warningsTitle')} data-testid="departure-warnings">
      <List size="sm">
        {warnings.slice(0, LISTED).map((w) => (
          <List.Item key={`${w.kind}-${w.traineeId}-${w.itemId ?? ''}`} data-testid="departure-warning" data-kind={w.kind}>
            <Anchor component="button" type="button" size="sm" ta="left" onClick={() => onOpen(w)}>
              {departureWarningText(t, w, language)}
            </Anchor>
          </List.Item>
        ))}
      </List>
      {warnings.length > LISTED && (
        <Text size="sm" mt="xs">
          {t('departures.moreWarnings', { count: warnings.length - LISTED })}
        </Text>
      )}
    </Alert>
  );
}

/** The dashboard's card: how many of each departure warning the year has; a line opens the departures. */
export function DepartureWarningsCard({ yearId }: { yearId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigation((s) => s.navigate);
  const warnings = useChannel('departures:warnings', { yearId });
  return (
    <Card withBorder data-testid="dashboard-departures">
      <Text c="dimmed" size="sm" mb="xs">
        {t('departures.warningsTitle')}
      </Text>
      <QueryState query={warnings}>
        {(list) =>
          list.length === 0 ? (
            <Text>{t('departures.noWarnings')}</Text>
          ) : (
            <Table>
              <Table.Tbody>
                {DEPARTURE_WARNINGS.map((kind) => [kind, list.filter((w) => w.kind === kind).length] as const)
                  .filter(([, n]) => n > 0)
                  .map(([kind, n]) => (
                    <Table.Tr key={kind} data-testid="dashboard-departure-warning" data-kind={kind}>
                      <Table.Td>
                        <Anchor component="button" type="button" size="sm" ta="left" onClick={() => navigate('/departures')}>
                          {t(`departures.warningCount.${kind}`)}
                        </Anchor>
                      </Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                        {t('departures.count', { count: n })}
                      </Table.Td>
                    </Table.Tr>
                  ))}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryState>
    </Card>
  );
}
