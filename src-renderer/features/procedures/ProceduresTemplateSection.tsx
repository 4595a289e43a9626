import { Button, Checkbox, Group, NativeSelect, NumberInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROCEDURE_PROVIDERS, type ProcedureProvider, type TemplateItem } from '@shared/contract/procedures';
import { MILESTONE_KINDS, type MilestoneKind } from '@shared/contract/years';
import { useFlash } from '../../app/flash.store';
import { ChecklistTemplateEditor, type ChecklistItemValues } from '../../components/ChecklistTemplateEditor';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useChannel, useChannelMutation } from '../../data/use-channel';
import { useMutationError } from '../../data/use-mutation-error';
import { offsetLabel } from './procedure-labels';

interface ItemValues extends ChecklistItemValues {
  provider: ProcedureProvider;
  milestoneKind: MilestoneKind;
  needsTranslation: boolean;
}

const EMPTY: ItemValues = { nameJa: '', nameEn: '', provider: 'trainee', milestoneKind: 'arrival', offsetDays: -28, needsTranslation: false, isRetired: false };

const valuesOf = ({ nameJa, nameEn, provider, milestoneKind, offsetDays, needsTranslation, isRetired }: TemplateItem): ItemValues => ({
  nameJa,
  nameEn,
  provider,
  milestoneKind,
  offsetDays,
  needsTranslation,
  isRetired,
});

/** How many weeks before arrival the COE and the visa must be done; its field starts at the saved weeks (`weeks`). */
function WarningWeeks({ weeks }: { weeks: number }) {
  const { t } = useTranslation();
  const [value, setValue] = useState<number | string>(weeks);
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
            void save.run({ entryWarningWeeks: typeof value === 'number' ? value : Number.NaN }, { onSuccess: () => useFlash.getState().show(t('procedure.template.weeksSaved')) })
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
 * retire; in Japanese and English; who provides each, and the year's milestone it is due from —
 * every year's checklist follows) and the weeks before arrival the COE and the visa warn.
 */
export function ProceduresTemplateSection() {
  const { t } = useTranslation();
  const template = useChannel('procedures:template', {});
  return (
    <ChecklistTemplateEditor
      testId="procedure-template"
      keys="procedure"
      itemHeader={t('procedure.item')}
      query={template}
      items={(data) => data.items}
      channels={{ create: 'procedures:template-create', update: 'procedures:template-update', move: 'procedures:template-move' }}
      emptyValues={EMPTY}
      valuesOf={valuesOf}
      due={(item) => offsetLabel(t, item)}
      columns={[{ header: t('procedure.field.provider'), cell: (item) => t(`procedure.provider.${item.provider}`) }]}
      nameNote={(item) =>
        item.needsTranslation && (
          <Text span size="xs" c="dimmed">
            {' '}
            {t('common.paren', { text: t('procedure.needsTranslation') })}
          </Text>
        )
      }
      fields={(form) => ({
        before: <NativeSelect {...form.field('provider')} data={PROCEDURE_PROVIDERS.map((p) => ({ value: p, label: t(`procedure.provider.${p}`) }))} />,
        dueFrom: <NativeSelect {...form.field('milestoneKind')} data={MILESTONE_KINDS.map((k) => ({ value: k, label: t(`year.milestone.${k}`) }))} />,
        after: <Checkbox {...form.form.getInputProps('needsTranslation', { type: 'checkbox' })} label={t('procedure.field.needsTranslation')} />,
      })}
      // Keyed by the saved weeks: when they change (this save read back, or another PC's), the field starts again from them.
      footer={(data) => <WarningWeeks key={data.options.entryWarningWeeks} weeks={data.options.entryWarningWeeks} />}
    />
  );
}
