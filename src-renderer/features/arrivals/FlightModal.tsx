import { Modal, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FLIGHT_KINDS, type Flight } from '@shared/contract/arrivals';
import { useApi } from '../../api';
import { useFlash } from '../../app/flash.store';
import { textFieldBinder } from '../../components/form-fields';
import { ModalFormFooter } from '../../components/ModalFormFooter';
import { translateError, type TranslatedError } from '../../i18n/errors';
import { useSettings } from '../settings/settings.store';
import { AirportInput } from './AirportInput';

type Values = {
  kind: Flight['kind'];
  flightNumber: string;
  fromAirport: string;
  toAirport: string;
  departsLocal: string;
  arrivesLocal: string;
  terminal: string;
  bookingRef: string;
  notes: string;
};

const EMPTY: Values = { kind: 'arrival', flightNumber: '', fromAirport: '', toAirport: 'NRT', departsLocal: '', arrivesLocal: '', terminal: '', bookingRef: '', notes: '' };

function valuesOf(f: Flight): Values {
  return {
    kind: f.kind,
    flightNumber: f.flightNumber,
    fromAirport: f.from.iata,
    toAirport: f.to.iata,
    departsLocal: f.departsLocal,
    arrivesLocal: f.arrivesLocal,
    terminal: f.terminal ?? '',
    bookingRef: f.bookingRef ?? '',
    notes: f.notes ?? '',
  };
}

export interface FlightTarget {
  traineeId: string;
  traineeName: string;
  /** The flight to change; null to add one. */
  flight: Flight | null;
}

/** Adds or changes one flight of a trainee; times are typed as on the ticket, in each airport's local time. */
export function FlightModal({ target, onClose, onSaved }: { target: FlightTarget | null; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const language = useSettings((s) => s.language);
  const [values, setValues] = useState<Values>(EMPTY);
  const [error, setError] = useState<TranslatedError | null>(null);

  useEffect(() => {
    setValues(target?.flight ? valuesOf(target.flight) : EMPTY);
    setError(null);
  }, [target]);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!target) return;
    const fields = { ...values, terminal: values.terminal || null, bookingRef: values.bookingRef || null, notes: values.notes || null };
    const result = target.flight
      ? await api.call('flights:update', { id: target.flight.id, ...fields })
      : await api.call('flights:create', { traineeId: target.traineeId, ...fields });
    if (!result.ok) return setError(translateError(t, result.error, 'flight.field'));
    useFlash.getState().show(t('flight.saved', { flight: result.value.flightNumber, trainee: target.traineeName }));
    onSaved();
  }

  async function remove() {
    if (!target?.flight) return;
    const result = await api.call('flights:delete', { id: target.flight.id });
    if (!result.ok) return setError(translateError(t, result.error, 'flight.field'));
    useFlash.getState().show(t('flight.deleted', { flight: target.flight.flightNumber }));
    onSaved();
  }

  const text = textFieldBinder(t, 'flight.field', values, setValues, error);
  const airport = (key: 'fromAirport' | 'toAirport') => ({
    label: t(`flight.field.${key}`),
    value: values[key],
    error: error?.fields[key],
    language,
    onChange: (code: string) => setValues((v) => ({ ...v, [key]: code })),
  });

  return (
    <Modal opened={target !== null} onClose={onClose} title={target ? t(target.flight ? 'flight.editTitle' : 'flight.addTitle', { trainee: target.traineeName }) : ''} size="lg" centered>
      <form onSubmit={(e) => void save(e)}>
        <Stack>
          <SimpleGrid cols={2}>
            <NativeSelect
              {...text('kind')}
              data={FLIGHT_KINDS.map((k) => ({ value: k, label: t(`flight.kind.${k}`) }))}
            />
            <TextInput {...text('flightNumber')} placeholder="KE 703" />
            <AirportInput {...airport('fromAirport')} />
            <AirportInput {...airport('toAirport')} />
            <TextInput {...text('departsLocal')} type="datetime-local" description={t('flight.localTimeHint')} />
            <TextInput {...text('arrivesLocal')} type="datetime-local" description={t('flight.localTimeHint')} />
            <TextInput {...text('terminal')} placeholder="1" />
            <TextInput {...text('bookingRef')} />
          </SimpleGrid>
          <TextInput {...text('notes')} />
          <ModalFormFooter error={error} onCancel={onClose} onDelete={target?.flight ? () => void remove() : undefined} deleteLabel={t('flight.delete')} />
        </Stack>
      </form>
    </Modal>
  );
}
