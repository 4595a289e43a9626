import { Modal, Stack, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArrivingTrainee } from '@shared/contract/arrivals';
import { useApi } from '../../api';
import { textFieldBinder } from '../../components/form-fields';
import { ModalFormFooter } from '../../components/ModalFormFooter';
import { translateError, type TranslatedError } from '../../i18n/errors';

export interface MarkTarget {
  trainee: ArrivingTrainee;
  status: 'delayed' | 'rebooked';
}

/** A delay (the new landing time) or a rebooking (the new flight and its landing). */
export function MarkModal({ target, onClose, onMarked }: { target: MarkTarget | null; onClose(): void; onMarked(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [values, setValues] = useState({ newFlightNumber: '', newArrivesLocal: '' });
  const [error, setError] = useState<TranslatedError | null>(null);

  useEffect(() => {
    setValues({ newFlightNumber: '', newArrivesLocal: target?.trainee.expectedArrivesLocal ?? '' });
    setError(null);
  }, [target]);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!target?.trainee.flight) return;
    const result = await api.call('arrivals:mark', {
      flightId: target.trainee.flight.id,
      status: target.status,
      newFlightNumber: target.status === 'rebooked' ? values.newFlightNumber : null,
      newArrivesLocal: values.newArrivesLocal || null,
    });
    if (!result.ok) return setError(translateError(t, result.error, 'board.field'));
    onMarked();
  }

  const text = textFieldBinder(t, 'board.field', values, setValues, error);
  return (
    <Modal opened={target !== null} onClose={onClose} title={target ? t(`board.markTitle.${target.status}`, { name: target.trainee.latinName }) : ''} centered>
      <form onSubmit={(e) => void save(e)}>
        <Stack>
          {target?.status === 'rebooked' && <TextInput {...text('newFlightNumber')} placeholder="KE 705" data-autofocus />}
          <TextInput {...text('newArrivesLocal')} type="datetime-local" description={t('board.localTimeHint')} />
          <ModalFormFooter error={error} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
