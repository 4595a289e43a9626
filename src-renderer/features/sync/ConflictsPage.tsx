import { Anchor, Badge, Button, Card, Group, Paper, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conflict } from '@shared/contract/sync';
import { useApi } from '../../api';
import { useFlash } from '../../app/flash.store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { translateError, type TranslatedError } from '../../i18n/errors';
import { formatDateTime } from '@shared/text/date-format';
import { useSettings } from '../settings/settings.store';
import { useConflictCount } from './conflicts.store';

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** Conflicts sync could not settle alone: both values, who and when; a person keeps one. */
export function ConflictsPage() {
  const { t } = useTranslation();
  const api = useApi();
  const language = useSettings((s) => s.language);
  const [conflicts, setConflicts] = useState<Conflict[] | null>(null);
  const [error, setError] = useState<TranslatedError | null>(null);
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [editErrors, setEditErrors] = useState<Record<string, string | null>>({});

  const load = useCallback(() => {
    void api.call('sync:conflicts', {}).then((r) => {
      if (!r.ok) return;
      setConflicts(r.value);
      useConflictCount.getState().set(r.value.length);
    });
  }, [api]);
  useEffect(load, [load]);

  async function resolve(conflict: Conflict, choice: 'kept' | 'other' | 'edit', value?: string) {
    const result = await api.call('sync:resolve', { id: conflict.id, choice, value });
    if (!result.ok) {
      const translated = translateError(t, result.error, choice === 'edit' ? 'trainee.field' : 'sync.field');
      return choice === 'edit' ? setEditErrors((e) => ({ ...e, [conflict.id]: Object.values(translated.fields)[0] ?? translated.summary })) : setError(translated);
    }
    setError(null);
    setEditErrors((e) => ({ ...e, [conflict.id]: null }));
    useFlash.getState().show(t('sync.resolved'));
    load();
  }

  const fieldLabel = (c: Conflict) =>
    c.field ? (c.table === 'trainees' ? t(`trainee.field.${camel(c.field)}`) : t(`sync.field.${c.field}`)) : null;

  function heading(c: Conflict): string {
    const record = c.record ? t('sync.heading', { table: t(`sync.table.${c.table}`), record: c.record }) : t(`sync.table.${c.table}`);
    const field = fieldLabel(c);
    return field ? t('sync.headingField', { record, field }) : record;
  }

  function side(c: Conflict, which: 'kept' | 'other') {
    const s = c[which];
    const isDeletion = c.kind !== 'field' && which === 'kept';
    const who = s.author || s.deviceName ? t('sync.by', { author: s.author ?? t('sync.byUnknown'), device: s.deviceName ?? t('sync.unknownDevice') }) : null;
    const action =
      c.kind === 'field' ? t('sync.keepThis') : c.kind === 'duplicate' ? (which === 'kept' ? t('sync.dismiss') : null) : which === 'kept' ? t('sync.keepDeleted') : t('sync.restoreRecord');
    return (
      <Paper withBorder p="sm" data-testid={`conflict-${which}`} bg={which === 'kept' ? 'gray.0' : undefined}>
        <Text size="xs" c="dimmed">
          {which === 'kept' ? t('sync.keptSide') : t('sync.otherSide')}
        </Text>
        <Text fw={600} my={4} style={{ wordBreak: 'break-word' }}>
          {isDeletion ? t('sync.deletedValue') : (s.value ?? (c.kind === 'field' ? t('sync.emptyValue') : c.record))}
        </Text>
        {who && <Text size="sm">{who}</Text>}
        {s.at && (
          <Text size="sm" c="dimmed">
            {formatDateTime(s.at, language)}
          </Text>
        )}
        {action && (
          <Button mt="xs" size="xs" variant={which === 'other' ? 'filled' : 'light'} onClick={() => void resolve(c, which)}>
            {action}
          </Button>
        )}
      </Paper>
    );
  }

  return (
    <Stack maw={960}>
      <Group justify="space-between">
        <Title order={2}>{t('sync.conflictsTitle')}</Title>
        {conflicts && conflicts.length > 0 && <Badge color="orange">{t('sync.conflictsCount', { count: conflicts.length })}</Badge>}
      </Group>
      <Text size="sm" c="dimmed">
        {t('sync.conflictsHelp')}
      </Text>
      <ErrorAlert error={error} />
      {conflicts?.length === 0 && <Text data-testid="no-conflicts">{t('sync.noConflicts')}</Text>}
      {conflicts?.map((c) => (
        <Card key={c.id} withBorder data-testid="conflict">
          <Group justify="space-between" mb="xs">
            <div>
              <Text fw={700}>{heading(c)}</Text>
              <Text size="sm" c="dimmed">
                {t(`sync.kind.${c.kind}`)}
              </Text>
            </div>
            {(c.table === 'trainees' || c.table === 'trainee_photos') && c.kind === 'field' && (
              <Anchor href={`#/trainees/${c.rowId}`} size="sm">
                {t('sync.openTrainee')}
              </Anchor>
            )}
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {side(c, 'kept')}
            {side(c, 'other')}
          </SimpleGrid>
          {c.kind === 'field' && c.table === 'trainees' && (
            <Group align="flex-end" mt="sm" data-testid="conflict-edit">
              <Textarea
                label={t('sync.editLabel')}
                value={edits[c.id] ?? c.kept.value ?? ''}
                onChange={(e) => setEdits({ ...edits, [c.id]: e.currentTarget.value })}
                error={editErrors[c.id]}
                autosize
                minRows={1}
                style={{ flex: 1 }}
              />
              <Button variant="default" onClick={() => void resolve(c, 'edit', edits[c.id] ?? c.kept.value ?? '')}>
                {t('common.save')}
              </Button>
            </Group>
          )}
        </Card>
      ))}
    </Stack>
  );
}
