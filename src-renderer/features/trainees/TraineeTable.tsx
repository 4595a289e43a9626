import { Badge, Group, Table, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { useMemo, useState, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hostNameIn, latinName, nativeName } from '@shared/contract/names';
import type { Language, TraineeColumn } from '@shared/contract/settings';
import { TRAINEE_STATUSES, type TraineeSummary } from '@shared/contract/trainees';
import { LatinName, NativeName } from '../../components/PersonName';
import { SendingGovernmentName } from '../../components/SendingGovernmentName';
import { countryName } from '../countries';
import { sendingGovernmentLabel, trainingFieldLabel } from '../master-labels';
import { TraineePhoto } from './TraineePhoto';
import { RouteLink } from '../../components/RouteLink';

const ROW_HEIGHT = 56;
const OVERSCAN = 8;
const CELL: CSSProperties = { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', maxWidth: 260 };
// Mantine truncates badge labels to the cell; a status must always read in full.
const BADGE_STYLES = { root: { maxWidth: 'none', overflow: 'visible' }, label: { overflow: 'visible' } } as const;

type Sort = { column: TraineeColumn; isDescending: boolean };

function sortKey(t: TraineeSummary, column: TraineeColumn, language: Language): string | number {
  switch (column) {
    case 'nativeName':
      return nativeName(t);
    case 'latinName':
      return latinName(t);
    case 'kana':
      return t.nameKana ?? '';
    case 'country':
      return countryName(t.nationality, language);
    case 'sendingGovernment':
      return t.sendingGovernment ? sendingGovernmentLabel(t.sendingGovernment, language) : '';
    case 'trainingField':
      return t.trainingField ? trainingFieldLabel(t.trainingField, language) : '';
    case 'host':
      return hostNameIn(t, language) ?? '';
    case 'status':
      return TRAINEE_STATUSES.indexOf(t.status);
    case 'year':
      return t.fiscalYear;
    case 'warnings':
      return t.warnings.length;
    case 'photo':
      return t.hasPhoto ? 1 : 0;
  }
}

function Cell({ column, trainee, language }: { column: TraineeColumn; trainee: TraineeSummary; language: Language }) {
  const { t } = useTranslation();
  switch (column) {
    case 'photo':
      return <TraineePhoto id={trainee.id} hasPhoto={trainee.hasPhoto} size="thumb" width={34} />;
    case 'nativeName':
      return (
        <RouteLink to={`/trainees/${trainee.id}`} className="kk-native-name">
          <NativeName person={trainee} />
        </RouteLink>
      );
    case 'latinName':
      return <LatinName person={trainee} />;
    case 'kana':
      return <span lang="ja">{trainee.nameKana}</span>;
    case 'country':
      return <>{countryName(trainee.nationality, language)}</>;
    case 'sendingGovernment':
      return trainee.sendingGovernment ? <SendingGovernmentName government={trainee.sendingGovernment} language={language} /> : null;
    case 'trainingField':
      return <>{trainee.trainingField ? trainingFieldLabel(trainee.trainingField, language) : ''}</>;
    case 'host':
      return trainee.hostId ? (
        <RouteLink to={`/hosts/${trainee.hostId}`}>
          {hostNameIn(trainee, language)}
        </RouteLink>
      ) : null;
    case 'status':
      return (
        <Badge variant="light" tt="none" color={trainee.status === 'withdrawn' ? 'gray' : 'indigo'} styles={BADGE_STYLES}>
          {t(`trainee.status.${trainee.status}`)}
        </Badge>
      );
    case 'year':
      return <>{t('year.label', { year: trainee.fiscalYear })}</>;
    case 'warnings':
      return trainee.warnings.length ? (
        <Tooltip label={trainee.warnings.map((w) => t(`trainee.warning.${w}`)).join(' / ')}>
          <Badge color="orange" variant="light" tt="none" styles={BADGE_STYLES} data-testid="warning-badge">
            {trainee.warnings.map((w) => t(`trainee.warningShort.${w}`)).join('・')}
          </Badge>
        </Tooltip>
      ) : null;
  }
}

interface Props {
  trainees: TraineeSummary[];
  columns: TraineeColumn[];
  language: Language;
  /** Extra cells at the end of each row (e.g. a restore button). */
  action?: (trainee: TraineeSummary) => ReactNode;
}

/**
 * The trainee table: sortable by any column, and only the rows in view are drawn, so a
 * 30-year archive of 2,000+ trainees scrolls as smoothly as one year's dozen.
 */
export function TraineeTable({ trainees, columns, language, action }: Props) {
  const { t } = useTranslation();
  const [sort, setSort] = useState<Sort | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewHeight, setViewHeight] = useState(800);

  const sorted = useMemo(() => {
    if (!sort) return trainees;
    const collator = new Intl.Collator(language === 'ja' ? 'ja' : 'en', { numeric: true });
    const sign = sort.isDescending ? -1 : 1;
    return [...trainees].sort((a, b) => {
      const ka = sortKey(a, sort.column, language);
      const kb = sortKey(b, sort.column, language);
      return sign * (typeof ka === 'number' && typeof kb === 'number' ? ka - kb : collator.compare(String(ka), String(kb)));
    });
  }, [trainees, sort, language]);

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(sorted.length, Math.ceil((scrollTop + viewHeight) / ROW_HEIGHT) + OVERSCAN);
  const visible = sorted.slice(first, last);

  function header(column: TraineeColumn) {
    const isSorted = sort?.column === column;
    const arrow = isSorted ? (sort.isDescending ? ' ▼' : ' ▲') : '';
    return (
      <Table.Th key={column} style={{ whiteSpace: 'nowrap' }} aria-sort={isSorted ? (sort.isDescending ? 'descending' : 'ascending') : undefined}>
        <UnstyledButton
          fw={700}
          fz="sm"
          onClick={() => setSort(isSorted && !sort.isDescending ? { column, isDescending: true } : { column, isDescending: false })}
        >
          {t(`trainee.column.${column}`)}
          {arrow}
        </UnstyledButton>
      </Table.Th>
    );
  }

  return (
    <div
      style={{ overflow: 'auto', maxHeight: 'calc(100vh - 250px)', minHeight: 200 }}
      onScroll={(e) => {
        setScrollTop(e.currentTarget.scrollTop);
        setViewHeight(e.currentTarget.clientHeight);
      }}
      data-testid="trainee-scroll"
    >
      <Table striped highlightOnHover withTableBorder stickyHeader data-testid="trainee-table">
        <Table.Thead>
          <Table.Tr>
            {columns.map(header)}
            {action && <Table.Th />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {first > 0 && <tr style={{ height: first * ROW_HEIGHT }} aria-hidden />}
          {visible.map((trainee) => (
            <Table.Tr key={trainee.id} data-testid="trainee-row" style={{ height: ROW_HEIGHT }}>
              {columns.map((column) => (
                <Table.Td key={column} style={CELL}>
                  <Cell column={column} trainee={trainee} language={language} />
                </Table.Td>
              ))}
              {action && <Table.Td style={CELL}>{action(trainee)}</Table.Td>}
            </Table.Tr>
          ))}
          {last < sorted.length && <tr style={{ height: (sorted.length - last) * ROW_HEIGHT }} aria-hidden />}
        </Table.Tbody>
      </Table>
      {sorted.length === 0 && (
        <Group p="md">
          <Text c="dimmed">{t('trainee.noMatch')}</Text>
        </Group>
      )}
    </div>
  );
}
