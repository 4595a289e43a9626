import { useTranslation } from 'react-i18next';
import type { DepartureItem } from '@shared/contract/departures';
import { ChecklistTemplateEditor, type ChecklistItemValues } from '../../components/ChecklistTemplateEditor';
import { useChannel } from '../../data/use-channel';
import { departureOffsetLabel } from './departure-labels';

const EMPTY: ChecklistItemValues = { nameJa: '', nameEn: '', offsetDays: -7, isRetired: false };
const valuesOf = ({ nameJa, nameEn, offsetDays, isRetired }: DepartureItem): ChecklistItemValues => ({ nameJa, nameEn, offsetDays, isRetired });

/** Settings: the office's departure checklist (add, rename in Japanese and English, re-date from the return flight, reorder, retire). */
export function DepartureTemplateSection() {
  const { t } = useTranslation();
  const template = useChannel('departures:template', {});
  return (
    <ChecklistTemplateEditor
      testId="departure-template"
      keys="departures"
      itemHeader={t('departures.task')}
      query={template}
      items={(items) => items}
      channels={{ create: 'departures:template-create', update: 'departures:template-update', move: 'departures:template-move' }}
      emptyValues={EMPTY}
      valuesOf={valuesOf}
      due={(item) => departureOffsetLabel(t, item.offsetDays)}
    />
  );
}
