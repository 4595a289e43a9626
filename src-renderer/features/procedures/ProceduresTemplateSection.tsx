import { ActionIcon, Badge, Button, Checkbox, Group, NativeSelect, NumberInput, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROCEDURE_PROVIDERS, type ProcedureProvider, type TemplateItem } from '@shared/contract/procedures';
import { MILESTONE_KINDS, type MilestoneKind } from '@shared/contract/years';
import { useFlash } from '../../app/flash.store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormModal } from '../../data/FormModal';
import { QueryState } from '../../data/QueryState';
import { useChannel, useChannelMutation } from '../../data/use-channel';
import { useContractForm } from '../../data/use-contract-form';
import { useMutationError } from '../../data/use-mutation-error';
import { useSettings } from '../settings/settings.store';
import { itemName, offsetLabel } from './procedure-labels';

interface ItemValues extends Record<string, unknown> {
  nameJa: string;
  nameEn: string;
  provider: ProcedureProvider;
  milestoneKind: MilestoneKind;
  offsetDays: number | string;
  needsTranslation: boolean;
  isRetired: boolean;
}

const EMPTY: ItemValues = { nameJa: '', nameEn: '', provider: 'trainee', milestoneKind: 'arrival', offsetDays: -28, needsTranslation: false, isRetired: false };

/** Adds an item to the template, or changes one (its years follow). */
function ItemModal({ item, opened, onClose }: { item: TemplateItem | null; opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const initialValues: ItemValues = item ? { ...item } : EMPTY;
  const toNumber = (v: number | string) => (typeof v === 'number' ? v : v === '' ? Number.NaN : Number(v));
  const create = useContractForm('procedures:template-create', {
    opened: opened && !item,
    initialValues,
    toInput: ({ isRetired: _retired, ...v }) => ({ ...v, offsetDays: toNumber(v.offsetDays) }),
    fieldLabels: 'procedure.field',
    flash: (saved) => t('procedure.template.saved', { name: saved.nameJa }),
    onSaved: onClose,
  });
  const update = useContractForm('procedures:template-update', {
    opened: opened && Boolean(item),
    recordKey: item?.id ?? null,
    initialValues,
    toInput: (v) => ({ ...v, id: item?.id ?? '', offsetDays: toNumber(v.offsetDays) }),
    fieldLabels: 'procedure.field',
    flash: (saved) => t('procedure.template.saved', { name: saved.nameJa }),
    onSaved: onClose,
  });
  const form = item ? update : create;
  return (
    <FormModal opened={opened} onClose={onClose} title={item ? t('procedure.template.editTitle') : t('procedure.template.addTitle')} form={form}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput {...form.field('nameJa')} data-autofocus />
        <TextInput {...form.field('nameEn')} />
      </SimpleGrid>
      <NativeSelect {...form.field('provider')} data={PROCEDURE_PROVIDERS.map((p) => ({ value: p, label: t(`procedure.provider.${p}`) }))} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect {...form.field('milestoneKind')} data={MILESTONE_KINDS.map((k) => ({ value: k, label: t(`year.milestone.${k}`) }))} />
        <NumberInput {...form.field('offsetDays')} description={t('procedure.template.offsetHelp')} allowDecimal={false} />
      </SimpleGrid>
      <Checkbox {...form.form.getInputProps('needsTranslation', { type: 'checkbox' })} label={t('procedure.field.needsTranslation')} />
      {item && <Checkbox {...form.form.getInputProps('isRetired', { type: 'checkbox' })} label={t('procedure.field.isRetired')} />}
    </FormModal>
  );
}

/** How many weeks before arrival the COE and the visa must be done. */
function WarningWeeks({ weeks }: { weeks: number }) {
  const { t } = useTranslation();
  const [value, setValue] = useState<number | string>(weeks);
  useEffect(() => setValue(weeks), [weeks]);
  const save = useChannelMutation('procedures:set-options');
  const error = useMutationError(save, 'procedure.field');
  return (
    <Stack gap="xs">
      <Group align="flex-end">
        <NumberInput label={t('procedure.field.entryWarningWeeks')} value={value} onChange={setValue} allowDecimal={false} min={0} max={26} w={280} />
        <Button
          variant="light"
          loading={save.isPending}
          onClick={() =>
            void save.mutateAsync({ entryWarningWeeks: typeof value === 'number' ? value : Number.NaN }).then(
              () => useFlash.getState().show(t('procedure.template.weeksSaved')),
              () => undefined,
            )
          }
        >
          {t('common.save')}
        </Button>
      </Group>
      <ErrorAlert error={error} />
    </Stack>
  );
}

/**
 * Settings: the office's checklist template for the entry procedures (add, rename, reorder,
 * retire; in Japanese and English) and the weeks before arrival the COE and the visa warn.
 * No props: it reads and writes the template itself.
 */
export function ProceduresTemplateSection() {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const template = useChannel('procedures:template', {});
  const move = useChannelMutation('procedures:template-move');
  const moveError = useMutationError(move, 'procedure.field');
  const [editing, setEditing] = useState<TemplateItem | 'new' | null>(null);
  return (
    <Paper withBorder p="md" data-testid="procedure-template">
      <Group justify="space-between" mb="xs">
        <Title order={4}>{t('procedure.template.title')}</Title>
        <Button variant="light" onClick={() => setEditing('new')} data-testid="procedure-template-add">
          {t('procedure.template.add')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t('procedure.template.help')}
      </Text>
      <QueryState query={template}>
        {({ items, options }) => (
          <Stack>
            <ErrorAlert error={moveError} />
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('procedure.item')}</Table.Th>
                  <Table.Th>{t('procedure.field.provider')}</Table.Th>
                  <Table.Th>{t('procedure.due')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((item, index) => (
                  <Table.Tr key={item.id} data-testid="procedure-template-row" style={item.isRetired ? { opacity: 0.55 } : undefined}>
                    <Table.Td>
                      {itemName(item, language)}
                      {item.needsTranslation && (
                        <Text span size="xs" c="dimmed">
                          {' '}
                          {t('common.paren', { text: t('procedure.needsTranslation') })}
                        </Text>
                      )}
                      {item.isRetired && (
                        <Badge ml="xs" size="sm" color="gray" variant="light" tt="none">
                          {t('procedure.field.isRetired')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{t(`procedure.provider.${item.provider}`)}</Table.Td>
                    <Table.Td>{offsetLabel(t, item)}</Table.Td>
                    <Table.Td>
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        <ActionIcon variant="subtle" aria-label={t('procedure.template.moveUp', { name: itemName(item, language) })} disabled={index === 0} onClick={() => void move.run({ id: item.id, direction: 'up' })}>
                          ↑
                        </ActionIcon>
                        <ActionIcon
                          variant="subtle"
                          aria-label={t('procedure.template.moveDown', { name: itemName(item, language) })}
                          disabled={index === items.length - 1}
                          onClick={() => void move.run({ id: item.id, direction: 'down' })}
                        >
                          ↓
                        </ActionIcon>
                        <Button size="compact-sm" variant="default" onClick={() => setEditing(item)}>
                          {t('common.edit')}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <WarningWeeks weeks={options.entryWarningWeeks} />
          </Stack>
        )}
      </QueryState>
      <ItemModal item={editing === 'new' ? null : editing} opened={editing !== null} onClose={() => setEditing(null)} />
    </Paper>
  );
}
