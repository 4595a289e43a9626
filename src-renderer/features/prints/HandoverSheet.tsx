import { latinName, nativeName, inLanguage, trainingFieldLabel } from '@shared/contract/names';
import { SendingGovernmentName } from '../../components/SendingGovernmentName';
import { formatDate } from '@shared/text/date-format';
import { countryName } from '../countries';
import type { HandoverPage, SheetData } from './load-sheet';
import { Native, PageFooter, SheetPhoto, SheetTitle, useSheet } from './SheetFrame';

function Profile({ page, photo }: { page: HandoverPage; photo: string | undefined }) {
  const { t, language, sep, paren } = useSheet();
  const { trainee, placement } = page;
  const row = (label: string, value: React.ReactNode) => (
    <>
      <dt>{label}</dt>
      <dd>{value || '—'}</dd>
    </>
  );
  const diet = [trainee.diet && trainee.diet !== 'none' ? t(`trainee.diet.${trainee.diet}`) : null, trainee.dietNotes].filter(Boolean).join(sep);
  const emergency = [trainee.emergencyName, trainee.emergencyRelation && paren(trainee.emergencyRelation), trainee.emergencyPhone, trainee.emergencyEmail]
    .filter(Boolean)
    .join(' ');
  return (
    <section className="kk-page" data-testid="handover-page">
      {placement && <p>{t('print.handover.to', { host: inLanguage(placement.assignment.hostName, placement.host.nameEn, language) })}</p>}
      <SheetTitle>{t('print.sheet.handover')}</SheetTitle>
      <div style={{ display: 'flex', gap: '6mm', alignItems: 'flex-start' }} className="kk-keep">
        <SheetPhoto url={photo} large />
        <div>
          <Native name={nativeName(trainee)} lang={trainee.nameLang} className="kk-placard-kana" />
          <p>{latinName(trainee)}</p>
          {trainee.nameKana && <p>{trainee.nameKana}</p>}
        </div>
      </div>
      <dl>
        {row(t('trainee.field.nationality'), countryName(trainee.nationality, language))}
        {row(t('trainee.field.sendingGovernmentId'), trainee.sendingGovernment && <SendingGovernmentName government={trainee.sendingGovernment} language={language} />)}
        {row(t('print.handover.position'), [trainee.department, trainee.position].filter(Boolean).join(sep))}
        {row(t('trainee.column.trainingField'), trainee.trainingField && trainingFieldLabel(trainee.trainingField, language))}
        {row(t('trainee.field.japaneseLevel'), [trainee.japaneseLevel && t(`trainee.japaneseLevel.${trainee.japaneseLevel}`), trainee.placementClass].filter(Boolean).join(sep))}
        {row(t('print.handover.diet'), diet)}
        {row(t('trainee.field.allergies'), trainee.allergies)}
        {row(t('print.handover.emergency'), emergency)}
        {row(
          t('print.handover.arrival'),
          placement && [placement.assignment.startsOn && formatDate(placement.assignment.startsOn, language), placement.assignment.housingAddress].filter(Boolean).join(sep),
        )}
      </dl>
    </section>
  );
}

/** 受入自治体向け: one trainee's profile for the host municipality, only what the host needs. */
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
