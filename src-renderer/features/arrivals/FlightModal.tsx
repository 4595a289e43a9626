import { NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FLIGHT_KINDS, type ArrivalBoard, type Flight } from '@shared/contract/arrivals';
import { useFlash } from '../../app/flash.store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormModal } from '../../data/FormModal';
import { useChannel, useChannelMutation } from '../../data/use-channel';
import { useConfirmDelete } from '../../data/use-confirm-delete';
import { useContractForm } from '../../data/use-contract-form';
import { useMutationError } from '../../data/use-mutation-error';
import { AirportInput } from './AirportInput';

const EMPTY = { kind: 'arrival' as Flight['kind'], flightNumber: '', fromAirport: '', toAirport: 'NRT', departsLocal: '', arrivesLocal: '', terminal: '', bookingRef: '', notes: '' };

function valuesOf(f: Flight): typeof EMPTY {
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
  /** What a new flight starts with (a return flight from the departures screens). */
  defaults?: Partial<typeof EMPTY>;
}

/** Whether the day's board has something marked for this flight (met, delayed …), which goes with it; null while unknown. */
function hasMarks(board: ArrivalBoard | undefined, flightId: string): boolean | null {
  if (!board) return null;
  return [...board.groups.flatMap((g) => g.members), ...board.unplaced].some((m) => m.flight?.id === flightId && m.lastEvent !== null);
}

interface Props {
  yearId: string;
  target: FlightTarget | null;
  opened: boolean;
  onClose(): void;
}

/** Adds or changes one flight of a trainee; times are typed as on the ticket, in each airport's local time. */
export function FlightModal({ yearId, target, opened, onClose }: Props) {
  const { t } = useTranslation();
  const flight = target?.flight ?? null;
  const form = useContractForm(flight ? 'flights:update' : 'flights:create', {
    opened,
    recordKey: flight?.id ?? target?.traineeId,
    initialValues: flight ? valuesOf(flight) : { ...EMPTY, ...target?.defaults },
    toInput: (v) => {
      const fields = { ...v, terminal: v.terminal || null, bookingRef: v.bookingRef || null, notes: v.notes || null };
      return flight ? { id: flight.id, ...fields } : { traineeId: target?.traineeId ?? '', ...fields };
    },
    fieldLabels: 'flight.field',
    flash: (saved) => t('flight.saved', { flight: saved.flightNumber, trainee: target?.traineeName ?? '' }),
    onSaved: onClose,
  });
  const board = useChannel('arrivals:board', opened && flight ? { yearId } : null);
  const remove = useChannelMutation('flights:delete');
  const removeError = useMutationError(remove, 'flight.field');
  const confirmDelete = useConfirmDelete();

  async function removeFlight() {
    if (!flight) return;
    const marks = hasMarks(board.data, flight.id);
    const goesWith = marks === false ? [] : [t(marks ? 'flight.deleteWithMarks' : 'flight.deleteWithMarksIfAny')];
    if (!(await confirmDelete({ name: flight.flightNumber, with: goesWith }))) return;
    await remove.run(
      { id: flight.id },
      {
        onSuccess: () => {
          useFlash.getState().show(t('flight.deleted', { flight: flight.flightNumber }));
          onClose();
        },
      },
    ); // a failure is shown in the dialog, which stays open
  }

  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={target ? t(flight ? 'flight.editTitle' : 'flight.addTitle', { trainee: target.traineeName }) : ''}
      form={form}
      onDelete={flight ? () => void removeFlight() : undefined}
      deleteLabel={t('flight.delete')}
    >
      <SimpleGrid cols={2}>
        <NativeSelect {...form.field('kind')} data={FLIGHT_KINDS.map((k) => ({ value: k, label: t(`flight.kind.${k}`) }))} />
        <TextInput {...form.field('flightNumber')} placeholder="KE 703" />
        <AirportInput {...form.field('fromAirport')} />
        <AirportInput {...form.field('toAirport')} />
        <TextInput {...form.field('departsLocal')} type="datetime-local" description={t('flight.localTimeHint')} />
        <TextInput {...form.field('arrivesLocal')} type="datetime-local" description={t('flight.localTimeHint')} />
        <TextInput {...form.field('terminal')} placeholder="1" />
        <TextInput {...form.field('bookingRef')} />
      </SimpleGrid>
      <TextInput {...form.field('notes')} />
      <ErrorAlert error={removeError} />
    </FormModal>
  );
}
