import { Anchor, Badge, Button, Group, NativeSelect, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Trainee } from '@contract/trainees';
import { useApi } from '../../api';
import { useNavigation } from '../../app/navigation.store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LatinName, NativeName } from '../../components/PersonName';
import { translateError, type TranslatedError } from '../../i18n/errors';
import { countryName } from '../countries';
import { useSettings } from '../settings/settings.store';
import { useYears } from '../years/years.store';

const NO_WRAP = { whiteSpace: 'nowrap' } as const;
// Mantine truncates badge labels to the cell; a status must always read in full.
const BADGE_STYLES = { root: { maxWidth: 'none', overflow: 'visible' }, label: { overflow: 'visible' } } as const;

export function YearSelect() {
  const { t } = useTranslation();
  const { years, selectedYearId, select } = useYears();
  return (
    <NativeSelect
      aria-label={t('year.select')}
      value={selectedYearId ?? ''}
      onChange={(e) => select(e.currentTarget.value)}
      data={(years ?? []).map((y) => ({ value: y.id, label: t('year.label', { year: y.fiscalYear }) }))}
      w={160}
    />
  );
}

export function TraineesPage() {
  const { t } = useTranslation();
  const api = useApi();
  const language = useSettings((s) => s.language);
  const yearId = useYears((s) => s.selectedYearId);
  const navigate = useNavigation((s) => s.navigate);
  const [trainees, setTrainees] = useState<Trainee[] | null>(null);
  const [error, setError] = useState<TranslatedError | null>(null);

  useEffect(() => {
    if (!yearId) return;
    void api.call('trainees:list', { yearId }).then((r) => {
      if (r.ok) setTrainees(r.value);
      else setError(translateError(t, r.error, 'trainee.field'));
    });
  }, [api, yearId, t]);

  return (
    <Stack>
      <Group justify="space-between">
        <Group>
          <Title order={2}>{t('trainee.listTitle')}</Title>
          {yearId && <YearSelect />}
          {trainees && (
            <Text c="dimmed" data-testid="trainee-count">
              {t('trainee.count', { count: trainees.length })}
            </Text>
          )}
        </Group>
        <Button onClick={() => navigate('/trainees/new')} disabled={!yearId}>
          {t('trainee.add')}
        </Button>
      </Group>
      <ErrorAlert error={error} />
      {!yearId && (
        <Paper withBorder p="lg">
          <Text>{t('trainee.noYear')}</Text>
        </Paper>
      )}
      {yearId && trainees?.length === 0 && (
        <Paper withBorder p="lg">
          <Text>{t('trainee.empty')}</Text>
        </Paper>
      )}
      {yearId && trainees && trainees.length > 0 && (
        <Table striped highlightOnHover withTableBorder data-testid="trainee-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('trainee.column.nativeName')}</Table.Th>
              <Table.Th>{t('trainee.column.latinName')}</Table.Th>
              <Table.Th>{t('trainee.column.kana')}</Table.Th>
              <Table.Th>{t('trainee.column.country')}</Table.Th>
              <Table.Th>{t('trainee.column.sendingGovernment')}</Table.Th>
              <Table.Th>{t('trainee.column.host')}</Table.Th>
              <Table.Th>{t('trainee.column.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {trainees.map((tr) => (
              <Table.Tr key={tr.id} data-testid="trainee-row">
                <Table.Td className="kk-native-name">
                  <Anchor
                    href={`#/trainees/${tr.id}`}
                    onClick={(e) => {
                      e.preventDefault();
                      navigate(`/trainees/${tr.id}`);
                    }}
                  >
                    <NativeName person={tr} />
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <LatinName person={tr} />
                </Table.Td>
                <Table.Td lang="ja">{tr.nameKana}</Table.Td>
                <Table.Td style={NO_WRAP}>{countryName(tr.nationality, language)}</Table.Td>
                <Table.Td>{tr.sendingGovernment}</Table.Td>
                <Table.Td style={NO_WRAP}>{tr.hostName}</Table.Td>
                <Table.Td style={NO_WRAP}>
                  <Badge variant="light" color={tr.status === 'withdrawn' ? 'gray' : 'indigo'} tt="none" styles={BADGE_STYLES}>
                    {t(`trainee.status.${tr.status}`)}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
