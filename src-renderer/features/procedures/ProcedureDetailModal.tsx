import { Button, FileButton, Group, List, Modal, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { inLanguage } from '@shared/contract/names';
import { PROCEDURE_STATUSES, type ProcedureCell, type ProcedureHistoryEntry, type ProcedureStatus, type YearItem } from '@shared/contract/procedures';
import { formatDate } from '@shared/text/date-format';
import { useFlash } from '../../app/flash.store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { saveFile } from '../../components/ExportMenu';
import { toBase64 } from '../../components/files';
import { QueryError, QueryState } from '../../data/QueryState';
import { useChannel, useChannelMutation } from '../../data/use-channel';
import { useMutationError } from '../../data/use-mutation-error';
import { useSettings } from '../settings/settings.store';
import { offsetLabel, procedureHistoryValue } from './procedure-labels';

interface Props {
  /** The cell shown, or null when closed. */
  cell: ProcedureCell | null;
  item: YearItem | null;
  traineeName: string;
  isWithdrawn?: boolean;
  onClose(): void;
}

const FIELD_LABELS = 'procedure.field';

/** "2026/12/01 佐藤 状況：未依頼 → 依頼済み". */
function historyLine(t: ReturnType<typeof useTranslation>['t'], e: ProcedureHistoryEntry, language: 'ja' | 'en'): string {
  const shown = (v: string | null) => procedureHistoryValue(t, e.field, v);
  return t('procedure.historyLine', {
    date: formatDate(e.at.slice(0, 10), language),
    by: e.author ?? t('procedure.unknownAuthor'),
    field: t(`procedure.historyField.${e.field}`),
    from: shown(e.oldValue),
    to: shown(e.newValue),
  });
}

/** A trainee's item in full: status, note, and the received scan (attach, open, remove). No <form>: it may sit inside a page's form. */
export function ProcedureDetailModal({ cell, item, traineeName, isWithdrawn, onClose }: Props) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const [status, setStatus] = useState<ProcedureStatus>('not_requested');
  const [note, setNote] = useState('');
  const [wantsFile, setWantsFile] = useState(false);
  const save = useChannelMutation('procedures:set-status');
  const attach = useChannelMutation('procedures:attach-file');
  const remove = useChannelMutation('procedures:remove-file');
  const saveError = useMutationError(save, FIELD_LABELS);
  const attachError = useMutationError(attach, FIELD_LABELS);
  const removeError = useMutationError(remove, FIELD_LABELS);
  const key = cell ? { traineeId: cell.traineeId, itemId: cell.itemId } : null;
  const file = useChannel('procedures:file', wantsFile && key ? key : null);
  const history = useChannel('procedures:history', key);

  useEffect(() => {
    if (!cell) return;
    setStatus(cell.status);
    setNote(cell.note ?? '');
    setWantsFile(false);
    save.reset();
    attach.reset();
    remove.reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a new cell starts over
  }, [cell?.traineeId, cell?.itemId]);

  useEffect(() => {
    if (!file.data) return;
    saveFile({ fileName: file.data.name, mime: file.data.mime, dataBase64: file.data.dataBase64 });
    setWantsFile(false);
  }, [file.data]);

  if (!cell || !item) return <Modal opened={false} onClose={onClose} title="" />;
  const name = inLanguage(item.nameJa, item.nameEn, language);

  async function onSave() {
    if (!key) return;
    await save.run(
      { ...key, status, note: note || null },
      {
        onSuccess: () => {
          useFlash.getState().show(t('procedure.saved', { item: name, status: t(`procedure.status.${status}`) }));
          onClose();
        },
      },
    ); // a failure is shown in the dialog, which stays open
  }

  async function onFile(picked: File | null) {
    if (!picked || !key) return;
    const dataBase64 = await toBase64(picked);
    await attach.run({ ...key, fileName: picked.name, dataBase64 }, { onSuccess: () => useFlash.getState().show(t('procedure.fileSaved', { file: picked.name })) });
  }

  const shownFile = cell.file;
  return (
    <Modal opened onClose={onClose} title={t('procedure.detailTitle', { trainee: traineeName, item: name })} centered size="lg">
      <Stack data-testid="procedure-detail">
        <Text size="sm" c="dimmed">
          {t(`procedure.provider.${item.provider}`)} · {offsetLabel(t, item)}
          {item.dueOn ? ` · ${t('procedure.dueOn', { date: formatDate(item.dueOn, language) })}` : ''}
          {item.needsTranslation ? ` · ${t('procedure.needsTranslation')}` : ''}
        </Text>
        {cell.changedOn && (
          <Text size="sm">{t('procedure.changed', { date: formatDate(cell.changedOn, language), by: cell.changedBy ?? t('procedure.unknownAuthor') })}</Text>
        )}
        {isWithdrawn && <Text c="orange">{t('procedure.withdrawn')}</Text>}
        <NativeSelect
          label={t('procedure.field.status')}
          value={status}
          disabled={isWithdrawn}
          onChange={(e) => setStatus(e.currentTarget.value as ProcedureStatus)}
          data={PROCEDURE_STATUSES.map((s) => ({ value: s, label: t(`procedure.status.${s}`) }))}
          data-testid="procedure-status-select"
        />
        <Textarea label={t('procedure.field.note')} value={note} disabled={isWithdrawn} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={2} />
        <ErrorAlert error={saveError} />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('procedure.field.dataBase64')}
          </Text>
          {shownFile ? (
            <Text size="sm" data-testid="procedure-file">
              {shownFile.name}（{Math.max(1, Math.round(shownFile.sizeBytes / 1024))} KB）
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              {t('procedure.noFile')}
            </Text>
          )}
          <Group gap="xs">
            <FileButton onChange={(f) => void onFile(f)} accept="application/pdf,image/jpeg,image/png" disabled={isWithdrawn}>
              {(props) => (
                <Button {...props} variant="light" size="xs" loading={attach.isPending} disabled={isWithdrawn} data-testid="procedure-attach">
                  {shownFile ? t('procedure.replaceFile') : t('procedure.attachFile')}
                </Button>
              )}
            </FileButton>
            {shownFile && (
              <>
                <Button variant="default" size="xs" onClick={() => setWantsFile(true)} loading={file.isFetching}>
                  {t('procedure.openFile')}
                </Button>
                <Button color="red" variant="subtle" size="xs" disabled={isWithdrawn} loading={remove.isPending} onClick={() => key && void remove.run(key)}>
                  {t('procedure.removeFile')}
                </Button>
              </>
            )}
          </Group>
          <Text size="xs" c="dimmed">
            {t('procedure.fileLimit')}
          </Text>
          <ErrorAlert error={attachError} />
          <ErrorAlert error={removeError} />
          {file.isError && <QueryError error={file.error} onRetry={() => void file.refetch()} />}
        </Stack>
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('procedure.history')}
          </Text>
          <QueryState query={history}>
            {(entries) =>
              entries.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('procedure.noHistory')}
                </Text>
              ) : (
                <List size="sm" data-testid="procedure-history">
                  {entries.map((e) => (
                    <List.Item key={e.id}>{historyLine(t, e, language)}</List.Item>
                  ))}
                </List>
              )
            }
          </QueryState>
        </Stack>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void onSave()} loading={save.isPending} disabled={isWithdrawn} data-testid="procedure-save">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
