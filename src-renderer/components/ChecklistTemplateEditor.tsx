import { ActionIcon, Badge, Button, Checkbox, Group, NumberInput, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel, ChannelInput, ChannelOutput } from '@shared/contract/channels';
import type { ChecklistItem } from '@shared/contract/checklist';
import { inLanguage } from '@shared/contract/names';
import type { ChannelError } from '../data/channel-error';
import { FormModal } from '../data/FormModal';
import { QueryState } from '../data/QueryState';
import { useChannelMutation } from '../data/use-channel';
import { useContractForm, type ContractForm } from '../data/use-contract-form';
import { useMutationError } from '../data/use-mutation-error';
import { useSettings } from '../features/settings/settings.store';
import { ErrorAlert } from './ErrorAlert';
import { RowActions } from './RowActions';

/** The channels whose input has at least `In`'s fields and whose output is an `Out`. */
type ChannelsTaking<In, Out> = { [C in Channel]: ChannelInput<C> extends In ? (ChannelOutput<C> extends Out ? C : never) : never }[Channel];
type ItemFields = { nameJa: string; nameEn: string; offsetDays: number };
/** The channels of a checklist template: add an item, change one, move one up or down. */
export interface ChecklistChannels {
  create: ChannelsTaking<ItemFields, ChecklistItem>;
  update: ChannelsTaking<ItemFields & { id: string; isRetired: boolean }, ChecklistItem>;
  move: ChannelsTaking<{ id: string; direction: 'up' | 'down' }, unknown>;
}

/** An item's fields in the dialog: the days as typed (a number, or '' while empty). */
export interface ChecklistItemValues extends Record<string, unknown> {
  nameJa: string;
  nameEn: string;
  offsetDays: number | string;
  isRetired: boolean;
}

/** A template's own fields in the item dialog: before the due date, beside its days (what they count from), after it. */
export interface ChecklistFields {
  before?: ReactNode;
  dueFrom?: ReactNode;
  after?: ReactNode;
}

interface Props<Data, Item extends ChecklistItem, V extends ChecklistItemValues> {
  /** The Paper's test id; the add button is `<testId>-add`, each row `<testId>-row`. */
  testId: string;
  /**
   * The section's place in the translations: its texts under `<keys>.template` (title, help, add, addTitle, editTitle,
   * editOne, actions, moveUp, moveDown, offsetHelp, saved), its fields' labels under `<keys>.field`, the due column's `<keys>.due`.
   */
  keys: string;
  /** The item column's header. */
  itemHeader: string;
  /** The template as read; `items` takes its items from it. */
  query: UseQueryResult<Data, ChannelError>;
  items(data: Data): Item[];
  channels: ChecklistChannels;
  /** A new item's values, and an item's own. */
  emptyValues: V;
  valuesOf(item: Item): V;
  /** When an item is due, in words ("出発の7日前"). */
  due(item: Item): string;
  /** The template's own columns, between the item and its due date. */
  columns?: ReadonlyArray<{ header: string; cell(item: Item): ReactNode }>;
  /** Said after an item's name (a note such as "needs a translation"). */
  nameNote?(item: Item): ReactNode;
  fields?(form: ContractForm<V>): ChecklistFields;
  /** Under the table: the template's own settings. */
  footer?(data: Data): ReactNode;
}

/**
 * The dialog's values as a channel's input, the days as a number ('' is not one: the contract says so on the field).
 * TypeScript cannot relate the template's own values to the channels' inputs; the contract checks them on the way in.
 */
function asInput<C extends Channel>({ offsetDays, ...values }: Record<string, unknown>, id?: string): ChannelInput<C> {
  const days = typeof offsetDays === 'string' && offsetDays.trim() === '' ? Number.NaN : Number(offsetDays);
  return { ...values, ...(id === undefined ? {} : { id }), offsetDays: days } as ChannelInput<C>;
}

/**
 * A checklist template in Settings: its items in order (retired ones greyed, with a badge), each
 * moved up or down in place, added or changed (names in Japanese and English, the days from the date
 * it is due from, retired) in a dialog. The entry procedures and the return tasks both edit theirs
 * with it; what differs (channels, fields, texts, the due date's words) is passed in.
 */
