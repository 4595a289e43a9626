import { Button, Group, NativeSelect, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TIE_KINDS, type SisterTie } from '@shared/contract/hosts';
import { useApi } from '../../api';
import { useFlash } from '../../app/flash.store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SendingGovernmentName } from '../../components/SendingGovernmentName';
import { translateError, type TranslatedError } from '../../i18n/errors';
import { countryName } from '../countries';
import { sendingGovernmentLabel, useMasters } from '../master-labels';
import { useSettings } from '../settings/settings.store';

/** A host's sister and friendship cities abroad, with a form to record one more. */
export function TiesSection({ hostId, ties, onChanged }: { hostId: string; ties: SisterTie[]; onChanged(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const language = useSettings((s) => s.language);
  const sendingGovernments = useMasters((s) => s.sendingGovernments);
  const [sendingGovernmentId, setSendingGovernmentId] = useState<string | null>(null);
  const [kind, setKind] = useState<SisterTie['kind']>('sister');
  const [since, setSince] = useState('');
  const [error, setError] = useState<TranslatedError | null>(null);

  async function add() {
    const result = await api.call('sister-ties:create', { hostId, sendingGovernmentId: sendingGovernmentId ?? '', kind, since: since || null });
    if (!result.ok) return setError(translateError(t, result.error, 'tie.field'));
    setError(null);
    setSendingGovernmentId(null);
    setSince('');
    useFlash.getState().show(t('tie.added', { government: result.value.sendingGovernment.nameLocal }));
    onChanged();
  }

  async function remove(id: string) {
    const result = await api.call('sister-ties:delete', { id });
    if (result.ok) {
      useFlash.getState().show(t('tie.removed'));
      onChanged();
    }
  }

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
                  <SendingGovernmentName government={tie.sendingGovernment} language={language} />（{countryName(tie.sendingGovernment.country, language)}）
                </Table.Td>
                <Table.Td>{tie.since ? t('tie.since', { since: tie.since.slice(0, 4) }) : ''}</Table.Td>
                <Table.Td>
                  <Button size="compact-xs" variant="subtle" color="red" onClick={() => void remove(tie.id)}>
                    {t('tie.remove')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group align="flex-end">
        <Select
          label={t('tie.field.sendingGovernmentId')}
          data={sendingGovernments.map((g) => ({ value: g.id, label: sendingGovernmentLabel(g, language) }))}
          value={sendingGovernmentId}
          onChange={setSendingGovernmentId}
          error={error?.fields.sendingGovernmentId}
          searchable
          w={320}
        />
        <NativeSelect
          label={t('tie.field.kind')}
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value as SisterTie['kind'])}
          data={TIE_KINDS.map((k) => ({ value: k, label: t(`tie.kind.${k}`) }))}
        />
        <TextInput label={t('tie.field.since')} value={since} onChange={(e) => setSince(e.currentTarget.value)} error={error?.fields.since} w={150} />
        <Button onClick={() => void add()}>{t('tie.add')}</Button>
      </Group>
      <ErrorAlert error={error && Object.keys(error.fields).length === 0 ? error : null} />
    </Stack>
  );
}
