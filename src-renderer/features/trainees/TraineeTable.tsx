import { Badge, Group, Skeleton, Table, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { useEffect, useMemo, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hostNameIn, trainingFieldLabel } from '@shared/contract/names';
import type { Language, TraineeColumn } from '@shared/contract/settings';
import { sortTrainees } from '@shared/contract/trainee-order';
import type { TraineeRow, TraineeSort } from '@shared/contract/trainees';
import { LatinName, NativeName } from '../../components/PersonName';
import { SendingGovernmentName } from '../../components/SendingGovernmentName';
import { countryName } from '../countries';
import { TraineePhoto } from './TraineePhoto';
import { RouteLink } from '../../components/RouteLink';

const ROW_HEIGHT = 56;
const OVERSCAN = 8;
const CELL: CSSProperties = { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', maxWidth: 260 };
// Mantine truncates badge labels to the cell; a status must always read in full.
const BADGE_STYLES = { root: { maxWidth: 'none', overflow: 'visible' }, label: { overflow: 'visible' } } as const;

function Cell({ column, trainee, language }: { column: TraineeColumn; trainee: TraineeRow; language: Language }) {
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
    case 'passportNumber':
      return <span style={{ fontVariantNumeric: 'tabular-nums' }}>{trainee.passportNumber}</span>;
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

interface TableProps<T extends TraineeRow> {
  /** How many rows the list has in all. */
  count: number;
  /** The row at a place in the list, or undefined while it is being read (drawn as a placeholder). */
  rowAt(index: number): T | undefined;
  columns: TraineeColumn[];
  language: Language;
  sort: TraineeSort | null;
  onSort(sort: TraineeSort): void;
  /** Extra cells at the end of each row (e.g. a restore button). */
  action?: (trainee: T) => ReactNode;
  /** Told which rows are in view (first inclusive, last exclusive), so they can be read. */
  onRangeChange?(first: number, last: number): void;
  /** A new value is a new list: back to its top. */
  scrollKey?: string;
}

/**
 * The trainee table: only the rows in view are drawn, so a 30-year archive of 20,000 trainees
 * scrolls as smoothly as one year's dozen, and the rows can be read a page at a time as they
 * come into view.
 */
export function VirtualTraineeTable<T extends TraineeRow>({ count, rowAt, columns, language, sort, onSort, action, onRangeChange, scrollKey }: TableProps<T>) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewHeight, setViewHeight] = useState(800);

  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    setScrollTop(0);
  }, [scrollKey]);

  const first = Math.min(count, Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN));
  const last = Math.min(count, Math.ceil((scrollTop + viewHeight) / ROW_HEIGHT) + OVERSCAN);
  const rangeStart = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const rangeEnd = Math.ceil((scrollTop + viewHeight) / ROW_HEIGHT) + OVERSCAN;
  useEffect(() => onRangeChange?.(rangeStart, rangeEnd), [onRangeChange, rangeStart, rangeEnd]);

  function header(column: TraineeColumn) {
    const isSorted = sort?.column === column;
    const arrow = isSorted ? (sort.isDescending ? ' ▼' : ' ▲') : '';
    return (
      <Table.Th key={column} style={{ whiteSpace: 'nowrap' }} aria-sort={isSorted ? (sort.isDescending ? 'descending' : 'ascending') : undefined}>
        <UnstyledButton fw={700} fz="sm" onClick={() => onSort({ column, isDescending: isSorted && !sort.isDescending })}>
          {t(`trainee.column.${column}`)}
          {arrow}
        </UnstyledButton>
      </Table.Th>
    );
  }

  const rows: ReactNode[] = [];
  for (let index = first; index < last; index++) {
    const trainee = rowAt(index);
    rows.push(
      trainee ? (
        <Table.Tr key={trainee.id} data-testid="trainee-row" style={{ height: ROW_HEIGHT }}>
          {columns.map((column) => (
            <Table.Td key={column} style={CELL}>
              <Cell column={column} trainee={trainee} language={language} />
            </Table.Td>
          ))}
          {action && <Table.Td style={CELL}>{action(trainee)}</Table.Td>}
        </Table.Tr>
      ) : (
        <Table.Tr key={`loading-${index}`} data-testid="trainee-row-loading" aria-busy style={{ height: ROW_HEIGHT }}>
          <Table.Td colSpan={columns.length + (action ? 1 : 0)}>
            <Skeleton height={12} radius="sm" width="60%" />
          </Table.Td>
        </Table.Tr>
      ),
    );
  }

  return (
    <div
      ref={scroller}
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
          {rows}
          {last < count && <tr style={{ height: (count - last) * ROW_HEIGHT }} aria-hidden />}
        </Table.Tbody>
      </Table>
      {count === 0 && (
        <Group p="md">
          <Text c="dimmed">{t('trainee.noMatch')}</Text>
        </Group>
      )}
    </div>
  );
}

interface Props<T extends TraineeRow> {
  trainees: readonly T[];
  columns: TraineeColumn[];
  language: Language;
  /** Extra cells at the end of each row (e.g. a restore button). */
  action?: (trainee: T) => ReactNode;
}

/** A list held whole (the trash, a year's few dozen): sorted here by any column, drawn as the rows come into view. */
export function TraineeTable<T extends TraineeRow>({ trainees, columns, language, action }: Props<T>) {
  const [sort, setSort] = useState<TraineeSort | null>(null);
  const sorted = useMemo(() => (sort ? sortTrainees(trainees, sort, language) : trainees), [trainees, sort, language]);
  return (
    <VirtualTraineeTable
      count={sorted.length}
      rowAt={(index) => sorted[index]}
      columns={columns}
      language={language}
      sort={sort}
      onSort={setSort}
      action={action}
    />
  );
}
