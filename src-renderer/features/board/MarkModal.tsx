import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ArrivingTrainee } from '@shared/contract/arrivals';
import { FormModal } from '../../data/FormModal';
import { useContractForm } from '../../data/use-contract-form';

export interface MarkTarget {
  trainee: ArrivingTrainee;
  status: 'delayed' | 'rebooked';
}

/** A delay (the new landing time) or a rebooking (the new flight and its landing). */
export function MarkModal({ target, onClose }: { target: MarkTarget | null; onClose(): void }) {
  const { t } = useTranslation();
  const flightId = target?.trainee.flight?.id ?? '';
  const form = useContractForm('arrivals:mark', {
    opened: target !== null,
    recordKey: target ? `${flightId}|${target.status}` : null,
    initialValues: { newFlightNumber: '', newArrivesLocal: target?.trainee.expectedArrivesLocal ?? '' },
    toInput: (v) => ({
      flightId,
      status: target?.status ?? 'delayed',
      newFlightNumber: target?.status === 'rebooked' ? v.newFlightNumber : null,
      newArrivesLocal: v.newArrivesLocal || null,
    }),
    fieldLabels: 'board.field',
    flash: () => (target ? t('board.marked', { name: target.trainee.latinName, status: t(`board.status.${target.status}`) }) : ''),
    onSaved: onClose,
  });
  return (
    <FormModal
      opened={target !== null}
      onClose={onClose}
      title={target ? t(`board.markTitle.${target.status}`, { name: target.trainee.latinName }) : ''}
      form={form}
      size="md"
    >
      {target?.status === 'rebooked' && <TextInput {...form.field('newFlightNumber')} placeholder="KE 705" data-autofocus />}
      <TextInput {...form.field('newArrivesLocal')} type="datetime-local" description={t('board.localTimeHint')} />
    </FormModal>
  );
}
