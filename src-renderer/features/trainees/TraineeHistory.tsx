import { Stack, Table, Text } from '@mantine/core';
import { RevealIdentifiers } from '../../components/RevealIdentifiers';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldClassOf } from '@shared/contract/field-classes';
import { ERASED_VALUE } from '@shared/contract/erasure';
import type { HistoryEntry } from '@shared/contract/trainees';
import { formatDate, formatDateTime } from '@shared/text/date-format';
import { useSendingGovernments, useTrainingFields } from '../../data/lists';
import { QueryError, QueryState } from '../../data/QueryState';
import { useChannel } from '../../data/use-channel';
import { countryName } from '../countries';
import { inLanguage, sendingGovernmentLabel, trainingFieldLabel } from '@shared/contract/names';
import { useSettings } from '../settings/settings.store';
import { TRAINEE_CODE_LABELS } from './code-labels';
import { procedureHistoryValue } from '../procedures/procedure-labels';


const DATE_FIELDS = new Set(['birthDate', 'passportExpiry', 'statusChangedOn']);

/**
 * Every change to a trainee: when, who, which field, old → new. Passport and residence card
 * numbers come masked (TK12•••78) until the person turns on 番号を表示, which asks for them in full.
 */
export function TraineeHistory({ id }: { id: string }) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const [isRevealed, setRevealed] = useState(false);
  const history = useChannel('trainees:history', { id, revealIdentifiers: isRevealed }, { keepPrevious: true });
  const fields = useTrainingFields();
  const governments = useSendingGovernments();
  const trainingFields = fields.data ?? [];
  const sendingGovernments = governments.data ?? [];

  // Values as the form shows them: a country by name, a field or government by its label, a date as people write it.
  function value(entry: HistoryEntry, v: string | null) {
    if (v === null) return t('common.none');
    if (v === ERASED_VALUE) return t('erasure.redacted');
    const prefix = entry.field ? TRAINEE_CODE_LABELS[entry.field] : undefined;
    if (prefix) return t(`${prefix}.${v}`, { defaultValue: v });
    if (entry.field === 'nationality') return countryName(v, language);
    if (entry.field === 'trainingFieldId') {
      const field = trainingFields.find((f) => f.id === v);
      return field ? trainingFieldLabel(field, language) : v;
    }
    if (entry.field === 'sendingGovernmentId') {
      const government = sendingGovernments.find((g) => g.id === v);
      return government ? sendingGovernmentLabel(government, language) : v;
    }
    return DATE_FIELDS.has(entry.field ?? '') ? formatDate(v, language) : v;
  }

  function whatChanged(e: HistoryEntry): string {
    if (e.procedureItem) return t('trainee.history.procedure', { item: inLanguage(e.procedureItem.nameJa, e.procedureItem.nameEn, language), field: t(`procedure.historyField.${e.field}`) });
    if (e.field && e.field !== 'status') return t(`trainee.field.${e.field}`, { defaultValue: e.field });
    return e.op === 'update' ? t('trainee.field.status') : '';
  }

  function describe(e: HistoryEntry): string {
    if (e.procedureItem) return `${procedureHistoryValue(t, e.field, e.oldValue)} → ${procedureHistoryValue(t, e.field, e.newValue)}`;
    if (e.op === 'insert') return t('trainee.history.created');
    if (e.op === 'delete') return t('trainee.history.deleted');
    if (e.field === 'photo') return t('trainee.history.changed');
    if (e.field === 'deletedAt') return e.newValue ? t('trainee.history.trashed') : t('trainee.history.restored');
    return `${value(e, e.oldValue)} → ${value(e, e.newValue)}`;
  }

  return (
    <Stack gap="xs">
      {/* Without these lists a training field or a government would show as its id: say why. */}
      {fields.isError && <QueryError error={fields.error} onRetry={() => void fields.refetch()} />}
      {governments.isError && <QueryError error={governments.error} onRetry={() => void governments.refetch()} />}
      <QueryState query={history}>
        {(entries) => {
          // A new record is one line (not one per field); a photo is one field, whatever its parts.
          // An entry procedure's first change makes its row: each field it set is a change of its own.
          const shown = entries.filter((e) =>
            e.procedureItem ? e.op !== 'insert' || e.newValue !== null : e.op === 'insert' ? e.field === 'status' || e.field === 'photo' : e.field !== 'thumb' && e.field !== 'mime',
          );
          if (shown.length === 0) return <Text c="dimmed">{t('trainee.historyEmpty')}</Text>;
          const hasIdentifiers = shown.some((e) => e.field !== null && fieldClassOf(e.field) === 'identifier');
          return (
            <Stack gap="xs">
              {hasIdentifiers && <RevealIdentifiers checked={isRevealed} onChange={setRevealed} testId="history-reveal" />}
              <Table data-testid="history-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('trainee.history.when')}</Table.Th>
                    <Table.Th>{t('trainee.history.who')}</Table.Th>
                    <Table.Th>{t('trainee.history.what')}</Table.Th>
                    <Table.Th>{t('trainee.history.change')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.map((e) => (
                    <Table.Tr key={e.id} data-testid="history-row">
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.at, language)}</Table.Td>
                      <Table.Td>{e.author ?? t('trainee.history.unknownAuthor')}</Table.Td>
                      <Table.Td>{whatChanged(e)}</Table.Td>
                      <Table.Td>{describe(e)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Stack>
          );
        }}
      </QueryState>
    </Stack>
  );
}
