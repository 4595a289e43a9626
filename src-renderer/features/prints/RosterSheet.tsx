import { hostNameIn, latinName, nativeName, trainingFieldLabel } from '@shared/contract/names';
import type { TraineeSummary } from '@shared/contract/trainees';
import { SendingGovernmentName } from '../../components/SendingGovernmentName';
import { compareCountries, countryName } from '../countries';
import type { SheetData } from './load-sheet';
import { Native, PageFooter, SheetPhoto, SheetTitle, useSheet } from './SheetFrame';

/** 研修員名簿: the year's trainees by country or region (五十音順 in Japanese), with photo, sending government, host and field (no passport data). */
export function RosterSheet({ data }: { data: SheetData }) {
  const { t, language, sep, paren, year } = useSheet();
  const byCountry = new Map<string, TraineeSummary[]>();
  for (const trainee of data.trainees) byCountry.set(trainee.nationality, [...(byCountry.get(trainee.nationality) ?? []), trainee]);
  const countries = [...byCountry.keys()].sort(compareCountries(language));
  const title = t('print.sheet.roster');
  return (
    <>
      <PageFooter title={title} />
      <SheetTitle>
        {year}{sep}{title}
        {paren(t('print.roster.count', { count: data.trainees.length }))}
      </SheetTitle>
      <table>
        <thead>
          <tr>
            <th style={{ width: '17mm' }}>{t('print.photo')}</th>
            <th style={{ width: '58mm' }}>{t('print.name')}</th>
            <th>{t('trainee.field.sendingGovernmentId')}</th>
            <th style={{ width: '30mm' }}>{t('trainee.column.host')}</th>
            <th style={{ width: '30mm' }}>{t('trainee.column.trainingField')}</th>
          </tr>
        </thead>
        {countries.map((country) => (
          <tbody key={country}>
            <tr>
              <th colSpan={5}>{countryName(country, language)}</th>
            </tr>
            {byCountry.get(country)!.map((trainee) => (
              <tr key={trainee.id} data-testid="sheet-row">
                <td>
                  <SheetPhoto url={data.photos.get(trainee.id)} />
                </td>
                <td>
                  <Native name={nativeName(trainee)} lang={trainee.nameLang} />
                  {latinName(trainee) !== nativeName(trainee) && <div>{latinName(trainee)}</div>}
                  {trainee.nameKana && <div className="kk-muted">{trainee.nameKana}</div>}
                </td>
                <td>{trainee.sendingGovernment && <SendingGovernmentName government={trainee.sendingGovernment} language={language} />}</td>
                <td>{hostNameIn(trainee, language) ?? t('print.undecided')}</td>
                <td>{trainee.trainingField ? trainingFieldLabel(trainee.trainingField, language) : t('print.undecided')}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </>
  );
}
