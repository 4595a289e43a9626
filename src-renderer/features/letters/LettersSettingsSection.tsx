import { Button, Group, NativeSelect, NumberInput, Paper, SimpleGrid, Stack, Table, Tabs, Text, TextInput, Textarea, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LETTER_TABLES, MERGE_FIELDS, SHEET_DATE_STYLES, type LetterOptions, type LetterTable, type LetterTemplate, type SheetDateStyle } from '@shared/contract/letters';
import { setSheetDateStyle } from '@shared/text/date-format';
import { FormModal } from '../../data/FormModal';
import { QueryState } from '../../data/QueryState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useChannel } from '../../data/use-channel';
import { useContractForm } from '../../data/use-contract-form';
import { useSettings } from '../settings/settings.store';

interface TemplateValues extends Record<string, unknown> {
  titleJa: string;
  titleEn: string;
  addresseeJa: string;
  addresseeEn: string;
  bodyJa: string;
  bodyEn: string;
  itemsJa: string;
  itemsEn: string;
  table: LetterTable;
}

const NEW_TEMPLATE: TemplateValues = {
  titleJa: '', titleEn: '', addresseeJa: '{{host.head}}', addresseeEn: '{{host.head}}', bodyJa: '', bodyEn: '', itemsJa: '', itemsEn: '', table: 'none',
};

/** The merge fields a template may use, to copy from. */
function FieldHelp() {
  const { t } = useTranslation();
  const fields = [...MERGE_FIELDS, 'date.arrival', 'date.host_move', 'date.return_home'];
  return (
    <Text size="xs" c="dimmed" data-testid="letter-field-help">
      {t('letters.template.fieldsHelp')} {fields.map((f) => `{{${f}}}`).join('　')}
    </Text>
  );
}

