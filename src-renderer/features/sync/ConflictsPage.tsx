import { useState } from 'react';
import { Anchor, Badge, Button, Card, Group, Paper, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { RevealIdentifiers } from '../../components/RevealIdentifiers';
import { useTranslation } from 'react-i18next';
import { fieldClassOf } from '@shared/contract/field-classes';
import type { Conflict } from '@shared/contract/sync';
import { formatDateTime } from '@shared/text/date-format';
import { isMasked } from '@shared/text/mask';
import { useFlash } from '../../app/flash.store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { QueryState } from '../../data/QueryState';
import { useChannel, useChannelMutation } from '../../data/use-channel';
import { useContractForm } from '../../data/use-contract-form';
import { useMutationError } from '../../data/use-mutation-error';
import { useSettings } from '../settings/settings.store';
import { TRAINEE_CODE_LABELS } from '../trainees/code-labels';

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** Whether a conflict can show a passport or residence card number: a trainee's identifier field, or a whole trainee record. */
const mayHoldIdentifiers = (c: Conflict) => c.table === 'trainees' && (c.kind !== 'field' || (c.field !== null && fieldClassOf(camel(c.field)) === 'identifier'));

/** Where the words for a conflicting value that is a code live (a trainee's status, an entry procedure's status), or undefined. */
function codeLabels(c: Conflict): string | undefined {
  if (c.kind !== 'field' || !c.field) return undefined;
  if (c.table === 'trainees') return TRAINEE_CODE_LABELS[camel(c.field)];
  return c.table === 'trainee_procedures' && c.field === 'status' ? 'procedure.status' : undefined;
}

/** A value typed for a trainee's field in conflict, checked as the trainee form checks it. */
function EditValue({ conflict }: { conflict: Conflict }) {
  const { t } = useTranslation();
  const form = useContractForm('sync:resolve', {
    // A masked number (TK12•••78) is not offered to edit: it would be refused, and it is not the number.
    recordKey: `${conflict.id}/${conflict.kept.value ?? ''}`,
    initialValues: { value: isMasked(conflict.kept.value) ? '' : (conflict.kept.value ?? '') },
    toInput: (v) => ({ id: conflict.id, choice: 'edit', value: v.value }),
    // The backend names a problem by the trainee's field it found it in, or the typed value itself.
    fieldLabels: ['trainee.field', 'sync.conflict'],
    flash: () => t('sync.resolved'),
  });
  const { error, ...value } = form.field('value');
  const problem = error ?? (form.error ? (Object.values(form.error.fields)[0] ?? form.error.summary) : null);

  return (
    <form onSubmit={form.onSubmit} noValidate>
      <Group align="flex-end" mt="sm" data-testid="conflict-edit">
        <Textarea {...value} label={t('sync.editLabel')} error={problem} autosize minRows={1} style={{ flex: 1 }} />
        <Button type="submit" variant="default" loading={form.isSaving}>
          {t('common.save')}
        </Button>
      </Group>
    </form>
  );
}

function ConflictCard({ conflict: c, onResolve }: { conflict: Conflict; onResolve(choice: 'kept' | 'other'): void }) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);

  const fieldLabel = c.field ? (c.table === 'trainees' ? t(`trainee.field.${camel(c.field)}`) : t(`sync.field.${c.field}`)) : null;
  const record = c.record ? t('sync.heading', { table: t(`sync.table.${c.table}`), record: c.record }) : t(`sync.table.${c.table}`);
  const heading = fieldLabel ? t('sync.headingField', { record, field: fieldLabel }) : record;
  const codes = codeLabels(c);

  function side(which: 'kept' | 'other') {
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
          {isDeletion ? t('sync.deletedValue') : s.value !== null && codes ? t(`${codes}.${s.value}`, { defaultValue: s.value }) : (s.value ?? (c.kind === 'field' ? t('sync.emptyValue') : c.record))}
        </Text>
        {who && <Text size="sm">{who}</Text>}
        {s.at && (
          <Text size="sm" c="dimmed">
            {formatDateTime(s.at, language)}
          </Text>
        )}
        {action && (
          <Button mt="xs" size="xs" variant={which === 'other' ? 'filled' : 'light'} onClick={() => onResolve(which)}>
            {action}
          </Button>
        )}
      </Paper>
    );
  }

  return (
    <Card withBorder data-testid="conflict">
      <Group justify="space-between" mb="xs">
        <div>
          <Text fw={700}>{heading}</Text>
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
        {side('kept')}
        {side('other')}
      </SimpleGrid>
      {c.kind === 'field' && c.table === 'trainees' && <EditValue conflict={c} />}
    </Card>
  );
}

/** Conflicts sync could not settle alone: both values, who and when; a person keeps one. */
export function ConflictsPage() {
  const { t } = useTranslation();
  // Passport and residence card numbers come masked (TK12•••78) until the person turns on 番号を表示.
  const [isRevealed, setRevealed] = useState(false);
  const conflicts = useChannel('sync:conflicts', { revealIdentifiers: isRevealed }, { keepPrevious: true });
  const resolve = useChannelMutation('sync:resolve');
  const error = useMutationError(resolve, 'sync.conflict');

  // Settled, it leaves the list and the count in the menu (both read again).
  function keep(conflict: Conflict, choice: 'kept' | 'other') {
    void resolve.run({ id: conflict.id, choice }, { onSuccess: () => useFlash.getState().show(t('sync.resolved')) });
  }

  return (
    <Stack maw={960}>
      <Group justify="space-between">
        <Title order={2}>{t('sync.conflictsTitle')}</Title>
        {conflicts.data && conflicts.data.length > 0 && <Badge color="orange">{t('sync.conflictsCount', { count: conflicts.data.length })}</Badge>}
      </Group>
      <Text size="sm" c="dimmed">
        {t('sync.conflictsHelp')}
      </Text>
      <ErrorAlert error={error} />
      <QueryState query={conflicts}>
        {(list) =>
          list.length === 0 ? (
            <Text data-testid="no-conflicts">{t('sync.noConflicts')}</Text>
          ) : (
            <Stack>
              {list.some(mayHoldIdentifiers) && <RevealIdentifiers checked={isRevealed} onChange={setRevealed} testId="conflicts-reveal" />}
              {list.map((c) => (
                <ConflictCard key={c.id} conflict={c} onResolve={(choice) => keep(c, choice)} />
              ))}
            </Stack>
          )
        }
      </QueryState>
    </Stack>
  );
}
