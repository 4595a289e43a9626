import { Anchor, Button, Group, NativeSelect, Paper, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompletionYear } from '@shared/contract/completion';
import { hostNameIn, nameLangTag } from '@shared/contract/names';
import type { Language } from '@shared/contract/settings';
import { formatDate } from '@shared/text/date-format';
import { useNavigation } from '../../app/navigation.store';
import { YearSelect, useSelectedYearId } from '../../components/YearSelect';
import { QueryState } from '../../data/QueryState';
import { useChannel } from '../../data/use-channel';
import { completionPrintPath, type CompletionPrint } from '../prints/completion-path';
import { useSettings } from '../settings/settings.store';
import { YearClose } from './YearClose';

/** Completion: the year's trainees with their completion and reports, certificates to print, and the year's close. */
export function CompletionTab() {
  const yearId = useSelectedYearId();
  const year = useChannel('completion:year', yearId ? { yearId } : null);
  return (
    <Stack data-testid="completion-tab">
      <Group justify="flex-end">
        <YearSelect />
      </Group>
      {yearId && <QueryState query={year}>{(y) => <YearCompletion year={y} />}</QueryState>}
    </Stack>
  );
}

function PrintButtons({ print, testId }: { print: Omit<CompletionPrint, 'language'>; testId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigation((s) => s.navigate);
  return (
    <>
      {(['ja', 'en'] as Language[]).map((language) => (
        <Button key={language} size="compact-sm" variant="default" onClick={() => navigate(completionPrintPath({ ...print, language }))} data-testid={`${testId}-${language}`}>
          {t(language === 'ja' ? 'completion.printJa' : 'completion.printEn')}
        </Button>
      ))}
    </>
  );
}

function YearCompletion({ year }: { year: CompletionYear }) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const navigate = useNavigation((s) => s.navigate);
  const hosts = [...new Map(year.trainees.filter((tr) => tr.hostId && tr.completedOn).map((tr) => [tr.hostId!, hostNameIn(tr, language) ?? ''])).entries()].sort((a, b) =>
    a[1].localeCompare(b[1], language),
  );
  const [hostId, setHostId] = useState<string>('');
  const chosenHost = hosts.some(([id]) => id === hostId) ? hostId : (hosts[0]?.[0] ?? '');
  const completed = year.trainees.filter((tr) => tr.completedOn).length;

  return (
    <Stack>
      <Paper withBorder p="md">
        <Title order={3} size="h4" mb="xs">
          {t('completion.close.title', { year: t('year.label', { year: year.fiscalYear }) })}
        </Title>
        <YearClose year={year} />
      </Paper>
      <Paper withBorder p="md">
        <Title order={3} size="h4" mb="xs">
          {t('completion.certificates')}
        </Title>
        {completed === 0 ? (
          <Text c="dimmed" size="sm">
            {t('completion.noneCompleted')}
          </Text>
        ) : (
          <Stack gap="xs">
            <Group gap="xs">
              <Text size="sm">{t('completion.printYear', { count: completed })}</Text>
              <PrintButtons print={{ kind: 'year', id: year.yearId, yearId: year.yearId }} testId="completion-print-year" />
            </Group>
            <Group gap="xs" align="flex-end">
              <NativeSelect
                label={t('completion.printHost')}
                value={chosenHost}
                onChange={(e) => setHostId(e.currentTarget.value)}
                data={hosts.map(([id, name]) => ({ value: id, label: name }))}
                data-testid="completion-print-host-select"
              />
              {chosenHost && <PrintButtons print={{ kind: 'host', id: chosenHost, yearId: year.yearId }} testId="completion-print-host" />}
            </Group>
          </Stack>
        )}
      </Paper>
      <Paper withBorder p="md">
        <Title order={3} size="h4" mb="xs">
          {t('completion.trainees')}
        </Title>
        {year.trainees.length === 0 ? (
          <Text c="dimmed">{t('completion.noTrainees')}</Text>
        ) : (
          <ScrollArea>
            <Table data-testid="completion-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('completion.column.name')}</Table.Th>
                  <Table.Th>{t('completion.column.host')}</Table.Th>
                  <Table.Th>{t('completion.column.status')}</Table.Th>
                  <Table.Th>{t('completion.column.completedOn')}</Table.Th>
                  <Table.Th>{t('completion.report.kind.final_report')}</Table.Th>
                  <Table.Th>{t('completion.report.kind.host_evaluation')}</Table.Th>
                  <Table.Th>{t('completion.column.certificate')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {year.trainees.map((tr) => (
                  <Table.Tr key={tr.id} data-testid="completion-row">
                    <Table.Td>
                      <Anchor component="button" type="button" onClick={() => navigate(`/trainees/${tr.id}`)}>
                        <span lang={nameLangTag(tr.nameLang)}>{tr.name}</span>
                      </Anchor>
                      {tr.latinName !== tr.name && (
                        <Text size="xs" c="dimmed">
                          {tr.latinName}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{hostNameIn(tr, language) ?? t('completion.noHost')}</Table.Td>
                    <Table.Td>{t(`trainee.status.${tr.status}`)}</Table.Td>
                    <Table.Td>{tr.completedOn ? formatDate(tr.completedOn, language) : t('completion.notYet')}</Table.Td>
                    {tr.reports.map((r) => (
                      <Table.Td key={r.kind}>{r.receivedOn ? t('completion.report.receivedOn', { date: formatDate(r.receivedOn, language) }) : t('completion.report.notReceived')}</Table.Td>
                    ))}
                    <Table.Td>
                      {tr.completedOn && (
                        <Group gap={4} wrap="nowrap">
                          <PrintButtons print={{ kind: 'trainee', id: tr.id, yearId: year.yearId }} testId={`completion-print-${tr.id}`} />
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        )}
      </Paper>
    </Stack>
  );
}
