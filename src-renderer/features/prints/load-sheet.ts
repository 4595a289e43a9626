import { useMemo } from 'react';
import type { ArrivalBoard } from '@shared/contract/arrivals';
import type { Assignment, Host } from '@shared/contract/hosts';
import type { Itinerary } from '@shared/contract/schedule';
import { isTakingPart, type Trainee, type TraineeSummary } from '@shared/contract/trainees';
import type { ChannelError } from '../../data/channel-error';
import { useChannel, useChannels } from '../../data/use-channel';
import type { PrintOptions, SheetKind } from './sheets';

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
  /** The office's number at the foot of the sheets handed out (null until set in Settings). */
  officePhone: string | null;
}

/** A sheet's reads: its data once every one of them answered, else the first failure (with a retry of what failed). */
export interface SheetQuery {
  data: SheetData | undefined;
  error: ChannelError | null;
  retry(): void;
}

const WITH_HOSTS: readonly SheetKind[] = ['orientation', 'handover'];
const WITH_PHOTOS: readonly SheetKind[] = ['arrival', 'roster', 'handover'];

/** Trainees the options pick: one, those of one pickup group, or everyone expected this year. */
export function chosenTrainees(data: Pick<SheetData, 'trainees' | 'board'>, options: Pick<PrintOptions, 'traineeId' | 'groupId'>): TraineeSummary[] {
  if (options.traineeId) return data.trainees.filter((t) => t.id === options.traineeId);
  const group = options.groupId ? data.board.groups.find((g) => g.id === options.groupId) : null;
  if (group) return group.members.map((m) => data.trainees.find((t) => t.id === m.traineeId)).filter((t): t is TraineeSummary => t !== undefined);
  return data.trainees;
}

/**
 * Everything one sheet needs, photos included, read through the contract before it is drawn:
 * the year, its trainees and arrival board, then what the sheet adds for the trainees it shows.
 */
export function useSheetData(options: PrintOptions): SheetQuery {
  const { sheet, yearId, groupId, traineeId } = options;
  const ofYear = yearId ? { yearId } : null;
  const needsHosts = WITH_HOSTS.includes(sheet);
  const year = useChannel('years:get', yearId ? { id: yearId } : null);
  const all = useChannel('trainees:list', ofYear);
  const board = useChannel('arrivals:board', ofYear);
  const assignments = useChannel('assignments:list', needsHosts ? ofYear : null);
  const hosts = useChannel('hosts:list', needsHosts && yearId ? {} : null);
  // Read with the sheet, not from the settings screen's store: a sheet printed first still has the number saved last.
  const settings = useChannel('settings:get', yearId ? {} : null);

  const trainees = useMemo(() => all.data?.filter(isTakingPart), [all.data]);
  const chosen = useMemo(
    () => (trainees && board.data ? chosenTrainees({ trainees, board: board.data }, { traineeId, groupId }) : []),
    [trainees, board.data, traineeId, groupId],
  );
  const itineraries = useChannels('schedule:itinerary', sheet === 'orientation' ? chosen.map((t) => ({ traineeId: t.id })) : []);
  const details = useChannels('trainees:get', sheet === 'handover' ? chosen.map((t) => ({ id: t.id })) : []);
  const photoIds = useMemo(() => {
    if (!WITH_PHOTOS.includes(sheet)) return [];
    return (sheet === 'handover' ? chosen : (trainees ?? [])).filter((t) => t.hasPhoto).map((t) => t.id);
  }, [sheet, chosen, trainees]);
  const photos = useChannels('trainees:photo', photoIds.map((id) => ({ id, size: 'photo' as const })));

  const reads = [year, all, board, settings, ...(needsHosts ? [assignments, hosts] : [])];
  const failed = reads.find((r) => r.isError);
  const error = failed?.error ?? itineraries.error ?? details.error ?? photos.error;

  const data = useMemo((): SheetData | undefined => {
    const [detail, summaries, arrivals] = [year.data, trainees, board.data];
    if (!detail || !summaries || !arrivals || !settings.data || !itineraries.data || !details.data || !photos.data) return undefined;
    if (needsHosts && (!assignments.data || !hosts.data)) return undefined;
    const placementOf = (id: string): HostPlacement | null => {
      const assignment = assignments.data?.find((a) => a.traineeId === id);
      const host = assignment && hosts.data?.find((h) => h.id === assignment.hostId);
      return assignment && host ? { assignment, host } : null;
    };
    const groupOf = (id: string) => arrivals.groups.find((g) => g.members.some((m) => m.traineeId === id)) ?? null;
    const orientation = itineraries.data.flatMap((itinerary) => {
      const trainee = chosen.find((t) => t.id === itinerary.traineeId);
      return trainee ? [{ trainee, itinerary, group: groupOf(trainee.id), placement: placementOf(trainee.id) }] : [];
    });
    const handover = details.data.map((trainee) => ({ trainee, placement: placementOf(trainee.id) }));
    // The photos answer in the order they were asked for.
    const urls = new Map<string, string>();
    photos.data.forEach((photo, i) => photo.dataUrl && urls.set(photoIds[i]!, photo.dataUrl));
    return { fiscalYear: detail.fiscalYear, trainees: summaries, board: arrivals, orientation, handover, photos: urls, officePhone: settings.data.officePhone };
  }, [needsHosts, chosen, photoIds, year.data, trainees, board.data, settings.data, assignments.data, hosts.data, itineraries.data, details.data, photos.data]);

  return {
    data: error ? undefined : data,
    error: error ?? null,
    retry: () => {
      if (failed) reads.forEach((r) => r.isError && void r.refetch());
      itineraries.retry();
      details.retry();
      photos.retry();
    },
  };
}
