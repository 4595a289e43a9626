import { ActionIcon, Badge, Button, Checkbox, Group, NumberInput, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DepartureItem } from '@shared/contract/departures';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormModal } from '../../data/FormModal';
import { QueryState } from '../../data/QueryState';
import { useChannel, useChannelMutation } from '../../data/use-channel';
import { useContractForm } from '../../data/use-contract-form';
import { useMutationError } from '../../data/use-mutation-error';
import { useSettings } from '../settings/settings.store';
import { departureOffsetLabel, taskName } from './departure-labels';

interface ItemValues extends Record<string, unknown> {
  nameJa: string;
  nameEn: string;
  offsetDays: number | string;
  isRetired: boolean;
}

const EMPTY: ItemValues = { nameJa: '', nameEn: '', offsetDays: -7, isRetired: false };
const toNumber = (v: number | string) => (typeof v === 'number' ? v : v === '' ? Number.NaN : Number(v));

/** Adds a return task to the template, or renames, re-dates or retires one. */
function ItemModal({ item, opened, onClose }: { item: DepartureItem | null; opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const initialValues: ItemValues = item ? { nameJa: item.nameJa, nameEn: item.nameEn, offsetDays: item.offsetDays, isRetired: item.isRetired } : EMPTY;
  const create = useContractForm('departures:template-create', {
    opened: opened && !item,
    initialValues,
    toInput: ({ isRetired: _retired, ...v }) => ({ ...v, offsetDays: toNumber(v.offsetDays) }),
    fieldLabels: 'departures.field',
    flash: (saved) => t('departures.template.saved', { name: saved.nameJa }),
    onSaved: onClose,
  });
  const update = useContractForm('departures:template-update', {
    opened: opened && Boolean(item),
    recordKey: item?.id ?? null,
    initialValues,
    toInput: (v) => ({ ...v, id: item?.id ?? '', offsetDays: toNumber(v.offsetDays) }),
    fieldLabels: 'departures.field',
    flash: (saved) => t('departures.template.saved', { name: saved.nameJa }),
    onSaved: onClose,
  });
  const form = item ? update : create;
  return (
    <FormModal opened={opened} onClose={onClose} title={item ? t('departures.template.editTitle') : t('departures.template.addTitle')} form={form}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput {...form.field('nameJa')} data-autofocus />
        <TextInput {...form.field('nameEn')} />
      </SimpleGrid>
      <NumberInput {...form.field('offsetDays')} description={t('departures.template.offsetHelp')} allowDecimal={false} w={260} />
      {item && <Checkbox {...form.form.getInputProps('isRetired', { type: 'checkbox' })} label={t('departures.field.isRetired')} />}
    </FormModal>
  );
}

/** Settings: the office's departure checklist (add, rename in Japanese and English, reorder, retire). It draws its own Paper. */
export function DepartureTemplateSection() {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const template = useChannel('departures:template', {});
  const move = useChannelMutation('departures:template-move');
  const moveError = useMutationError(move, 'departures.field');
  const [editing, setEditing] = useState<DepartureItem | 'new' | null>(null);
  return (
    <Paper withBorder p="lg" data-testid="departure-template">
      <Group justify="space-between" mb="xs">
        <Title order={4}>{t('departures.template.title')}</Title>
        <Button variant="light" onClick={() => setEditing('new')} data-testid="departure-template-add">
          {t('departures.template.add')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t('departures.template.help')}
      </Text>
      <QueryState query={template}>
        {(items) => (
          <Stack>
            <ErrorAlert error={moveError} />
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('departures.task')}</Table.Th>
                  <Table.Th>{t('departures.due')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('departures.template.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((item, index) => (
                  <Table.Tr key={item.id} data-testid="departure-template-row" style={item.isRetired ? { opacity: 0.55 } : undefined}>
                    <Table.Td>
                      {taskName(item, language)}
                      {item.isRetired && (
                        <Badge ml="xs" size="sm" color="gray" variant="light" tt="none">
                          {t('departures.field.isRetired')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{departureOffsetLabel(t, item.offsetDays)}</Table.Td>
                    <Table.Td>
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        <ActionIcon variant="subtle" aria-label={t('departures.template.moveUp', { name: taskName(item, language) })} disabled={index === 0} onClick={() => void move.run({ id: item.id, direction: 'up' })}>
                          ↑
                        </ActionIcon>
                        <ActionIcon
                          variant="subtle"
                          aria-label={t('departures.template.moveDown', { name: taskName(item, language) })}
                          disabled={index === items.length - 1}
                          onClick={() => void move.run({ id: item.id, direction: 'down' })}
                        >
                          ↓
                        </ActionIcon>
                        <Button size="compact-sm" variant="default" onClick={() => setEditing(item)} aria-label={t('departures.template.editOne', { name: taskName(item, language) })}>
                          {t('common.edit')}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        )}
      </QueryState>
      <ItemModal item={editing === 'new' ? null : editing} opened={editing !== null} onClose={() => setEditing(null)} />
    </Paper>
  );
}