/** Adds a letter template or changes one: Japanese and English on their own tabs. */
export function TemplateModal({ template, opened, onClose }: { template: LetterTemplate | null; opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const form = useContractForm('letters:template-save', {
    opened,
    recordKey: template?.id ?? 'new',
    initialValues: template ? { ...NEW_TEMPLATE, ...template } : NEW_TEMPLATE,
    toInput: (v) => ({ ...v, id: template?.id ?? null }),
    fieldLabels: 'letters.field',
    flash: (saved) => t('letters.template.saved', { name: saved.titleJa }),
    onSaved: onClose,
  });
  return (
    <FormModal opened={opened} onClose={onClose} title={template ? t('letters.template.editTitle') : t('letters.template.addTitle')} form={form} size="xl">
      <NativeSelect {...form.field('table')} data={LETTER_TABLES.map((k) => ({ value: k, label: t(`letters.table.${k}`) }))} />
      <Tabs defaultValue="ja" keepMounted>
        <Tabs.List>
          <Tabs.Tab value="ja">{t('letters.template.japanese')}</Tabs.Tab>
          <Tabs.Tab value="en">{t('letters.template.english')}</Tabs.Tab>
        </Tabs.List>
        {(['Ja', 'En'] as const).map((l) => (
          <Tabs.Panel key={l} value={l.toLowerCase()} pt="sm">
            <Stack gap="sm">
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <TextInput {...form.field(`title${l}`)} data-testid={`letter-template-title-${l.toLowerCase()}`} />
                <TextInput {...form.field(`addressee${l}`)} />
              </SimpleGrid>
              <Textarea {...form.field(`body${l}`)} autosize minRows={6} maxRows={14} data-testid={`letter-template-body-${l.toLowerCase()}`} />
              <Textarea {...form.field(`items${l}`)} description={t('letters.template.itemsHelp')} autosize minRows={3} maxRows={8} />
            </Stack>
          </Tabs.Panel>
        ))}
      </Tabs>
      <FieldHelp />
    </FormModal>
  );
}

function OptionsForm({ options }: { options: LetterOptions }) {
  const { t } = useTranslation();
  const { ranges: _ranges, ...initialValues } = options;
  const form = useContractForm('letters:set-options', {
    recordKey: JSON.stringify(initialValues),
    initialValues,
    toInput: (v) => v,
    fieldLabels: 'letters.field',
    flash: () => t('letters.options.saved'),
    onSaved: (saved) => setSheetDateStyle(saved.sheetDates),
  });
  return (
    <form onSubmit={form.onSubmit} noValidate data-testid="letter-options">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput {...form.field('prefixJa')} description={t('letters.options.prefixHelp')} />
          <TextInput {...form.field('prefixEn')} />
          <Textarea {...form.field('senderJa')} autosize minRows={2} />
          <Textarea {...form.field('senderEn')} autosize minRows={2} />
          <Textarea {...form.field('contactJa')} autosize minRows={3} />
          <Textarea {...form.field('contactEn')} autosize minRows={3} />
        </SimpleGrid>
        <NativeSelect
          {...form.field('sheetDates')}
          description={t('letters.options.sheetDatesHelp')}
          data={SHEET_DATE_STYLES.map((s: SheetDateStyle) => ({ value: s, label: t(`letters.options.sheetDates.${s}`) }))}
          w={360}
        />
        <ErrorAlert error={form.error} />
        <Group>
          <Button type="submit" loading={form.isSaving} data-testid="letter-options-save">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** This PC's block of numbers, and the blocks of the other PCs (known through sync). */
function RangeForm({ options }: { options: LetterOptions }) {
  const { t } = useTranslation();
  const own = options.ranges.find((r) => r.isThisDevice);
  const initialValues = { firstNumber: (own?.firstNumber ?? '') as number | string, lastNumber: (own?.lastNumber ?? '') as number | string };
  const toNumber = (v: number | string) => (typeof v === 'number' ? v : v === '' ? undefined : Number(v));
  const form = useContractForm('letters:set-range', {
    recordKey: own ? `${own.firstNumber}-${own.lastNumber}` : 'none',
    initialValues,
    toInput: (v) => ({ firstNumber: toNumber(v.firstNumber)!, lastNumber: toNumber(v.lastNumber)! }),
    fieldLabels: 'letters.field',
    flash: () => t('letters.range.saved'),
  });
  const others = options.ranges.filter((r) => !r.isThisDevice);
  return (
    <form onSubmit={form.onSubmit} noValidate data-testid="letter-range">
      <Stack gap="xs">
        <Title order={5}>{t('letters.range.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('letters.range.help')}
        </Text>
        {!own && (
          <Text size="sm" c="red.8" data-testid="letter-range-missing">
            {t('letters.range.missing')}
          </Text>
        )}
        <Group align="flex-end">
          <NumberInput {...form.field('firstNumber')} allowDecimal={false} min={1} w={160} data-testid="letter-range-first" />
          <NumberInput {...form.field('lastNumber')} allowDecimal={false} min={1} w={160} data-testid="letter-range-last" />
          <Button type="submit" variant="light" loading={form.isSaving} data-testid="letter-range-save">
            {t('common.save')}
          </Button>
        </Group>
        <ErrorAlert error={form.error} />
        {others.length > 0 && (
          <Text size="sm" data-testid="letter-range-others">
            {t('letters.range.others', {
              list: others.map((r) => t('letters.range.item', { device: r.deviceName ?? r.deviceId.slice(-6), first: r.firstNumber, last: r.lastNumber })).join(t('common.listSeparator')),
            })}
          </Text>
        )}
      </Stack>
    </form>
  );
}

/** Settings: letter templates and the document-number prefix. It draws its own Paper; null draws nothing. */
export function LettersSettingsSection() {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const templates = useChannel('letters:templates', {});
  const options = useChannel('letters:options', {});
  const [editing, setEditing] = useState<LetterTemplate | 'new' | null>(null);
  return (
    <Paper withBorder p="lg" data-testid="letters-settings">
      <Stack>
        <Title order={4}>{t('letters.settings.title')}</Title>
        <QueryState query={options}>
          {(o) => (
            <Stack>
              <OptionsForm options={o} />
              <RangeForm options={o} />
            </Stack>
          )}
        </QueryState>
        <Group justify="space-between">
          <Title order={5}>{t('letters.template.title')}</Title>
          <Button variant="light" onClick={() => setEditing('new')} data-testid="letter-template-add">
            {t('letters.template.add')}
          </Button>
        </Group>
        <QueryState query={templates}>
          {(list) => (
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('letters.field.titleJa')}</Table.Th>
                  <Table.Th>{t('letters.field.titleEn')}</Table.Th>
                  <Table.Th>{t('letters.field.table')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('common.edit')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((tpl) => (
                  <Table.Tr key={tpl.id} data-testid="letter-template-row">
                    <Table.Td>{tpl.titleJa}</Table.Td>
                    <Table.Td>{tpl.titleEn}</Table.Td>
                    <Table.Td>{t(`letters.table.${tpl.table}`)}</Table.Td>
                    <Table.Td>
                      <Button size="compact-sm" variant="default" onClick={() => setEditing(tpl)} aria-label={t('letters.template.editOne', { name: language === 'en' ? tpl.titleEn : tpl.titleJa })}>
                        {t('common.edit')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </QueryState>
      </Stack>
      <TemplateModal template={editing === 'new' ? null : editing} opened={editing !== null} onClose={() => setEditing(null)} />
    </Paper>
  );
}
