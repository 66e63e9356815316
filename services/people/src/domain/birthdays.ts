import type { AgeBand } from '@voicegraph/platform';
import { ageBandOf } from './age';

export interface PublishedBand {
  id: string;
  dateOfBirth: string | null;
  publishedAgeBand: AgeBand;
}

/** People whose age band on `today` is not the one other services were last told, with the new band. */
export function bandMoves(people: PublishedBand[], today: Date): { id: string; ageBand: AgeBand }[] {
  return people.flatMap((person) => {
    const ageBand = ageBandOf(person.dateOfBirth, today);
    return ageBand === person.publishedAgeBand ? [] : [{ id: person.id, ageBand }];
  });
}
