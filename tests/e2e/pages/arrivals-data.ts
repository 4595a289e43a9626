import { latinName } from '../../../src-main/contract/names';
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
