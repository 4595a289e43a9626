import { Badge, Button, Card, Group, NativeSelect, NumberInput, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { nameLangTag } from '@shared/contract/names';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CLASS_LEVELS, CLASS_SIZE, type ClassesOverview, type JiamClass } from '@shared/contract/schedule';
import { useApi } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { translateError, type TranslatedError } from '../../i18n/errors';
import { countryName } from '../countries';
import { useSettings } from '../settings/settings.store';

/** JIAM classes by level, 6 to 8 a class, filled from the placement-test scores. */
export function ClassesTab({ yearId, overview, onChanged }: { yearId: string; overview: ClassesOverview; onChanged(o: ClassesOverview): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const language = useSettings((s) => s.language);
  const [name, setName] = useState('');
  const [level, setLevel] = useState<JiamClass['level']>('beginner');
  const [error, setError] = useState<TranslatedError | null>(null);

  async function addClass() {
    const result = await api.call('classes:create', { yearId, name, level });
    if (!result.ok) return setError(translateError(t, result.error, 'jiamClass.field'));
    setError(null);
    setName('');
    onChanged(result.value);
  }

  async function place(traineeId: string, score: number | null, classId: string | null) {
    const result = await api.call('classes:place', { traineeId, score, classId });
    if (!result.ok) return setError(translateError(t, result.error, 'jiamClass.field'));
    setError(null);
    onChanged(result.value);
  }

  async function removeClass(id: string) {
    if ((await api.call('classes:delete', { id })).ok) {
      const again = await api.call('classes:overview', { yearId });
      if (again.ok) onChanged(again.value);
    }
  }

  return (
    <Stack>
      <Group align="flex-end">
        <TextInput label={t('jiamClass.field.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} w={160} error={error?.fields.name} />
        <NativeSelect
          label={t('jiamClass.field.level')}
          value={level}
          onChange={(e) => setLevel(e.currentTarget.value as JiamClass['level'])}
          data={CLASS_LEVELS.map((l) => ({ value: l, label: t(`jiamClass.level.${l}`) }))}
        />
        <Button variant="light" onClick={() => void addClass()}>
          {t('jiamClass.add')}
        </Button>
      </Group>
      <ErrorAlert error={error} />
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        {overview.classes.map((c) => {
          const size = c.traineeIds.length;
          const ok = size >= CLASS_SIZE.min && size <= CLASS_SIZE.max;
          return (
            <Card key={c.id} withBorder data-testid="class-card">
              <Group justify="space-between">
                <Title order={4}>
                  {c.name} <Text span size="sm">{t(`jiamClass.level.${c.level}`)}</Text>
                </Title>
                <Badge color={ok ? 'teal' : 'orange'} variant="light" tt="none">
                  {t('jiamClass.size', { count: size, min: CLASS_SIZE.min, max: CLASS_SIZE.max })}
                </Badge>
              </Group>
              {overview.trainees
                .filter((x) => x.classId === c.id)
                .map((x) => (
                  <Text key={x.traineeId} size="sm">
                    <span lang={nameLangTag(x.nameLang)}>{x.name}</span> {x.latinName}
                    {x.score !== null && ` (${x.score})`}
                  </Text>
                ))}
              <Button size="compact-xs" variant="subtle" color="red" mt="xs" onClick={() => void removeClass(c.id)}>
                {t('common.delete')}
              </Button>
            </Card>
          );
        })}
      </SimpleGrid>
      <Table data-testid="placement-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('flight.trainee')}</Table.Th>
            <Table.Th>{t('trainee.field.nationality')}</Table.Th>
            <Table.Th>{t('trainee.field.japaneseLevel')}</Table.Th>
            <Table.Th>{t('jiamClass.field.score')}</Table.Th>
            <Table.Th>{t('jiamClass.field.classId')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {overview.trainees.map((x) => (
            <Table.Tr key={x.traineeId} data-testid="placement-row">
              <Table.Td>
                <span lang={nameLangTag(x.nameLang)}>{x.name}</span>{' '}
                <Text span size="xs" c="dimmed">
                  {x.latinName}
                </Text>
              </Table.Td>
              <Table.Td>{countryName(x.nationality, language)}</Table.Td>
              <Table.Td>{x.japaneseLevel ? t(`trainee.japaneseLevel.${x.japaneseLevel}`) : ''}</Table.Td>
              <Table.Td w={120}>
                <NumberInput
                  size="xs"
                  aria-label={t('jiamClass.scoreOf', { name: x.latinName })}
                  defaultValue={x.score ?? ''}
                  min={0}
                  max={100}
                  onBlur={(e) => {
                    const text = e.currentTarget.value.trim();
                    const score = text === '' ? null : Number(text);
                    if (score !== x.score) void place(x.traineeId, score, x.classId);
                  }}
                />
              </Table.Td>
              <Table.Td w={180}>
                <NativeSelect
                  size="xs"
                  aria-label={t('jiamClass.classOf', { name: x.latinName })}
                  value={x.classId ?? ''}
                  onChange={(e) => void place(x.traineeId, x.score, e.currentTarget.value || null)}
                  data={[{ value: '', label: t('jiamClass.noClass') }, ...overview.classes.map((c) => ({ value: c.id, label: c.name }))]}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
