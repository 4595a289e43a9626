import { Button, Group, NativeSelect, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TIE_KINDS, type SisterTie } from '@shared/contract/hosts';
import { useFlash } from '../../app/flash.store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SendingGovernmentName } from '../../components/SendingGovernmentName';
import { useSendingGovernments } from '../../data/lists';
import { QueryError } from '../../data/QueryState';
import { useChannelMutation } from '../../data/use-channel';
import { useContractForm } from '../../data/use-contract-form';
import { useMutationError } from '../../data/use-mutation-error';
import { countryName } from '../countries';
import { sendingGovernmentLabel } from '@shared/contract/names';
import { useSettings } from '../settings/settings.store';

/** Records one more tie of the host: with which government abroad, what kind, since when. */
function AddTie({ hostId }: { hostId: string }) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const governments = useSendingGovernments();
  const form = useContractForm('sister-ties:create', {
    recordKey: hostId,
    initialValues: { sendingGovernmentId: null as string | null, kind: 'sister' as SisterTie['kind'], since: '' },
    toInput: (v) => ({ hostId, sendingGovernmentId: v.sendingGovernmentId ?? '', kind: v.kind, since: v.since.trim() || null }),
    fieldLabels: 'tie.field',
    flash: (tie) => t('tie.added', { government: tie.sendingGovernment.nameLocal }),
    // The kind stays as it was: ties are often entered several of one kind in a row.
    onSaved: () => form.form.setValues({ sendingGovernmentId: null, since: '' }),
  });

  return (
    <form onSubmit={form.onSubmit} noValidate>
      <Stack gap="xs">
        {governments.isError && <QueryError error={governments.error} onRetry={() => void governments.refetch()} />}
        <Group align="flex-end">
          <Select
            {...form.field('sendingGovernmentId')}
            data={(governments.data ?? []).map((g) => ({ value: g.id, label: sendingGovernmentLabel(g, language) }))}
            searchable
            w={320}
          />
          <NativeSelect {...form.field('kind')} data={TIE_KINDS.map((k) => ({ value: k, label: t(`tie.kind.${k}`) }))} />
          <TextInput {...form.field('since')} w={150} />
          <Button type="submit" loading={form.isSaving}>
            {t('tie.add')}
          </Button>
        </Group>
        <ErrorAlert error={form.error} />
      </Stack>
    </form>
  );
}

/** A host's sister and friendship cities abroad, with a form to record one more. */
export function TiesSection({ hostId, ties }: { hostId: string; ties: SisterTie[] }) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const remove = useChannelMutation('sister-ties:delete');
  const removeError = useMutationError(remove, 'tie.field');

  return (
    <Stack>
      {ties.length === 0 ? (
        <Text c="dimmed">{t('host.noTies')}</Text>
      ) : (
        <Table data-testid="tie-table">
          <Table.Tbody>
            {ties.map((tie) => (
              <Table.Tr key={tie.id} data-testid="tie-row">
                <Table.Td>{t(`tie.kind.${tie.kind}`)}</Table.Td>
                <Table.Td>
                  <SendingGovernmentName government={tie.sendingGovernment} language={language} />
                  {t('common.paren', { text: countryName(tie.sendingGovernment.country, language) })}
                </Table.Td>
                <Table.Td>{tie.since ? t('tie.since', { since: tie.since.slice(0, 4) }) : ''}</Table.Td>
                <Table.Td>
                  {/* Only the tie goes, and it can be recorded again: no question first. */}
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    onClick={() => void remove.run({ id: tie.id }, { onSuccess: () => useFlash.getState().show(t('tie.removed')) })}
                  >
                    {t('tie.remove')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <ErrorAlert error={removeError} />
      <AddTie hostId={hostId} />
    </Stack>
  );
}
