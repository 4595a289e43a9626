import { Alert, Badge, Button, Group, List, Modal, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assignment, AssignmentWarning, MatchMark } from '@shared/contract/hosts';
import { hostNameIn } from '@shared/contract/names';
import { useApi } from '../../api';
import { useFlash } from '../../app/flash.store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { textFieldBinder } from '../../components/form-fields';
import { translateError, type TranslatedError } from '../../i18n/errors';
import { trainingFieldLabel, useMasters } from '../master-labels';
import { useSettings } from '../settings/settings.store';

export interface Pair {
  traineeId: string;
  traineeName: string;
  hostId: string;
  hostName: string;
}

const FIELDS = ['startsOn', 'endsOn', 'supervisor', 'department', 'housingAddress', 'notes'] as const;
type Values = Record<(typeof FIELDS)[number] | 'trainingFieldId', string>;
const EMPTY: Values = { startsOn: '', endsOn: '', trainingFieldId: '', supervisor: '', department: '', housingAddress: '', notes: '' };

function toValues(a: Assignment): Values {
  return {
    startsOn: a.startsOn ?? '',
    endsOn: a.endsOn ?? '',
    trainingFieldId: a.trainingField?.id ?? '',
    supervisor: a.supervisor ?? '',
    department: a.department ?? '',
    housingAddress: a.housingAddress ?? '',
    notes: a.notes ?? '',
  };
}

interface Props {
  yearId: string;
  /** A new assignment of this trainee to this host … */
  pair: Pair | null;
  /** … or one made before, to change. */
  assignment?: Assignment | null;
  onClose(): void;
  onSaved(): void;
}

/**
 * Confirms one assignment — dates (the year's host training unless changed), field, details,
 * and what to look at first — or changes one made before.
 */
export function AssignModal({ yearId, pair, assignment = null, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const language = useSettings((s) => s.language);
  const trainingFields = useMasters((s) => s.trainingFields);
  const [values, setValues] = useState<Values>(EMPTY);
  const [check, setCheck] = useState<{ marks: MatchMark[]; warnings: AssignmentWarning[] } | null>(null);
  const [error, setError] = useState<TranslatedError | null>(null);

  const details = () => ({
    startsOn: values.startsOn.trim() || null,
    endsOn: values.endsOn.trim() || null,
    trainingFieldId: values.trainingFieldId || null,
    supervisor: values.supervisor || null,
    department: values.department || null,
    housingAddress: values.housingAddress || null,
    notes: values.notes || null,
  });

  useEffect(() => {
    setError(null);
    setCheck(null);
    if (assignment) return setValues(toValues(assignment));
    if (!pair) return;
    void api.call('assignments:check', { yearId, traineeId: pair.traineeId, hostId: pair.hostId }).then((r) => {
      if (!r.ok) return;
      setCheck(r.value);
      setValues({ ...EMPTY, startsOn: r.value.startsOn ?? '', endsOn: r.value.endsOn ?? '' });
    });
  }, [api, pair, assignment, yearId]);

  async function confirm() {
    const result = assignment
      ? await api.call('assignments:update', { id: assignment.id, ...details() })
      : await api.call('assignments:create', { yearId, traineeId: pair?.traineeId ?? '', hostId: pair?.hostId ?? '', ...details() });
    if (!result.ok) return setError(translateError(t, result.error, 'assignment.field'));
    const names = { trainee: result.value.traineeName, host: hostNameIn(result.value, language) };
    useFlash.getState().show(t(assignment ? 'assignment.updated' : 'assignment.created', names));
    onSaved();
  }

  const text = textFieldBinder(t, 'assignment.field', values, setValues, error);
  const title = assignment
    ? t('assignment.assignTitle', { trainee: assignment.traineeName, host: hostNameIn(assignment, language) })
    : pair
      ? t('assignment.assignTitle', { trainee: pair.traineeName, host: pair.hostName })
      : '';

  return (
    <Modal opened={pair !== null || assignment !== null} onClose={onClose} title={title} centered size="lg">
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
          <NativeSelect
            {...text('trainingFieldId')}
            data={[
              { value: '', label: t('assignment.traineeField') },
              ...trainingFields.map((f) => ({ value: f.id, label: trainingFieldLabel(f, language) })),
            ]}
          />
        </SimpleGrid>
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void confirm()}>{t(assignment ? 'common.save' : 'assignment.confirm')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
