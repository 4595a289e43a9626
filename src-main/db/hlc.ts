/**
 * A hybrid logical clock: wall time in ms plus a counter, so that every change made on this
 * device sorts after the ones before it even when the PC clock steps back, and changes from
 * different devices order the same way everywhere (the device id breaks ties).
 */
export interface Hlc {
  wallMs: number;
  counter: number;
}

export function formatHlc(hlc: Hlc, deviceId: string): string {
  return `${String(hlc.wallMs).padStart(15, '0')}-${hlc.counter.toString(36).padStart(4, '0')}-${deviceId}`;
}

export function parseHlc(text: string): Hlc | null {
  const m = /^(\d{15})-([0-9a-z]{4,})-/.exec(text);
  return m ? { wallMs: Number(m[1]), counter: parseInt(m[2]!, 36) } : null;
}

/** The next timestamp after `last` at wall time `nowMs`. */
export function nextHlc(last: Hlc | null, nowMs: number): Hlc {
  if (!last || nowMs > last.wallMs) return { wallMs: nowMs, counter: 0 };
  return { wallMs: last.wallMs, counter: last.counter + 1 };
}
