import { Badge, Button, Group, Paper, Stack, Table, Tabs, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hostFullName } from '@shared/contract/names';
import { foldText } from '@shared/text/fold';
import { useApi } from '../../api';
import { useFlash } from '../../app/flash.store';
import { useNavigation } from '../../app/navigation.store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportMenu } from '../../components/ExportMenu';
import { translateError, type TranslatedError } from '../../i18n/errors';
import { useMasters } from '../master-labels';
import { SurveyTab } from '../survey/SurveyTab';
import { CustomHostModal } from './CustomHostModal';
import { MunicipalityPicker } from './MunicipalityPicker';
import { RouteLink } from '../../components/RouteLink';

function HostList() {
  const { t } = useTranslation();
  const api = useApi();
  const { hosts, refresh } = useMasters();
  const navigate = useNavigation((s) => s.navigate);
  const [error, setError] = useState<TranslatedError | null>(null);
  const [isAddingCustom, setAddingCustom] = useState(false);
  const [filter, setFilter] = useState('');
  // The list as it is now, also after another PC's changes came in.
  useEffect(() => void refresh(api), [api, refresh]);
  const shown = filter.trim()
    ? hosts.filter((h) => foldText([hostFullName(h), h.nameKana, h.nameEn, h.localGovCode, h.contactName].filter(Boolean).join(' ')).includes(foldText(filter.trim())))
    : hosts;

  async function added(name: string, id: string) {
    await refresh(api);
    useFlash.getState().show(t('host.created', { name }));
    navigate(`/hosts/${id}`);
  }

  return (
    <Stack>
      <Paper withBorder p="sm">
        <Group align="flex-end">
          <MunicipalityPicker
            label={t('host.addFromList')}
            error={error?.fields.code}
            onPick={async (m) => {
              const result = await api.call('hosts:create', { code: m.code });
              if (!result.ok) return setError(translateError(t, result.error, 'host.field'));
              setError(null);
              await added(hostFullName(result.value), result.value.id);
            }}
          />
          <Button variant="default" onClick={() => setAddingCustom(true)}>
            {t('host.addCustom')}
          </Button>
          <ExportMenu input={{ list: 'hosts' }} />
        </Group>
        <ErrorAlert error={error && !error.fields.code ? error : null} />
      </Paper>
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
                  <RouteLink to={`/hosts/${h.id}`}>
                    {hostFullName(h)}
                  </RouteLink>{' '}
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
      <CustomHostModal
        opened={isAddingCustom}
        onClose={() => setAddingCustom(false)}
        onCreated={(host) => {
          setAddingCustom(false);
          void added(hostFullName(host), host.id);
        }}
      />
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
