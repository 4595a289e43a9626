import type { ClassesOverview } from '@shared/contract/schedule';
import { nativeName, latinName } from '@shared/contract/names';
import { keyedId, newId } from '../../db/ids';
import { deleteRow, insertRow, prepared, updateRow } from '../../db/rows';
import { AppError } from '../../ipc/app-error';
import type { Ctx } from '../context';
import { isTakingPart } from '@shared/contract/trainees';
import { findTrainee, listFullTrainees, updateTraineeRow } from '../trainees';
import { findYear } from '../years';

type ClassRow = { id: string; name: string; level: ClassesOverview['classes'][number]['level']; notes: string | null };

function listClasses(ctx: Ctx, yearId: string): ClassRow[] {
  const collator = new Intl.Collator('ja', { numeric: true });
  return (prepared(ctx.db, 'SELECT id, name, level, notes FROM jiam_classes WHERE year_id = ?').all(yearId) as ClassRow[]).sort((a, b) =>
    collator.compare(a.name, b.name),
  );
}

/** The year's classes with their trainees, and every trainee with their placement-test score. */
export function overview(ctx: Ctx, yearId: string): ClassesOverview {
  if (!findYear(ctx.db, yearId)) throw new AppError('not_found', { entity: 'year' });
  const placements = new Map(
    (prepared(ctx.db, 'SELECT p.trainee_id, p.score, p.class_id FROM placements p JOIN trainees t ON t.id = p.trainee_id WHERE t.year_id = ?').all(yearId) as Array<{
      trainee_id: string;
      score: number | null;
      class_id: string | null;
    }>).map((p) => [p.trainee_id, p]),
  );
  const trainees = listFullTrainees(ctx.db, yearId)
    .filter(isTakingPart)
    .map((t) => {
      const p = placements.get(t.id);
      return {
        traineeId: t.id,
        name: nativeName(t),
        nameLang: t.nameLang,
        latinName: latinName(t),
        nationality: t.nationality,
        japaneseLevel: t.japaneseLevel,
        score: p?.score ?? null,
        classId: p?.class_id ?? null,
      };
    })
    .sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || a.latinName.localeCompare(b.latinName));
  const classes = listClasses(ctx, yearId).map((c) => ({ ...c, traineeIds: trainees.filter((t) => t.classId === c.id).map((t) => t.traineeId) }));
  return { yearId, classes, trainees };
}

export function createClass(ctx: Ctx, input: { yearId: string; name: string; level: ClassRow['level']; notes: string | null }): ClassesOverview {
  if (!findYear(ctx.db, input.yearId)) throw new AppError('not_found', { entity: 'year' });
  ctx.db.transaction(() => {
    if (listClasses(ctx, input.yearId).some((c) => c.name === input.name)) throw new AppError('class_exists', { name: input.name });
    insertRow(ctx, 'jiam_classes', { id: newId(), year_id: input.yearId, name: input.name, level: input.level, notes: input.notes });
  })();
  return overview(ctx, input.yearId);
}

/** Removes a class; its trainees keep their scores and wait for another class. */
export function deleteClass(ctx: Ctx, id: string): { id: string } {
  ctx.db.transaction(() => {
    const members = prepared(ctx.db, 'SELECT id, trainee_id FROM placements WHERE class_id = ?').all(id) as Array<{ id: string; trainee_id: string }>;
    for (const m of members) {
      updateRow(ctx, 'placements', m.id, { class_id: null });
      updateTraineeRow(ctx, m.trainee_id, { placementClass: null });
    }
    if (!deleteRow(ctx, 'jiam_classes', id)) throw new AppError('not_found', { entity: 'class' });
  })();
  return { id };
}

/** Records a trainee's placement-test score and class; the class name also goes on the trainee's record. */
export function setPlacement(ctx: Ctx, input: { traineeId: string; score: number | null; classId: string | null }): ClassesOverview {
  const trainee = findTrainee(ctx.db, input.traineeId);
  if (!trainee || trainee.deletedAt) throw new AppError('not_found', { entity: 'trainee' });
  const cls = input.classId ? listClasses(ctx, trainee.yearId).find((c) => c.id === input.classId) : null;
  if (input.classId && !cls) throw new AppError('validation', { issues: [{ field: 'classId', rule: 'other_year' }] });
  ctx.db.transaction(() => {
    const existing = prepared(ctx.db, 'SELECT id FROM placements WHERE trainee_id = ?').get(trainee.id) as { id: string } | undefined;
    if (existing) updateRow(ctx, 'placements', existing.id, { score: input.score, class_id: input.classId });
    else insertRow(ctx, 'placements', { id: keyedId('placements', trainee.id), trainee_id: trainee.id, score: input.score, class_id: input.classId });
    updateTraineeRow(ctx, trainee.id, { placementClass: cls?.name ?? null });
  })();
  return overview(ctx, trainee.yearId);
}
