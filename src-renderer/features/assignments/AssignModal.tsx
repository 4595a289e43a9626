import { Alert, Badge, Center, Group, List, Loader, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Assignment } from '@shared/contract/hosts';
import { hostNameIn, trainingFieldLabel } from '@shared/contract/names';
import { FormModal } from '../../data/FormModal';
import { useTrainingFields } from '../../data/lists';
import { QueryError } from '../../data/QueryState';
import { useChannel } from '../../data/use-channel';
import { useContractForm } from '../../data/use-contract-form';
import { useSettings } from '../settings/settings.store';

export interface Pair {
  traineeId: string;
  traineeName: string;
  hostId: string;
  hostName: string;
}

const TEXT_FIELDS = ['startsOn', 'endsOn', 'supervisor', 'department', 'housingAddress', 'notes'] as const;
type Values = Record<(typeof TEXT_FIELDS)[number] | 'trainingFieldId', string>;
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

/** The details as the contract takes them: dates as typed (2024-06-24, 令和6年6月24日 …), the contract reads them. */
function details(v: Values) {
  return {
    startsOn: v.startsOn.trim() || null,
    endsOn: v.endsOn.trim() || null,
    trainingFieldId: v.trainingFieldId || null,
    supervisor: v.supervisor || null,
    department: v.department || null,
    housingAddress: v.housingAddress || null,
    notes: v.notes || null,
  };
}

interface Props {
  yearId: string;
  /** A new assignment of this trainee to this host … */
  pair: Pair | null;
  /** … or one made before, to change. */
  assignment?: Assignment | null;
  onClose(): void;
  /** After saving (the dialog closes itself). */
  onSaved?(): void;
}

/**
 * Confirms one assignment — dates (the year's host training unless changed), field, details,
 * and what to look at first — or changes one made before.
 */
export function AssignModal({ yearId, pair, assignment = null, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const trainingFields = useTrainingFields();
  const check = useChannel('assignments:check', !assignment && pair ? { yearId, traineeId: pair.traineeId, hostId: pair.hostId } : null);
  const opened = pair !== null || assignment !== null;
  // The check brings the dates a new assignment would have: the fields wait for it, so nothing typed is replaced.
  const isReady = assignment !== null || check.data !== undefined || check.isError;
  const form = useContractForm(assignment ? 'assignments:update' : 'assignments:create', {
    opened: opened && isReady,
    recordKey: assignment ? assignment.id : pair ? `${pair.traineeId}|${pair.hostId}` : null,
    initialValues: assignment ? toValues(assignment) : { ...EMPTY, startsOn: check.data?.startsOn ?? '', endsOn: check.data?.endsOn ?? '' },
    toInput: (v) =>
      assignment ? { id: assignment.id, ...details(v) } : { yearId, traineeId: pair?.traineeId ?? '', hostId: pair?.hostId ?? '', ...details(v) },
    fieldLabels: 'assignment.field',
    flash: (saved) => t(assignment ? 'assignment.updated' : 'assignment.created', { trainee: saved.traineeName, host: hostNameIn(saved, language) }),
    onSaved: () => {
      onClose();
      onSaved?.();
    },
  });
  const title = assignment
    ? t('assignment.assignTitle', { trainee: assignment.traineeName, host: hostNameIn(assignment, language) })
    : pair
      ? t('assignment.assignTitle', { trainee: pair.traineeName, host: pair.hostName })
      : '';
  const checked = assignment ? null : check.data;
  const failed = [check, trainingFields].find((q) => q.isError);

  return (
    <FormModal opened={opened} onClose={onClose} title={title} form={form} submitLabel={t(assignment ? 'common.save' : 'assignment.confirm')}>
      {failed && <QueryError error={failed.error} onRetry={() => void failed.refetch()} />}
      {checked && checked.marks.length > 0 && (
        <Group gap="xs">
          {checked.marks.map((m) => (
            <Badge key={m} color={m === 'sister_city' ? 'yellow' : 'teal'} variant="light" tt="none">
              {t(`assignment.mark.${m}`)}
            </Badge>
          ))}
        </Group>
      )}
      {checked && checked.warnings.length > 0 && (
        <Alert color="orange" data-testid="assign-warnings">
          <List size="sm">
            {checked.warnings.map((w) => (
              <List.Item key={w}>{t(`assignment.warning.${w}`)}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {isReady ? (
        <SimpleGrid cols={2}>
          {TEXT_FIELDS.map((f) => (
            <TextInput key={f} {...form.field(f)} />
          ))}
          <NativeSelect
            {...form.field('trainingFieldId')}
            data={[
              { value: '', label: t('assignment.traineeField') },
              ...(trainingFields.data ?? []).map((f) => ({ value: f.id, label: trainingFieldLabel(f, language) })),
            ]}
          />
        </SimpleGrid>
      ) : (
        <Center p="md">
          <Loader size="sm" aria-label={t('common.loading')} />
        </Center>
      )}
    </FormModal>
  );
}
