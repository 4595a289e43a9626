import { Alert, Badge, Button, Group, List, Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssignmentWarning, MatchMark } from '@contract/hosts';
import { useApi } from '../../api';
import { useFlash } from '../../app/flash.store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { textFieldBinder } from '../../components/form-fields';
import { translateError, type TranslatedError } from '../../i18n/errors';
import { normalizeDateInput } from '../trainees/trainee-form';

export interface Pair {
  traineeId: string;
  traineeName: string;
  hostId: string;
  hostName: string;
}

const FIELDS = ['startsOn', 'endsOn', 'supervisor', 'department', 'housingAddress', 'notes'] as const;
type Values = Record<(typeof FIELDS)[number], string>;
const EMPTY: Values = { startsOn: '', endsOn: '', supervisor: '', department: '', housingAddress: '', notes: '' };

/** Confirms one assignment: dates (the year's host training unless changed), details, and what to look at first. */
export function AssignModal({ yearId, pair, onClose, onAssigned }: { yearId: string; pair: Pair | null; onClose(): void; onAssigned(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [values, setValues] = useState<Values>(EMPTY);
  const [check, setCheck] = useState<{ marks: MatchMark[]; warnings: AssignmentWarning[] } | null>(null);
  const [error, setError] = useState<TranslatedError | null>(null);

  const input = () => ({
    yearId,
    traineeId: pair?.traineeId ?? '',
    hostId: pair?.hostId ?? '',
    startsOn: normalizeDateInput(values.startsOn) || null,
    endsOn: normalizeDateInput(values.endsOn) || null,
    supervisor: values.supervisor || null,
    department: values.department || null,
    housingAddress: values.housingAddress || null,
    notes: values.notes || null,
  });

  useEffect(() => {
    setError(null);
    setCheck(null);
    if (!pair) return;
    void api.call('assignments:check', { yearId, traineeId: pair.traineeId, hostId: pair.hostId }).then((r) => {
      if (!r.ok) return;
      setCheck(r.value);
      setValues({ ...EMPTY, startsOn: r.value.startsOn ?? '', endsOn: r.value.endsOn ?? '' });
    });
  }, [api, pair, yearId]);

  async function confirm() {
    const result = await api.call('assignments:create', input());
    if (!result.ok) return setError(translateError(t, result.error, 'assignment.field'));
    useFlash.getState().show(t('assignment.created', { trainee: result.value.traineeName, host: result.value.hostName }));
    onAssigned();
  }

  const text = textFieldBinder(t, 'assignment.field', values, setValues, error);

  return (
    <Modal
      opened={pair !== null}
      onClose={onClose}
      title={pair ? t('assignment.assignTitle', { trainee: pair.traineeName, host: pair.hostName }) : ''}
      centered
      size="lg"
    >
      <Stack>
        {check && check.marks.length > 0 && (
          <Group gap="xs">
            {check.marks.map((m) => (
              <Badge key={m} color={m === 'sister_city' ? 'yellow' : 'teal'} variant="light" tt="none">
                {t(`assignment.mark.${m}`)}
              </Badge>
            ))}
          </Group>
        )}
        {check && check.warnings.length > 0 && (
          <Alert color="orange" data-testid="assign-warnings">
            <List size="sm">
              {check.warnings.map((w) => (
                <List.Item key={w}>{t(`assignment.warning.${w}`)}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        <SimpleGrid cols={2}>
          {FIELDS.map((f) => (
            <TextInput key={f} {...text(f)} />
          ))}
        </SimpleGrid>
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void confirm()}>{t('assignment.confirm')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
