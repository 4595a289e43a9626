import type { Departure, DepartureItem, DepartureStatus, DepartureTask, DepartureWarning, DepartureYear, TraineeDeparture } from '@shared/contract/departures';
import type { Flight } from '@shared/contract/arrivals';
import type { Assignment } from '@shared/contract/hosts';
import { hostFullName, latinName, nativeName } from '@shared/contract/names';
import type { TraineeSummary } from '@shared/contract/trainees';
import { japanDate } from '@shared/text/date-math';
import { keyedId, newId } from '../../db/ids';
import { AppError } from '../../ipc/app-error';
import { listAssignments } from '../assignments';
import type { Ctx } from '../context';
import { listFlights } from '../flights';
import { findHost } from '../hosts';
import { lastAuthor } from '../procedures';
import { findTrainee, listTakingPart } from '../trainees';
import { findYear } from '../years';
import { departureWarnings, isTaskOverdue, taskDueOn, timeline } from './departures';
import * as repo from './departures.repo';

// The template.

export function getTemplate(ctx: Ctx): DepartureItem[] {
  return repo.listItems(ctx.db);
}

/** Adds a return task at the end of the template; every year's checklists show it at once. */
export function createItem(ctx: Ctx, fields: repo.ItemFields): DepartureItem {
  const id = newId();
  ctx.db.transaction(() => {
    const position = repo.listItems(ctx.db).reduce((max, i) => Math.max(max, i.position + 1), 0);
    repo.insertItem(ctx, id, fields, position);
  })();
  return repo.findItem(ctx.db, id)!;
}

export function updateItem(ctx: Ctx, input: repo.ItemFields & { id: string; isRetired: boolean }): DepartureItem {
  ctx.db.transaction(() => {
    if (!repo.findItem(ctx.db, input.id)) throw new AppError('not_found', { entity: 'departure_item' });
    repo.updateItem(ctx, input.id, input);
  })();
  return repo.findItem(ctx.db, input.id)!;
}

/** Moves a return task one place up or down (positions renumbered 0…n). */
export function moveItem(ctx: Ctx, input: { id: string; direction: 'up' | 'down' }): DepartureItem[] {
  ctx.db.transaction(() => {
    const items = repo.listItems(ctx.db);
    const from = items.findIndex((i) => i.id === input.id);
    if (from < 0) throw new AppError('not_found', { entity: 'departure_item' });
    const to = input.direction === 'up' ? from - 1 : from + 1;
    if (to < 0 || to >= items.length) return;
    [items[from], items[to]] = [items[to]!, items[from]!];
    items.forEach((item, position) => {
      if (item.position !== position) repo.updateItem(ctx, item.id, { position });
    });
  })();
  return repo.listItems(ctx.db);
}

// A year's departures.

/** The id of a trainee's row for a task: the same on every PC, so a change made on two PCs is one record. */
function taskId(traineeId: string, itemId: string): string {
  return keyedId('trainee_departure_tasks', traineeId, itemId);
}

/** What a year's departures are read from, in a few queries. */
interface Sources {
  items: DepartureItem[];
  flights: Map<string, Flight>;
  assignments: Map<string, Assignment>;
  tasks: Map<string, repo.StoredTask>;
  today: string;
}

/** The return flight of each trainee: the last of their flights of kind return. */
function returnFlights(flights: readonly Flight[]): Map<string, Flight> {
  const byTrainee = new Map<string, Flight>();
  for (const f of flights) if (f.kind === 'return') byTrainee.set(f.traineeId, f); // in the order they leave: the last wins
  return byTrainee;
}

/** The assignment that ends training: the one that ends last. */
function lastAssignments(assignments: readonly Assignment[]): Map<string, Assignment> {
  const byTrainee = new Map<string, Assignment>();
  for (const a of assignments) {
    const current = byTrainee.get(a.traineeId);
    if (!current || (a.endsOn ?? '') > (current.endsOn ?? '')) byTrainee.set(a.traineeId, a);
  }
  return byTrainee;
}

function sourcesOfYear(ctx: Ctx, yearId: string, stored: readonly repo.StoredTask[]): Sources {
  return {
    items: repo.listItems(ctx.db),
    flights: returnFlights(listFlights(ctx.db, { yearId })),
    assignments: lastAssignments(listAssignments(ctx.db, { yearId })),
    tasks: new Map(stored.map((t) => [`${t.traineeId}/${t.itemId}`, t])),
    today: japanDate(ctx.now()),
  };
}

/** The tasks a trainee sees: the live ones, and a retired one where they moved on it. */
function visibleItems(items: readonly DepartureItem[], tasks: ReadonlyMap<string, repo.StoredTask>, traineeId: string): DepartureItem[] {
  return items.filter((i) => !i.isRetired || tasks.has(`${traineeId}/${i.id}`));
}

