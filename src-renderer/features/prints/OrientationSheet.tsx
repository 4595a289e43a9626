import { formatDay, formatTime, formatWallTime } from '@shared/text/date-format';
import { eventTitle } from '../schedule/ScheduleTab';
import { condenseDays } from './itinerary-rows';
import type { OrientationPage } from './load-sheet';
import { EmergencyFoot, Native, PageFooter, SheetTitle, useSheet } from './SheetFrame';
import { latinName, nativeName, inLanguage } from '@shared/contract/names';

function TraineeOrientation({ page }: { page: OrientationPage }) {
  const { t, language, sep, paren } = useSheet();
  const { trainee, itinerary, group, placement } = page;
  const arrival = itinerary.arrival;
  return (
    <section className="kk-page" data-testid="orientation-page">
      <SheetTitle>
        {t('print.sheet.orientation')}
        {language === 'ja' ? '：' : ': '}
        <Native name={nativeName(trainee)} lang={trainee.nameLang} className="" /> {latinName(trainee)}
      </SheetTitle>
      <h3>{t('print.orientation.arrival')}</h3>
      <p>
        {arrival
          ? t('print.orientation.flight', { flight: arrival.flightNumber, airport: arrival.to.iata, time: formatWallTime(arrival.arrivesLocal, language) })
          : t('print.orientation.noFlight')}
      </p>
      {group && (
        <p>
          {t('print.orientation.meeting', {
            time: group.meetingTime ? formatWallTime(group.meetingTime, language) : t('pickup.meetingUndecided'),
            place: group.meetingPoint ?? group.name,
          })}
        </p>
      )}
      <h3>{t('print.orientation.schedule')}</h3>
      <table>
        <thead>
          <tr>
            <th style={{ width: '26mm' }}>{t('itinerary.date')}</th>
            <th>{t('itinerary.events')}</th>
            <th style={{ width: '48mm' }}>{t('itinerary.night')}</th>
          </tr>
        </thead>
        <tbody>
          {condenseDays(itinerary.days).map(({ from, to, day: d }) => (
            <tr key={from}>
              <td>{from === to ? formatDay(from, language) : `${formatDay(from, language)} – ${formatDay(to, language)}`}</td>
              <td>
                {d.events.map((e) => (
                  <div key={e.id}>
                    {formatTime(e.startsAt)}
                    {e.endsAt && `–${formatTime(e.endsAt)}`} {eventTitle(e, language)}
                    {e.place && <span className="kk-muted">{paren(e.place)}</span>}
                  </div>
                ))}
              </td>
              <td>{d.night ? `${inLanguage(d.night.placeNameJa, d.night.placeNameEn, language)} ${d.night.roomName}` : t('itinerary.noBed')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('print.orientation.contacts')}</h3>
      {group && group.staff.length > 0 ? (
        group.staff.map((s) => (
          <p key={s.id}>
            {s.name}
            {paren(t(`staff.organisation.${s.organisation}`))} {s.phone ?? ''}
          </p>
        ))
      ) : (
        <p>{t('print.orientation.noStaff')}</p>
      )}
      <h3>{t('print.orientation.host')}</h3>
      {placement ? (
        <p>
          {inLanguage(placement.assignment.hostName, placement.host.nameEn, language)}
          {placement.host.department && `${sep}${placement.host.department}`}
          {placement.host.contactName && `${sep}${placement.host.contactName}`}
          {placement.host.contactPhone && `${sep}${placement.host.contactPhone}`}
          {placement.assignment.startsOn && `${sep}${t('print.orientation.from', { date: formatDay(placement.assignment.startsOn, language) })}`}
        </p>
      ) : (
        <p>{t('print.orientation.hostLater')}</p>
      )}
      <EmergencyFoot />
    </section>
  );
}

/** The orientation sheet each trainee gets: the first weeks day by day, beds, whom to call. */
export function OrientationSheet({ pages }: { pages: OrientationPage[] }) {
  const { t } = useSheet();
  return (
    <>
      <PageFooter title={t('print.sheet.orientation')} />
      {pages.map((p) => (
        <TraineeOrientation key={p.trainee.id} page={p} />
      ))}
    </>
  );
}
