import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SisterTie } from '@shared/contract/hosts';
import type { SendingGovernment } from '@shared/contract/trainees';
import { SendingGovernmentName } from '../../components/SendingGovernmentName';
import { useSendingGovernments } from '../../data/lists';
import { QueryState } from '../../data/QueryState';
import { useChannel } from '../../data/use-channel';
import { countryName } from '../countries';
import { tiedHostsLabel } from '../hosts/tie-labels';
import { SendingGovernmentModal } from '../trainees/SendingGovernmentModal';
import { useSettings } from './settings.store';

/**
 * The master list of sending governments, with the Japanese hosts each is tied to; a name
 * entered wrongly is corrected here, and every trainee and tie keeps the government.
 */
export function SendingGovernmentsEditor() {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const governments = useSendingGovernments();
  const ties = useChannel('sister-ties:list', {});
  const [editing, setEditing] = useState<SendingGovernment | 'new' | null>(null);

  const tiesOf = (all: SisterTie[], id: string) => tiedHostsLabel(all.filter((tie) => tie.sendingGovernment.id === id), t, language);

  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={4}>{t('settings.sendingTitle')}</Title>
        <Button variant="default" onClick={() => setEditing('new')}>
          {t('trainee.addSending')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t('settings.sendingHelp')}
      </Text>
      <QueryState query={governments}>
        {(list) =>
          list.length === 0 ? (
            <Text c="dimmed">{t('settings.sendingNone')}</Text>
          ) : (
            <QueryState query={ties}>
              {(allTies) => (
                <Table striped data-testid="sending-governments">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('trainee.sendingField.country')}</Table.Th>
                      <Table.Th>{t('trainee.column.sendingGovernment')}</Table.Th>
                      <Table.Th>{t('settings.sendingProvince')}</Table.Th>
                      <Table.Th>{t('settings.sendingTies')}</Table.Th>
                      <Table.Th />
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {list.map((g) => (
                      <Table.Tr key={g.id} data-testid="sending-government-row">
                        <Table.Td>{countryName(g.country, language)}</Table.Td>
                        <Table.Td>
                          <SendingGovernmentName government={g} language={language} />
                        </Table.Td>
                        <Table.Td>{[g.provinceLocal, g.provinceEn !== g.provinceLocal ? g.provinceEn : null].filter(Boolean).join(' / ')}</Table.Td>
                        <Table.Td>{tiesOf(allTies, g.id)}</Table.Td>
                        <Table.Td>
                          <Button size="compact-xs" variant="subtle" onClick={() => setEditing(g)}>
                            {t('common.edit')}
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </QueryState>
          )
        }
      </QueryState>
      <SendingGovernmentModal
        opened={editing !== null}
        country=""
        government={editing === 'new' ? null : editing}
        onClose={() => setEditing(null)}
        onCreated={() => setEditing(null)}
      />
    </Stack>
  );
}
