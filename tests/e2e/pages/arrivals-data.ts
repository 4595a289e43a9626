import { latinName } from '@shared/contract/names';
import { SAMPLE_FLIGHTS } from '../../../src-main/test/sample-flights';
import { valueOf, type Host } from '../fixtures';

/**
 * Loads the sample cohort and enters its arrival flights through the contract, leaving out
 * the trainees named (their flights are entered on screen by the test).
 */
export async function sampleWithFlights(host: Host, except: string[] = []) {
  await valueOf(host.call('sample:load', {}));
  const [year] = await valueOf(host.call('years:list', {}));
  const trainees = await valueOf(host.call('trainees:list', { yearId: year!.id }));
  const idOf = (name: string) => trainees.find((t) => latinName(t) === name)!.id;
  for (const { latinName: name, ...flight } of SAMPLE_FLIGHTS) {
    if (!except.includes(name)) await valueOf(host.call('flights:create', { traineeId: idOf(name), kind: 'arrival', ...flight }));
  }
  return { yearId: year!.id, idOf };
}

/** The sample cohort ready to print: flights, two pickup groups with staff, a hotel, two days of schedule. */
export async function printableCohort(host: Host) {
  const { yearId, idOf } = await sampleWithFlights(host);
  await valueOf(host.call('settings:update', { officePhone: '03-1234-5678' }));
  const kato = await valueOf(host.call('staff:create', { name: '加藤 美咲', organisation: 'clair', phone: '090-1234-5678' }));
  const hotel = await valueOf(host.call('places:create', { kind: 'hotel', nameJa: 'ホテル東京ベイ', nameEn: 'Hotel Tokyo Bay' }));
  const room = await valueOf(host.call('rooms:create', { placeId: hotel.id, name: '501', capacity: 2 }));
  const narita = await valueOf(host.call('pickup-groups:create', { yearId, name: '成田 第1便', airport: 'NRT', terminal: '1', meetingPoint: '南ウイング 到着口', meetingTime: '2024-05-20T12:50', staffIds: [kato.id] }));
  await valueOf(host.call('pickup-groups:create', { yearId, name: '羽田', airport: 'HND', terminal: '3', meetingTime: '2024-05-20T15:00' }));
  await valueOf(host.call('pickup-groups:place', { yearId }));
  await valueOf(host.call('stays:create', { yearId, traineeId: idOf('LEE Seoyeon'), roomId: room.id, checkIn: '2024-05-20', checkOut: '2024-05-23' }));
  await valueOf(host.call('schedule:create', { yearId, kind: 'opening_ceremony', startsAt: '2024-05-21T09:30', endsAt: '2024-05-21T10:30', titleJa: '開講式', titleEn: 'Opening ceremony', place: 'CLAIR', audience: 'all' }));
  await valueOf(host.call('schedule:create', { yearId, kind: 'orientation', startsAt: '2024-05-21T10:45', endsAt: '2024-05-21T17:00', titleJa: 'オリエンテーション', titleEn: 'Orientation', audience: 'all' }));
  return { yearId, idOf, narita };
}

