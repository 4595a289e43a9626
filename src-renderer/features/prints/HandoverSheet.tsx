import type { ReactNode } from 'react';
import { latinName, nativeName, inLanguage, trainingFieldLabel } from '@shared/contract/names';
import type { Trainee } from '@shared/contract/trainees';
import { SendingGovernmentName } from '../../components/SendingGovernmentName';
import { formatOfficialDate } from '@shared/text/date-format';
import { countryName } from '../countries';
import type { HandoverPage, SheetData } from './load-sheet';
import { Native, PageFooter, SheetPhoto, SheetTitle, useSheet } from './SheetFrame';

/** 日本語能力試験N2／JIAM：上級クラス — the test level and the class JIAM placed them in, each named. */
function japaneseOf(trainee: Trainee, t: ReturnType<typeof useSheet>['t']): string {
  const level = trainee.japaneseLevel && (trainee.japaneseLevel === 'none' ? t('print.handover.noJlpt') : t('print.handover.jlpt', { level: trainee.japaneseLevel }));
  const jiam = trainee.placementClass && t('print.handover.jiamClass', { class: trainee.placementClass });
  return [level, jiam].filter(Boolean).join(t('print.handover.and'));
}

/**
 * The head of a sheet sent to a host, as an office letter sets it: the personal-data mark and
 * the date on the right, the host and its department (御中) on the left, then the sender.
 */
function LetterHead({ page }: { page: HandoverPage }) {
  const { t, language, printedOn, sep } = useSheet();
  const { placement } = page;
  const department = placement && (placement.assignment.department ?? placement.host.department);
  return (
    <div className="kk-letter-head">
      <div className="kk-letter-right">
        <p className="kk-confidential">{t('print.handover.confidential')}</p>
        <p>{formatOfficialDate(printedOn, language)}</p>
      </div>
      {placement && (
        <p className="kk-addressee">
          {t('print.handover.to', { host: [inLanguage(placement.assignment.hostName, placement.host.nameEn, language), department].filter(Boolean).join(sep) })}
        </p>
      )}
      <div className="kk-letter-right kk-sender">
        <p>{t('print.sender')}</p>
        <p>{t('print.division')}</p>
      </div>
    </div>
  );
}

function Profile({ page, photo }: { page: HandoverPage; photo: string | undefined }) {
  const { t, language, sep, paren, year } = useSheet();
  const { trainee, placement } = page;
  const none = t('print.none');
  // An empty row says why it is empty: nothing to note (特になし), not on record, or not decided yet.
  const row = (label: string, value: ReactNode, empty: string = none) => (
    <tr>
      <th scope="row">{label}</th>
      <td>{value || empty}</td>
    </tr>
  );
  // 制限なし is an answer, not an empty row; a diet never asked is not on record.
  const diet = [trainee.diet && t(`trainee.diet.${trainee.diet}`), trainee.dietNotes].filter(Boolean).join(sep);
  const assignment = placement?.assignment;
  const date = (iso: string | null | undefined) => iso && formatOfficialDate(iso, language);
  const emergency = [trainee.emergencyName, trainee.emergencyRelation && paren(trainee.emergencyRelation), trainee.emergencyPhone, trainee.emergencyEmail]
    .filter(Boolean)
    .join(' ');
  const native = nativeName(trainee);
  const latin = latinName(trainee);
  return (
    <section className="kk-page" data-testid="handover-page">
      <LetterHead page={page} />
      <SheetTitle>{t('print.sheet.handover')}</SheetTitle>
      <p>{t('print.handover.intro', { year })}</p>
      <div className="kk-keep kk-profile-head">
        <SheetPhoto url={photo} large />
        <table>
          <tbody>
            {native !== latin && row(t('print.nativeName'), <Native name={native} lang={trainee.nameLang} />)}
            {row(t('print.latinName'), latin)}
            {trainee.nameKana && row(t('trainee.field.nameKana'), trainee.nameKana)}
            {row(t('print.country'), countryName(trainee.nationality, language))}
            {row(t('trainee.field.sendingGovernmentId'), trainee.sendingGovernment && <SendingGovernmentName government={trainee.sendingGovernment} language={language} />, t('print.notRecorded'))}
          </tbody>
        </table>
      </div>
      <table className="kk-rows">
        <tbody>
          {row(t('print.handover.position'), [trainee.department, trainee.position].filter(Boolean).join(sep), t('print.notRecorded'))}
          {row(t('trainee.column.trainingField'), trainee.trainingField && trainingFieldLabel(trainee.trainingField, language), t('print.undecided'))}
          {row(t('print.handover.japanese'), japaneseOf(trainee, t), t('print.notRecorded'))}
          {row(t('print.handover.diet'), diet, t('print.notRecorded'))}
          {row(t('trainee.field.allergies'), trainee.allergies)}
          {row(t('print.handover.emergency'), emergency, t('print.notRecorded'))}
          {row(t('assignment.field.department'), assignment && (assignment.department ?? placement.host.department), t('print.undecided'))}
          {row(t('assignment.field.supervisor'), assignment?.supervisor, t('print.undecided'))}
          {row(t('print.handover.startsOn'), date(assignment?.startsOn), t('print.undecided'))}
          {row(t('assignment.field.endsOn'), date(assignment?.endsOn), t('print.undecided'))}
          {row(t('print.handover.housing'), placement?.assignment.housingAddress, t('print.undecided'))}
        </tbody>
      </table>
      <p className="kk-muted">{t('print.handover.handleWithCare')}</p>
    </section>
  );
}

/** 研修員情報（受入自治体送付用）: one trainee's profile sent to the host, only what the host needs. */
export function HandoverSheet({ data }: { data: SheetData }) {
  const { t } = useSheet();
  return (
    <>
      <PageFooter title={t('print.sheet.handover')} />
      {data.handover.map((p) => (
        <Profile key={p.trainee.id} page={p} photo={data.photos.get(p.trainee.id)} />
      ))}
    </>
  );
}
