import { formatDay, formatTime, formatWallTime } from '@shared/text/date-format';
import { airportName } from '../arrivals/AirportInput';
import { eventTitle } from '../schedule/ScheduleTab';
import { condenseDays } from './itinerary-rows';
import type { OrientationPage } from './load-sheet';
import { EnglishForm } from './EnglishForm';
import './orientation.css';
import { EmergencyFoot, Native, PageFooter, PLACE, SheetTitle, around, useSheet } from './SheetFrame';
import { latinName, nativeName, inLanguage } from '@shared/contract/names';

/** A room as a hotel writes it: 501号室 / room 501 (a named room keeps its name). */
function roomLabel(name: string, t: ReturnType<typeof useSheet>['t']): string {
  return /^\d+[A-Za-z]?$/.test(name) ? t('print.orientation.roomNumber', { room: name }) : name;
}

function TraineeOrientation({ page }: { page: OrientationPage }) {
  const { t, language, sep, paren } = useSheet();
  const { trainee, itinerary, group, placement } = page;
  const arrival = itinerary.arrival;
  const native = nativeName(trainee);
  const latin = latinName(trainee);
  const range = (from: string, to: string) => t('print.range', { from, to });
  const terminal = arrival?.terminal ?? (group && group.airport.iata === arrival?.to.iata ? group.terminal : null);
  const airport = arrival && [airportName(arrival.to, language), terminal && t('pickup.terminal', { terminal })].filter(Boolean).join(' ');
  return (
    <section className="kk-page kk-orientation" data-testid="orientation-page">
      <SheetTitle>
        {t('print.sheet.orientation')}
        {sep}
        {around(t('print.orientation.addressee', { name: PLACE }), <><Native name={native} lang={trainee.nameLang} className="" />{native !== latin && paren(latin)}</>)}
      </SheetTitle>
      <h2>{t('print.orientation.arrival')}</h2>
      <p>
        {arrival
          ? t('print.orientation.flight', { flight: arrival.flightNumber, airport, time: formatWallTime(arrival.arrivesLocal, language) })
          : t('print.orientation.noFlight')}
      </p>
      {group && (
        <p>
          {around(
            t('print.orientation.meeting', { time: group.meetingTime ? formatWallTime(group.meetingTime, language) : t('pickup.meetingUndecided'), place: PLACE }),
            group.meetingPoint ? <EnglishForm ja={group.meetingPoint} en={group.meetingPointEn} /> : <EnglishForm ja={group.name} en={group.nameEn} />,
          )}
        </p>
      )}
      <h2>{t('print.orientation.schedule')}</h2>
      <table>
        <thead>
          <tr>
            <th style={{ width: '1%' }}>{t('itinerary.date')}</th>
            <th>{t('itinerary.events')}</th>
            <th style={{ width: '52mm' }}>{t('itinerary.night')}</th>
          </tr>
        </thead>
        <tbody>
          {condenseDays(itinerary.days).map(({ from, to, day: d }) => (
            <tr key={from}>
              <td style={{ whiteSpace: 'nowrap' }}>{from === to ? formatDay(from, language) : range(formatDay(from, language), formatDay(to, language))}</td>
              <td>
                {d.events.map((e) => (
                  <div key={e.id}>
                    {e.endsAt ? range(formatTime(e.startsAt), formatTime(e.endsAt)) : formatTime(e.startsAt)} {eventTitle(e, language)}
                    {e.place && <span className="kk-muted">{around(paren(PLACE), <EnglishForm ja={e.place} en={e.placeEn} />)}</span>}
                  </div>
                ))}
              </td>
              <td>
                {d.night
                  ? around(t('print.orientation.bed', { place: PLACE, room: roomLabel(d.night.roomName, t) }), <EnglishForm ja={d.night.placeNameJa} en={d.night.placeNameEn} />)
                  : t('itinerary.noBed')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('print.orientation.contacts')}</h2>
      {group && group.staff.length > 0 ? (
        group.staff.map((s) => (
          <p key={s.id}>
            <EnglishForm ja={s.name} en={s.nameEn} />
            {paren(t(`staff.organisation.${s.organisation}`))} {s.phone ?? ''}
          </p>
        ))
      ) : (
        <p>{t('print.orientation.noStaff')}</p>
      )}
      <h2>{t('print.orientation.host')}</h2>
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

/** 個人日程表, the sheet each trainee gets: the first weeks day by day, beds, whom to call. */
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
