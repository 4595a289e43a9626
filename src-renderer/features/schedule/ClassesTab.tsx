import { Badge, Button, Card, Group, NativeSelect, NumberInput, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { nameLangTag } from '@shared/contract/names';
import { useTranslation } from 'react-i18next';
import { CLASS_LEVELS, CLASS_SIZE, type ClassesOverview, type JiamClass } from '@shared/contract/schedule';
import { useFlash } from '../../app/flash.store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { QueryState } from '../../data/QueryState';
import { useChannel, useChannelMutation } from '../../data/use-channel';
import { useConfirmDelete } from '../../data/use-confirm-delete';
import { useContractForm } from '../../data/use-contract-form';
import { useMutationError } from '../../data/use-mutation-error';
import { countryName } from '../countries';
import { useSettings } from '../settings/settings.store';

/** Adds a class (a name and a level) to the year. */
function AddClass({ yearId }: { yearId: string }) {
  const { t } = useTranslation();
  const form = useContractForm('classes:create', {
    recordKey: yearId,
    initialValues: { name: '', level: 'beginner' as JiamClass['level'] },
    toInput: (v) => ({ yearId, ...v }),
    fieldLabels: 'jiamClass.field',
    onSaved: () => form.form.setFieldValue('name', ''),
  });
  return (
    <form onSubmit={form.onSubmit} noValidate>
      <Stack gap={4}>
        <Group align="flex-end">
          <TextInput {...form.field('name')} w={160} />
          <NativeSelect {...form.field('level')} data={CLASS_LEVELS.map((l) => ({ value: l, label: t(`jiamClass.level.${l}`) }))} />
          <Button type="submit" variant="light" loading={form.isSaving}>
            {t('jiamClass.add')}
          </Button>
        </Group>
        <ErrorAlert error={form.error} />
      </Stack>
    </form>
  );
}

function ClassCard({ jiamClass: c, overview }: { jiamClass: JiamClass; overview: ClassesOverview }) {
  const { t } = useTranslation();
  const remove = useChannelMutation('classes:delete');
  const removeError = useMutationError(remove, 'jiamClass.field');
  const confirmDelete = useConfirmDelete();
  const size = c.traineeIds.length;
  const isRightSize = size >= CLASS_SIZE.min && size <= CLASS_SIZE.max;

  async function removeClass() {
    if (!(await confirmDelete({ name: c.name, with: size ? [t('jiamClass.deleteWithMembers', { count: size })] : [] }))) return;
    await remove.run({ id: c.id }, { onSuccess: () => useFlash.getState().show(t('jiamClass.deleted', { name: c.name })) }); // a failure is shown on the card
  }

  return (
    <Card withBorder data-testid="class-card">
      <Group justify="space-between">
        <Title order={4}>
          {c.name} <Text span size="sm">{t(`jiamClass.level.${c.level}`)}</Text>
        </Title>
        <Badge color={isRightSize ? 'teal' : 'orange'} variant="light" tt="none">
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
      <ErrorAlert error={removeError} />
      <Button size="compact-xs" variant="subtle" color="red" mt="xs" onClick={() => void removeClass()}>
        {t('common.delete')}
      </Button>
    </Card>
  );
}

function Classes({ yearId, overview }: { yearId: string; overview: ClassesOverview }) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const place = useChannelMutation('classes:place');
  const placeError = useMutationError(place, 'jiamClass.field');

  return (
    <Stack>
      <AddClass yearId={yearId} />
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        {overview.classes.map((c) => (
          <ClassCard key={c.id} jiamClass={c} overview={overview} />
        ))}
      </SimpleGrid>
      <ErrorAlert error={placeError} />
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
                    if (score !== x.score) void place.run({ traineeId: x.traineeId, score, classId: x.classId });
                  }}
                />
              </Table.Td>
              <Table.Td w={180}>
                <NativeSelect
                  size="xs"
                  aria-label={t('jiamClass.classOf', { name: x.latinName })}
                  value={x.classId ?? ''}
                  onChange={(e) => void place.run({ traineeId: x.traineeId, score: x.score, classId: e.currentTarget.value || null })}
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

/** JIAM classes by level, 6 to 8 a class, filled from the placement-test scores. */
export function ClassesTab({ yearId }: { yearId: string }) {
  const overview = useChannel('classes:overview', { yearId });
  return <QueryState query={overview}>{(o) => <Classes yearId={yearId} overview={o} />}</QueryState>;
}
