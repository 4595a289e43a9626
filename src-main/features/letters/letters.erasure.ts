import { ERASED_VALUE } from '@shared/contract/erasure';
import { registerCopyHolder } from '../erasure';
import { letterWithoutTrainee } from './letters';

/**
 * An issued letter keeps its table as issued, trainees' names included: erasing a trainee takes
 * their row (and their names in the body) out of every letter and out of its history, the
 * number, title, addressee and the other trainees kept. The erasure calls this on every PC and backup.
 */
registerCopyHolder({
  table: 'letters',
  field: 'content',
  rowsOf: (db, traineeId) => db.prepare('SELECT id FROM letters WHERE instr(content, ?) > 0 ORDER BY id').pluck().all(JSON.stringify(traineeId)) as string[],
  without: (content, traineeId) => letterWithoutTrainee(content, traineeId, ERASED_VALUE),
});
