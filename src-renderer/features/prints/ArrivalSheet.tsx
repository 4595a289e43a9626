import type { ArrivingTrainee, PickupGroup } from '@shared/contract/arrivals';
import { formatWallTime } from '@shared/text/date-format';
import { airportName } from '../arrivals/AirportInput';
import { countryName } from '../countries';
import type { SheetData } from './load-sheet';
import { EnglishForm } from './EnglishForm';
import { EmergencyFoot, Native, PageFooter, SheetPhoto, SheetTitle, useSheet } from './SheetFrame';

function Rows({ members, data }: { members: ArrivingTrainee[]; data: SheetData }) {
  const { t, language } = useSheet();
  return (
    <table>
      <thead>
        <tr>
          <th style={{ width: '11mm' }}>{t('print.arrival.check')}</th>
          <th style={{ width: '17mm' }}>{t('print.photo')}</th>
          <th>{t('print.name')}</th>
          <th>{t('print.country')}</th>
          <th>{t('print.arrival.flight')}</th>
          <th>{t('print.arrival.landing')}</th>
          <th>{t('print.arrival.terminal')}</th>
        </tr>
      </thead>
      <tbody>
        {members.map((m) => (
          <tr key={m.traineeId} data-testid="sheet-row">
            <td>
              <span className="kk-check" />
            </td>
            <td>
              <SheetPhoto url={data.photos.get(m.traineeId)} />
            </td>
            <td>
              <Native name={m.name} lang={m.nameLang} />
              {m.latinName !== m.name && <div>{m.latinName}</div>}
              {m.kana && <div className="kk-muted">{m.kana}</div>}
            </td>
            <td>{countryName(m.nationality, language)}</td>
            <td>{m.currentFlightNumber ?? t('print.undecided')}</td>
            <td>{m.expectedArrivesLocal ? formatWallTime(m.expectedArrivesLocal, language) : t('print.undecided')}</td>
            <td>{m.flight?.terminal ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function GroupSection({ group, data }: { group: PickupGroup; data: SheetData }) {
  const { t, language, sep, paren } = useSheet();
  const destination = group.destination ? <EnglishForm ja={group.destination.nameJa} en={group.destination.nameEn} /> : null;
  return (
    <section>
      <h2>
        <EnglishForm ja={group.name} en={group.nameEn} />{sep}{airportName(group.airport, language)}
        {group.terminal && ` ${t('pickup.terminal', { terminal: group.terminal })}`}
      </h2>
      <div className="kk-keep">
        <p>
          <strong>{t('print.arrival.meeting')}</strong>{' '}
          {group.meetingTime ? formatWallTime(group.meetingTime, language) : t('pickup.meetingUndecided')}
          {group.meetingPoint && <>{sep}<EnglishForm ja={group.meetingPoint} en={group.meetingPointEn} /></>}
          {group.transport && `${sep}${t(`pickup.transport.${group.transport}`)}`}
          {destination && <> → {destination}</>}
        </p>
        <p>
          <strong>{t('print.arrival.staff')}</strong>{' '}
          {group.staff.length
            ? group.staff.map((s, i) => (
                <span key={s.id}>
                  {i > 0 && sep}
                  <EnglishForm ja={s.name} en={s.nameEn} />
                  {`${paren(t(`staff.organisation.${s.organisation}`))}${s.phone ? ` ${s.phone}` : ''}`}
                </span>
              ))
            : t('pickup.noStaff')}
        </p>
      </div>
      <Rows members={group.members} data={data} />
    </section>
  );
}

/** 到着便一覧: per pickup group, where and when to meet, who meets, and everyone to tick off. */
export function ArrivalSheet({ data, groupId }: { data: SheetData; groupId: string | null }) {
  const { t, sep, year } = useSheet();
  const groups = groupId ? data.board.groups.filter((g) => g.id === groupId) : data.board.groups;
  const title = t('print.sheet.arrival');
  return (
    <>
      <PageFooter title={title} />
      <SheetTitle>
        {title}
        {sep}
        {year}
      </SheetTitle>
      {groups.map((g) => (
        <GroupSection key={g.id} group={g} data={data} />
      ))}
      {!groupId && data.board.unplaced.length > 0 && (
        <section>
          <h2>{t('print.arrival.unplaced')}</h2>
          <Rows members={data.board.unplaced} data={data} />
        </section>
      )}
      <EmergencyFoot />
    </>
  );
}