function departureOf(ctx: Ctx, trainee: TraineeSummary, s: Sources): Departure {
  const flight = s.flights.get(trainee.id) ?? null;
  const assignment = s.assignments.get(trainee.id) ?? null;
  const host = assignment ? findHost(ctx.db, assignment.hostId) : null;
  const flightOn = flight ? flight.departsLocal.slice(0, 10) : null;
  const endsOn = assignment?.endsOn ?? null;
  const tasks: DepartureTask[] = visibleItems(s.items, s.tasks, trainee.id).map((item) => {
    const stored = s.tasks.get(`${trainee.id}/${item.id}`);
    const status: DepartureStatus = stored?.status ?? 'open';
    const dueOn = taskDueOn(flightOn, item.offsetDays);
    return {
      traineeId: trainee.id,
      itemId: item.id,
      status,
      dueOn,
      changedOn: stored?.changedOn ?? null,
      changedBy: stored ? lastAuthor(ctx.db, 'trainee_departure_tasks', stored.id) : null,
      note: stored?.note ?? null,
      isOverdue: !item.isRetired && isTaskOverdue(status, dueOn, s.today),
    };
  });
  const itemOf = new Map(s.items.map((i) => [i.id, i]));
  const warnings: DepartureWarning[] =
    trainee.status === 'withdrawn'
      ? []
      : departureWarnings({
          traineeId: trainee.id,
          traineeName: nativeName(trainee),
          status: trainee.status,
          endsOn,
          flightOn,
          tasks: tasks.filter((t) => !itemOf.get(t.itemId)!.isRetired).map((t) => ({ ...t, nameJa: itemOf.get(t.itemId)!.nameJa, nameEn: itemOf.get(t.itemId)!.nameEn })),
          today: s.today,
        });
  return {
    traineeId: trainee.id,
    name: nativeName(trainee),
    nameLang: trainee.nameLang,
    latinName: latinName(trainee),
    status: trainee.status,
    hostId: host?.id ?? null,
    hostName: host ? hostFullName(host) : null,
    hostNameEn: host?.nameEn ?? null,
    hostContactName: host?.contactName ?? null,
    hostContactPhone: host?.contactPhone ?? null,
    endsOn,
    returnFlight: flight,
    airport: flight?.from ?? null,
    leavesOn: flightOn ?? endsOn,
    tasks,
    warnings,
  };
}

/** A year's departures: trainees taking part, by the day they leave (those without a date last), the timeline and the warnings. */
export function yearDepartures(ctx: Ctx, yearId: string): DepartureYear {
  if (!findYear(ctx.db, yearId)) throw new AppError('not_found', { entity: 'year' });
  const s = sourcesOfYear(ctx, yearId, repo.listTasksOfYear(ctx.db, yearId));
  const departures = listTakingPart(ctx.db, yearId)
    .map((t) => departureOf(ctx, t, s))
    .sort((a, b) => (a.leavesOn ?? '\uffff').localeCompare(b.leavesOn ?? '\uffff') || (a.returnFlight?.departsUtc ?? '').localeCompare(b.returnFlight?.departsUtc ?? ''));
  const used = new Set(departures.flatMap((d) => d.tasks.map((t) => t.itemId)));
  return {
    yearId,
    today: s.today,
    items: s.items.filter((i) => !i.isRetired || used.has(i.id)),
    departures,
    timeline: timeline(departures.map((d) => ({ traineeId: d.traineeId, leavesOn: d.leavesOn, airport: d.airport?.iata ?? null }))),
    warnings: departures.flatMap((d) => d.warnings),
  };
}

export function yearWarnings(ctx: Ctx, yearId: string): DepartureWarning[] {
  return yearDepartures(ctx, yearId).warnings;
}

function liveTrainee(ctx: Ctx, traineeId: string) {
  const trainee = findTrainee(ctx.db, traineeId);
  if (!trainee || trainee.deletedAt) throw new AppError('not_found', { entity: 'trainee' });
  return trainee;
}

/** One trainee's return (a withdrawn trainee's too, read only and without warnings). */
export function traineeDeparture(ctx: Ctx, traineeId: string): TraineeDeparture {
  const trainee = liveTrainee(ctx, traineeId);
  const s = sourcesOfYear(ctx, trainee.yearId, repo.listTasksOfTrainee(ctx.db, traineeId));
  const departure = departureOf(ctx, trainee, s);
  const shown = new Set(departure.tasks.map((t) => t.itemId));
  return { yearId: trainee.yearId, isWithdrawn: trainee.status === 'withdrawn', items: s.items.filter((i) => shown.has(i.id)), departure };
}

/** Sets the status and note of a trainee's task; a new status is dated today (the row writer keeps who and the history). */
export function setStatus(ctx: Ctx, input: { traineeId: string; itemId: string; status: DepartureStatus; note: string | null }): DepartureTask {
  ctx.db.transaction(() => {
    const trainee = liveTrainee(ctx, input.traineeId);
    if (!repo.findItem(ctx.db, input.itemId)) throw new AppError('not_found', { entity: 'departure_item' });
    if (trainee.status === 'withdrawn') throw new AppError('validation', { issues: [{ field: 'status', rule: 'trainee_withdrawn' }] });
    const id = taskId(input.traineeId, input.itemId);
    const current = repo.findTask(ctx.db, id);
    const fields = { status: input.status, note: input.note };
    if (!current) repo.insertTask(ctx, id, input.traineeId, input.itemId, { ...fields, changed_on: japanDate(ctx.now()) });
    else repo.updateTask(ctx, id, current.status !== input.status ? { ...fields, changed_on: japanDate(ctx.now()) } : fields);
  })();
  return traineeDeparture(ctx, input.traineeId).departure.tasks.find((t) => t.itemId === input.itemId)!;
}
