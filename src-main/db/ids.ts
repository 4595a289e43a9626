import { v7 } from 'uuid';

/** Time-ordered UUIDs: records made on two machines never collide and still sort by age. */
export function newId(): string {
  return v7();
}
