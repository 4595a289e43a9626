import { Badge, Button, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SurveyAnswer } from '@shared/contract/hosts';
import { hostNameIn, trainingFieldLabel } from '@shared/contract/names';
import { countryName } from '../countries';
import { useSettings } from '../settings/settings.store';
import { RouteLink } from '../../components/RouteLink';

/** Survey answers: who asked, how many, for what, and how many are matched. */
export function SurveyTable({ answers, showYear, onEdit }: { answers: SurveyAnswer[]; showYear?: boolean; onEdit(answer: SurveyAnswer): void }) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  // Declined and withdrawn answers no longer ask for anyone.
  const open = answers.filter((a) => a.status === 'received' || a.status === 'accepted');
  return (
    <Table striped withTableBorder data-testid="survey-table">
      <Table.Thead>
        <Table.Tr>
          {showYear ? <Table.Th>{t('survey.field.yearId')}</Table.Th> : <Table.Th>{t('survey.field.hostId')}</Table.Th>}
          <Table.Th ta="right">{t('survey.requested')}</Table.Th>
          <Table.Th ta="right">{t('survey.matched')}</Table.Th>
          <Table.Th>{t('survey.field.preferredCountry')}</Table.Th>
          <Table.Th>{t('survey.field.trainingFieldId')}</Table.Th>
          <Table.Th>{t('survey.field.periodMonths')}</Table.Th>
          <Table.Th>{t('survey.field.status')}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {answers.map((a) => (
          <Table.Tr key={a.id} data-testid="survey-row">
            <Table.Td>
              {showYear ? (
                t('year.label', { year: a.fiscalYear })
              ) : (
                <RouteLink to={`/hosts/${a.hostId}`}>
                  {hostNameIn(a, language)}
                </RouteLink>
              )}
            </Table.Td>
            <Table.Td ta="right">{t('survey.people', { count: a.requestedCount })}</Table.Td>
            <Table.Td ta="right" data-testid="survey-matched">
              {t('survey.people', { count: a.matchedCount })}
            </Table.Td>
            <Table.Td>
              {[a.preferredCountry ? countryName(a.preferredCountry, language) : null, a.preferredSendingGovernment?.nameLocal].filter(Boolean).join(' / ') ||
                t('survey.any')}
            </Table.Td>
            <Table.Td>{a.trainingField ? trainingFieldLabel(a.trainingField, language) : t('survey.any')}</Table.Td>
            <Table.Td>{a.periodMonths ? t('survey.months', { count: a.periodMonths }) : ''}</Table.Td>
            <Table.Td>
              <Badge variant="light" tt="none" color={a.status === 'declined' || a.status === 'withdrawn' ? 'gray' : 'indigo'}>
                {t(`survey.status.${a.status}`)}
              </Badge>
            </Table.Td>
            <Table.Td>
              <Button size="compact-xs" variant="subtle" onClick={() => onEdit(a)}>
                {t('common.edit')}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      {!showYear && answers.length > 1 && (
        <Table.Tfoot data-testid="survey-total">
          <Table.Tr>
            <Table.Th>{t('survey.total')}</Table.Th>
            <Table.Th ta="right">{t('survey.people', { count: sum(open.map((a) => a.requestedCount)) })}</Table.Th>
            <Table.Th ta="right">{t('survey.people', { count: sum(open.map((a) => a.matchedCount)) })}</Table.Th>
            <Table.Th colSpan={5} />
          </Table.Tr>
        </Table.Tfoot>
      )}
    </Table>
  );
}

const sum = (values: number[]) => values.reduce((total, v) => total + v, 0);
