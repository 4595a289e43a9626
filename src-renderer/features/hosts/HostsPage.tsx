import { Badge, Button, Group, Paper, Stack, Table, Tabs, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Host } from '@shared/contract/hosts';
import { hostFullName } from '@shared/contract/names';
import { foldText } from '@shared/text/fold';
import { useFlash } from '../../app/flash.store';
import { useNavigation } from '../../app/navigation.store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportMenu } from '../../components/ExportMenu';
import { RouteLink } from '../../components/RouteLink';
import { useHostList } from '../../data/lists';
import { QueryState } from '../../data/QueryState';
import { useChannelMutation } from '../../data/use-channel';
import { useMutationError } from '../../data/use-mutation-error';
import { SurveyTab } from '../survey/SurveyTab';
import { CustomHostModal } from './CustomHostModal';
import { MunicipalityPicker } from './MunicipalityPicker';

/** Makes a municipality of the code list a host and opens its page. */
function AddHost() {
  const { t } = useTranslation();
  const navigate = useNavigation((s) => s.navigate);
  const create = useChannelMutation('hosts:create');
  const error = useMutationError(create, 'host.field');
  const [isAddingCustom, setAddingCustom] = useState(false);

  function add(code: string) {
    void create.run(
      { code },
      {
        onSuccess: (host) => {
          useFlash.getState().show(t('host.created', { name: hostFullName(host) }));
          navigate(`/hosts/${host.id}`);
        },
      },
    );
  }

  return (
    <Paper withBorder p="sm">
      <Group align="flex-end">
        <MunicipalityPicker label={t('host.addFromList')} error={error?.fields.code} onPick={(m) => add(m.code)} />
        <Button variant="default" onClick={() => setAddingCustom(true)}>
          {t('host.addCustom')}
        </Button>
        <ExportMenu input={{ list: 'hosts' }} />
      </Group>
      <ErrorAlert error={error && !error.fields.code ? error : null} />
      <CustomHostModal opened={isAddingCustom} onClose={() => setAddingCustom(false)} />
    </Paper>
  );
}

/** The hosts, narrowed by what a person types (kanji, kana, romaji, code or contact). */
function HostTable({ hosts }: { hosts: Host[] }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const key = foldText(filter.trim());
  const shown = key
    ? hosts.filter((h) => foldText([hostFullName(h), h.nameKana, h.nameEn, h.localGovCode, h.contactName].filter(Boolean).join(' ')).includes(key))
    : hosts;

  return (
    <>
      {hosts.length > 0 && (
        <TextInput
          label={t('host.filter')}
          placeholder={t('host.filterPlaceholder')}
          value={filter}
          onChange={(e) => setFilter(e.currentTarget.value)}
          maw={420}
        />
      )}
      {shown.length === 0 ? (
        <Text c="dimmed">{hosts.length === 0 ? t('host.empty') : t('host.noMatch')}</Text>
      ) : (
        <Table striped highlightOnHover withTableBorder data-testid="host-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('host.field.nameJa')}</Table.Th>
              <Table.Th>{t('host.field.nameEn')}</Table.Th>
              <Table.Th>{t('host.code')}</Table.Th>
              <Table.Th>{t('host.field.contactName')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((h) => (
              <Table.Tr key={h.id} data-testid="host-row">
                <Table.Td>
                  <RouteLink to={`/hosts/${h.id}`}>{hostFullName(h)}</RouteLink>{' '}
                  {h.isCustom && (
                    <Badge size="xs" variant="outline" tt="none">
                      {t('host.custom')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{h.nameEn}</Table.Td>
                <Table.Td>{h.localGovCode}</Table.Td>
                <Table.Td>{h.contactName}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}

function HostList() {
  // Read afresh each time the tab opens, so another PC's changes imported since show.
  const hosts = useHostList();
  return (
    <Stack>
      <AddHost />
      <QueryState query={hosts}>{(list) => <HostTable hosts={list} />}</QueryState>
    </Stack>
  );
}

/** Hosts and the demand survey, one tab each. */
export function HostsPage() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<string | null>('hosts');
  return (
    <Stack>
      <Title order={2}>{t('host.title')}</Title>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="hosts">{t('host.listTab')}</Tabs.Tab>
          <Tabs.Tab value="survey">{t('host.surveyTab')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="hosts" pt="md">
          <HostList />
        </Tabs.Panel>
        <Tabs.Panel value="survey" pt="md">
          <SurveyTab />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
