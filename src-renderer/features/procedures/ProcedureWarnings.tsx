import { Alert, Anchor, Card, List, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { inLanguage } from '@shared/contract/names';
import type { ProcedureWarning } from '@shared/contract/procedures';
import { formatDate } from '@shared/text/date-format';
import { useNavigation } from '../../app/navigation.store';
import { QueryState } from '../../data/QueryState';
import { useChannel } from '../../data/use-channel';
import { useSettings } from '../settings/settings.store';

/** How many warnings are listed one by one before the rest are only counted. */
const LISTED = 12;

/** One warning as a sentence: whose item, what, by when. */
export function warningText(t: ReturnType<typeof useTranslation>['t'], w: ProcedureWarning, language: 'ja' | 'en'): string {
  return t(`procedure.warning.${w.kind}`, { name: w.traineeName, item: inLanguage(w.itemNameJa, w.itemNameEn, language), date: w.dueOn ? formatDate(w.dueOn, language) : '' });
}

/** The procedure warnings of a grid or a trainee, the COE and visa first; each opens its item. */
export function ProcedureWarnings({ warnings, onOpen }: { warnings: ProcedureWarning[]; onOpen(w: ProcedureWarning): void }) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  if (warnings.length === 0) return null;
  const sorted = [...warnings.filter((w) => w.kind === 'entry_not_ready'), ...warnings.filter((w) => w.kind !== 'entry_not_ready')];
  return (
    <Alert color="orange" title={t('procedure.warningsTitle')} data-testid="procedure-warnings">
      <List size="sm">
        {sorted.slice(0, LISTED).map((w) => (
          <List.Item key={`${w.kind}-${w.traineeId}-${w.itemId}`}>
            <Anchor component="button" type="button" size="sm" ta="left" onClick={() => onOpen(w)}>
              {warningText(t, w, language)}
            </Anchor>
          </List.Item>
        ))}
      </List>
      {sorted.length > LISTED && (
        <Text size="sm" mt="xs">
          {t('procedure.moreWarnings', { count: sorted.length - LISTED })}
        </Text>
      )}
    </Alert>
  );
}

/** Warnings grouped by trainee, in the order first met. */
function byTrainee(warnings: ProcedureWarning[]): Array<[string, ProcedureWarning[]]> {
  const groups = new Map<string, ProcedureWarning[]>();
  for (const w of warnings) groups.set(w.traineeId, [...(groups.get(w.traineeId) ?? []), w]);
  return [...groups.entries()];
}

/**
 * The dashboard's card: how many items are overdue and how many COEs or visas are not done
 * before arrival, and each of the latter by name; a line opens the trainee's first item named in it.
 */
export function ProcedureWarningsCard({ yearId }: { yearId: string }) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const navigate = useNavigation((s) => s.navigate);
  const warnings = useChannel('procedures:warnings', { yearId });
  return (
    <Card withBorder data-testid="dashboard-procedures">
      <Text c="dimmed" size="sm" mb="xs">
        {t('procedure.warningsTitle')}
      </Text>
      <QueryState query={warnings}>
        {(list) => {
          const entry = list.filter((w) => w.kind === 'entry_not_ready');
          const overdue = list.filter((w) => w.kind === 'overdue');
          if (list.length === 0) return <Text>{t('procedure.noWarnings')}</Text>;
          return (
            <>
              <Table>
                <Table.Tbody>
                  {[['entry_not_ready', entry.length] as const, ['overdue', overdue.length] as const]
                    .filter(([, n]) => n > 0)
                    .map(([kind, n]) => (
                      <Table.Tr key={kind}>
                        <Table.Td>
                          <Anchor component="button" type="button" size="sm" ta="left" onClick={() => navigate('/procedures')}>
                            {t(`procedure.warningCount.${kind}`)}
                          </Anchor>
                        </Table.Td>
                        <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                          {t('procedure.count', { count: n })}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                </Table.Tbody>
              </Table>
              {entry.length > 0 && (
                <List size="sm" mt="xs" data-testid="dashboard-entry-warnings">
                  {byTrainee(entry).map(([traineeId, own]) => (
                    <List.Item key={traineeId} data-testid="dashboard-entry-warning">
                      <Anchor component="button" type="button" size="sm" ta="left" onClick={() => navigate(`/trainees/${traineeId}/procedures/${own[0]!.itemId}`)}>
                        {t('procedure.entryWarningLine', {
                          name: own[0]!.traineeName,
                          items: own.map((w) => inLanguage(w.itemNameJa, w.itemNameEn, language)).join(t('common.listSeparator')),
                          date: own[0]!.dueOn ? formatDate(own[0]!.dueOn, language) : '',
                        })}
                      </Anchor>
                    </List.Item>
                  ))}
                </List>
              )}
            </>
          );
        }}
      </QueryState>
    </Card>
  );
}