export function ChecklistTemplateEditor<Data, Item extends ChecklistItem, V extends ChecklistItemValues>(p: Props<Data, Item, V>) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const move = useChannelMutation(p.channels.move);
  const moveError = useMutationError(move, `${p.keys}.field`);
  const [editing, setEditing] = useState<Item | 'new' | null>(null);
  const name = (item: Item) => inLanguage(item.nameJa, item.nameEn, language);
  const texts = `${p.keys}.template`;
  return (
    <Paper withBorder p="lg" data-testid={p.testId}>
      <Group justify="space-between" mb="xs">
        <Title order={4}>{t(`${texts}.title`)}</Title>
        <Button variant="light" onClick={() => setEditing('new')} data-testid={`${p.testId}-add`}>
          {t(`${texts}.add`)}
        </Button>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t(`${texts}.help`)}
      </Text>
      <QueryState query={p.query}>
        {(data) => {
          const items = p.items(data);
          return (
            <Stack>
              <ErrorAlert error={moveError} />
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{p.itemHeader}</Table.Th>
                    {p.columns?.map((c) => <Table.Th key={c.header}>{c.header}</Table.Th>)}
                    <Table.Th>{t(`${p.keys}.due`)}</Table.Th>
                    <Table.Th>
                      <VisuallyHidden>{t(`${texts}.actions`)}</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((item, index) => (
                    <Table.Tr key={item.id} data-testid={`${p.testId}-row`}>
                      <Table.Td c={item.isRetired ? 'dimmed' : undefined}>
                        {name(item)}
                        {p.nameNote?.(item)}
                        {item.isRetired && (
                          <Badge ml="xs" size="sm" color="gray" variant="light" tt="none">
                            {t(`${p.keys}.field.isRetired`)}
                          </Badge>
                        )}
                      </Table.Td>
                      {p.columns?.map((c) => <Table.Td key={c.header}>{c.cell(item)}</Table.Td>)}
                      <Table.Td>{p.due(item)}</Table.Td>
                      <Table.Td>
                        <RowActions size="compact-sm" edit={{ onClick: () => setEditing(item), name: t(`${texts}.editOne`, { name: name(item) }) }}>
                          <ActionIcon variant="subtle" aria-label={t(`${texts}.moveUp`, { name: name(item) })} disabled={index === 0} onClick={() => void move.run({ id: item.id, direction: 'up' })}>
                            ↑
                          </ActionIcon>
                          <ActionIcon
                            variant="subtle"
                            aria-label={t(`${texts}.moveDown`, { name: name(item) })}
                            disabled={index === items.length - 1}
                            onClick={() => void move.run({ id: item.id, direction: 'down' })}
                          >
                            ↓
                          </ActionIcon>
                        </RowActions>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              {p.footer?.(data)}
            </Stack>
          );
        }}
      </QueryState>
      <ItemModal {...p} item={editing === 'new' ? null : editing} opened={editing !== null} onClose={() => setEditing(null)} />
    </Paper>
  );
}

/** Adds an item to the template, or renames, re-dates or retires one. */
function ItemModal<Item extends ChecklistItem, V extends ChecklistItemValues>({
  item,
  opened,
  onClose,
  ...p
}: Pick<Props<unknown, Item, V>, 'keys' | 'channels' | 'emptyValues' | 'valuesOf' | 'fields'> & { item: Item | null; opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const texts = `${p.keys}.template`;
  const initialValues = item ? p.valuesOf(item) : p.emptyValues;
  // The item named as the person reads the list: its English name on English screens, where it has one.
  const flash = (saved: ChecklistItem) => t(`${texts}.saved`, { name: inLanguage(saved.nameJa, saved.nameEn, language) });
  const create = useContractForm(p.channels.create, {
    opened: opened && !item,
    initialValues,
    toInput: ({ isRetired: _retired, ...values }) => asInput<ChecklistChannels['create']>(values),
    fieldLabels: `${p.keys}.field`,
    flash,
    onSaved: onClose,
  });
  const update = useContractForm(p.channels.update, {
    opened: opened && Boolean(item),
    recordKey: item?.id ?? null,
    initialValues,
    toInput: (values) => asInput<ChecklistChannels['update']>(values, item?.id ?? ''),
    fieldLabels: `${p.keys}.field`,
    flash,
    onSaved: onClose,
  });
  const form = item ? update : create;
  const own = p.fields?.(form) ?? {};
  const days = <NumberInput {...form.field('offsetDays')} description={t(`${texts}.offsetHelp`)} allowDecimal={false} w={own.dueFrom ? undefined : 260} />;
  return (
    <FormModal opened={opened} onClose={onClose} title={t(item ? `${texts}.editTitle` : `${texts}.addTitle`)} form={form}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput {...form.field('nameJa')} data-autofocus />
        <TextInput {...form.field('nameEn')} />
      </SimpleGrid>
      {own.before}
      {own.dueFrom ? (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {own.dueFrom}
          {days}
        </SimpleGrid>
      ) : (
        days
      )}
      {own.after}
      {item && <Checkbox {...form.form.getInputProps('isRetired', { type: 'checkbox' })} label={t(`${p.keys}.field.isRetired`)} />}
    </FormModal>
  );
}
