import { Button, Checkbox, FileButton, Group, Stack, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportKind, ReportState } from '@shared/contract/completion';
import { formatDate } from '@shared/text/date-format';
import { useFlash } from '../../app/flash.store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { saveFile } from '../../components/ExportMenu';
import { toBase64 } from '../../components/files';
import { QueryError } from '../../data/QueryState';
import { useChannel, useChannelMutation } from '../../data/use-channel';
import { useMutationError } from '../../data/use-mutation-error';
import { useSettings } from '../settings/settings.store';

/** The reports a trainee hands in at the end: received or not (with the day), and the file kept with each. */
export function ReportsTable({ traineeId, reports, isLocked }: { traineeId: string; reports: ReportState[]; isLocked: boolean }) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const [opening, setOpening] = useState<ReportKind | null>(null);
  const setReport = useChannelMutation('completion:set-report');
  const attach = useChannelMutation('completion:attach-report');
  const remove = useChannelMutation('completion:remove-report-file');
  const file = useChannel('completion:report-file', opening ? { traineeId, kind: opening } : null);
  const errors = [useMutationError(setReport, 'completion.field'), useMutationError(attach, 'completion.field'), useMutationError(remove, 'completion.field')];

  useEffect(() => {
    if (!file.data) return;
    saveFile({ fileName: file.data.name, mime: file.data.mime, dataBase64: file.data.dataBase64 });
    setOpening(null);
  }, [file.data]);

  function onReceived(kind: ReportKind, isReceived: boolean) {
    void setReport.run({ traineeId, kind, isReceived, receivedOn: null }); // a failure is shown below
  }

  async function onFile(kind: ReportKind, picked: File | null) {
    if (!picked) return;
    const dataBase64 = await toBase64(picked);
    await attach.run({ traineeId, kind, fileName: picked.name, dataBase64 }, { onSuccess: () => useFlash.getState().show(t('completion.fileSaved', { file: picked.name })) });
  }

  return (
    <Stack gap={4}>
      <Table data-testid="completion-reports">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('completion.report.kindHeader')}</Table.Th>
            <Table.Th>{t('completion.report.received')}</Table.Th>
            <Table.Th>{t('completion.report.file')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reports.map((r) => {
            const label = t(`completion.report.kind.${r.kind}`);
            return (
              <Table.Tr key={r.kind} data-testid={`completion-report-${r.kind}`}>
                <Table.Td>{label}</Table.Td>
                <Table.Td>
                  <Checkbox
                    label={r.receivedOn ? t('completion.report.receivedOn', { date: formatDate(r.receivedOn, language) }) : t('completion.report.notReceived')}
                    aria-label={t('completion.report.receivedLabel', { report: label })}
                    checked={r.receivedOn !== null}
                    disabled={isLocked || setReport.isPending}
                    onChange={(e) => onReceived(r.kind, e.currentTarget.checked)}
                  />
                </Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    {r.file && <Text size="sm">{r.file.name}</Text>}
                    <FileButton onChange={(f) => void onFile(r.kind, f)} accept="application/pdf,image/jpeg,image/png" disabled={isLocked}>
                      {(props) => (
                        <Button {...props} variant="light" size="compact-xs" disabled={isLocked} aria-label={t('completion.report.attachLabel', { report: label })} data-testid={`completion-attach-${r.kind}`}>
                          {r.file ? t('completion.report.replace') : t('completion.report.attach')}
                        </Button>
                      )}
                    </FileButton>
                    {r.file && (
                      <>
                        <Button variant="default" size="compact-xs" onClick={() => setOpening(r.kind)} loading={opening === r.kind && file.isFetching} aria-label={t('completion.report.openLabel', { report: label })}>
                          {t('completion.report.open')}
                        </Button>
                        <Button
                          color="red"
                          variant="subtle"
                          size="compact-xs"
                          disabled={isLocked}
                          onClick={() => void remove.run({ traineeId, kind: r.kind })}
                          aria-label={t('completion.report.removeLabel', { report: label })}
                        >
                          {t('completion.report.remove')}
                        </Button>
                      </>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed">
        {t('completion.fileLimit')}
      </Text>
      {errors.map((e, i) => (
        <ErrorAlert key={i} error={e} />
      ))}
      {file.isError && <QueryError error={file.error} onRetry={() => void file.refetch()} />}
    </Stack>
  );
}
