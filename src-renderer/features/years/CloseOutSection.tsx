import { Alert, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { latinName, nameLangTag, nativeName } from '@shared/contract/names';
import type { CloseOutPreview, CloseOutTrainee } from '@shared/contract/retention';
import { formatDate } from '@shared/text/date-format';
import { useConfirmStore } from '../../app/confirm.store';
import { useFlash } from '../../app/flash.store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { QueryState } from '../../data/QueryState';
import { useChannel, useChannelMutation } from '../../data/use-channel';
import { useMutationError } from '../../data/use-mutation-error';
import { DisposalRecordsTable } from '../prints/DisposalRecordsTable';
import { useSettings } from '../settings/settings.store';

function TraineeRows({ trainees }: { trainees: CloseOutTrainee[] }) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  return (
    <Table>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('retention.closeOut.name')}</Table.Th>
          <Table.Th>{t('retention.closeOut.returned')}</Table.Th>
          <Table.Th>{t('retention.closeOut.keptUntil')}</Table.Th>
          <Table.Th>{t('retention.closeOut.held')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {trainees.map((trainee) => (
          <Table.Tr key={trainee.id} data-testid="close-out-trainee">
            <Table.Td>
              <Text span lang={nameLangTag(trainee.nameLang)} fw={500}>
                {nativeName(trainee)}
              </Text>
              {nativeName(trainee) !== latinName(trainee) && (
                <Text size="xs" c="dimmed">
                  {latinName(trainee)}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              {formatDate(trainee.returnedOn, language)}
              <Text size="xs" c="dimmed">
                {t(`retention.closeOut.source.${trainee.returnSource}`)}
              </Text>
            </Table.Td>
            <Table.Td>{formatDate(trainee.keptUntil, language)}</Table.Td>
            <Table.Td>
              {[...trainee.fields.map((f) => t(`trainee.field.${f}`)), ...(trainee.hasPhoto ? [t('trainee.field.photo')] : [])].join(t('common.listSeparator')) ||
                t('common.none')}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function Preview({ preview }: { preview: CloseOutPreview }) {
  const { t } = useTranslation();
  const ask = useConfirmStore((s) => s.ask);
  const closeOut = useChannelMutation('retention:close-out');
  const error = useMutationError(closeOut, 'retention.field');
  const count = preview.toErase.length;
  const kinds = [...preview.fields.map((f) => t(`trainee.field.${f}`)), ...(preview.photos > 0 ? [t('retention.closeOut.photos', { count: preview.photos })] : [])];

  async function erase() {
    const isSure = await ask({
      title: t('retention.closeOut.confirmTitle', { count }),
      body: t('retention.closeOut.confirmBody', { kinds: kinds.join(t('common.listSeparator')) }),
      confirmLabel: t('retention.closeOut.confirm'),
      cancelLabel: t('common.cancel'),
      danger: true,
    });
    if (!isSure) return;
    void closeOut.run(
      { yearId: preview.yearId, traineeIds: preview.toErase.map((x) => x.id) },
      {
        onSuccess: (record) => {
          useFlash.getState().show(t('retention.closeOut.done', { count: record.traineeCount }));
        },
      },
    );
  }

  const failedBackups = closeOut.data?.backupsFailed ?? [];
  return (
    <Stack gap="sm">
      {count === 0 ? (
        <Alert color="gray" data-testid="close-out-nothing">
          {t('retention.closeOut.nothing')}
          {preview.alreadyErased > 0 && ` ${t('retention.closeOut.alreadyErased', { count: preview.alreadyErased })}`}
        </Alert>
      ) : (
        <>
          <Group justify="space-between" align="flex-start">
            <div>
              <Text fw={700} data-testid="close-out-count">
                {t('retention.closeOut.count', { count })}
              </Text>
              <Text size="sm">{t('retention.closeOut.kinds')}：</Text>
              <Group gap={6} mt={4} data-testid="close-out-kinds">
                {kinds.map((kind) => (
                  <Badge key={kind} variant="light" color="red" radius="sm">
                    {kind}
                  </Badge>
                ))}
              </Group>
              {preview.alreadyErased > 0 && (
                <Text size="sm" c="dimmed" mt={4}>
                  {t('retention.closeOut.alreadyErased', { count: preview.alreadyErased })}
                </Text>
              )}
            </div>
            <Button color="red" onClick={() => void erase()} loading={closeOut.isPending}>
              {t('retention.closeOut.erase', { count })}
            </Button>
          </Group>
          <Title order={5}>{t('retention.closeOut.toErase')}</Title>
          <TraineeRows trainees={preview.toErase} />
        </>
      )}
      <ErrorAlert error={error} />
      {failedBackups.length > 0 && (
        <Alert color="orange" role="alert">
          {t('retention.closeOut.backupsFailed', { files: failedBackups.join(t('common.listSeparator')) })}
        </Alert>
      )}
      {preview.kept.length > 0 && (
        <>
          <Title order={5}>{t('retention.closeOut.kept', { count: preview.kept.length })}</Title>
          <TraineeRows trainees={preview.kept} />
        </>
      )}
    </Stack>
  );
}

/**
 * 年度の締め: what of the year is past the retention period (who, which kinds of data, the
 * photos) and who is still kept; erasing it after a question; and the year's disposal records to print.
 */
export function CloseOutSection({ yearId }: { yearId: string }) {
  const { t } = useTranslation();
  const preview = useChannel('retention:preview', { yearId });
  const records = useChannel('retention:records', { yearId });
  return (
    <Paper withBorder p="md" data-testid="close-out">
      <Title order={4}>{t('retention.closeOut.title')}</Title>
      <QueryState query={preview}>
        {(data) => (
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t('retention.closeOut.help', { years: data.retentionYears })}
            </Text>
            <Preview preview={data} />
          </Stack>
        )}
      </QueryState>
      <Title order={5} mt="md">
        {t('retention.records.title')}
      </Title>
      <QueryState query={records}>{(list) => <DisposalRecordsTable records={list} withYear={false} emptyText={t('retention.records.none')} />}</QueryState>
    </Paper>
  );
}
