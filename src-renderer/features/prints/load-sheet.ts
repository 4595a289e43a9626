import type { ArrivalBoard, ArrivingTrainee } from '@shared/contract/arrivals';
import type { Host, Assignment } from '@shared/contract/hosts';
import type { Itinerary } from '@shared/contract/schedule';
import { isTakingPart, type Trainee, type TraineeSummary } from '@shared/contract/trainees';
import type { Api } from '../../api';
import { loadPhoto } from '../trainees/photo-cache';
import type { PrintOptions } from './sheets';

/** What the orientation and handover sheets show of a trainee's host. */
export interface HostPlacement {
  assignment: Assignment;
  host: Host;
}

export interface OrientationPage {
  trainee: TraineeSummary;
  itinerary: Itinerary;
  group: ArrivalBoard['groups'][number] | null;
  placement: HostPlacement | null;
}

export interface HandoverPage {
  trainee: Trainee;
  placement: HostPlacement | null;
}

export interface SheetData {
  fiscalYear: number;
  trainees: TraineeSummary[];
  board: ArrivalBoard;
  orientation: OrientationPage[];
  handover: HandoverPage[];
  /** Photo data URLs by trainee id, for the sheets that show photos. */
  photos: Map<string, string>;
}

async function value<T>(promise: Promise<{ ok: true; value: T } | { ok: false }>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error('load failed');
  return result.value;
}

async function placementOf(api: Api, traineeId: string, yearId: string): Promise<HostPlacement | null> {
  const assignment = (await value(api.call('assignments:list', { traineeId }))).find((a) => a.yearId === yearId);
  if (!assignment) return null;
  const detail = await value(api.call('hosts:get', { id: assignment.hostId }));
  return { assignment, host: detail.host };
}

/** Trainees the options pick: one, those of one pickup group, or everyone expected this year. */
export function chosenTrainees(data: Pick<SheetData, 'trainees' | 'board'>, options: PrintOptions): TraineeSummary[] {
  if (options.traineeId) return data.trainees.filter((t) => t.id === options.traineeId);
  const group = options.groupId ? data.board.groups.find((g) => g.id === options.groupId) : null;
  if (group) return group.members.map((m) => data.trainees.find((t) => t.id === m.traineeId)).filter((t): t is TraineeSummary => t !== undefined);
  return data.trainees;
}

/** Everything one sheet needs, loaded through the contract, photos included, before it is drawn. */
export async function loadSheet(api: Api, options: PrintOptions): Promise<SheetData> {
  const [year, all, board] = await Promise.all([
    value(api.call('years:get', { id: options.yearId })),
    value(api.call('trainees:list', { yearId: options.yearId })),
    value(api.call('arrivals:board', { yearId: options.yearId })),
  ]);
  const trainees = all.filter(isTakingPart);
  const base = { fiscalYear: year.fiscalYear, trainees, board };
  const chosen = chosenTrainees(base, options);
  const groupOf = (id: string) => board.groups.find((g) => g.members.some((m: ArrivingTrainee) => m.traineeId === id)) ?? null;
  const orientation =
    options.sheet === 'orientation'
      ? await Promise.all(
          chosen.map(async (trainee) => ({
            trainee,
            itinerary: await value(api.call('schedule:itinerary', { traineeId: trainee.id })),
            group: groupOf(trainee.id),
            placement: await placementOf(api, trainee.id, options.yearId),
          })),
        )
      : [];
  const handover =
    options.sheet === 'handover'
      ? await Promise.all(
          chosen.map(async (t) => ({ trainee: await value(api.call('trainees:get', { id: t.id })), placement: await placementOf(api, t.id, options.yearId) })),
        )
      : [];
  const withPhotos = ['arrival', 'roster', 'handover'].includes(options.sheet) ? trainees.filter((t) => t.hasPhoto) : [];
  const photos = new Map<string, string>();
  await Promise.all(
    withPhotos.map(async (t) => {
      const url = await loadPhoto(api, t.id, 'photo');
      if (url) photos.set(t.id, url);
    }),
  );
  return { ...base, orientation, handover, photos };
}
