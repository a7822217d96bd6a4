/** DQE's `dateTime`: `"2019-07-29 11:34:48.998397"`, microseconds and no zone; the sandbox writes UTC. */
export function dqeDateTime(ms: number): string {
  const iso = new Date(Math.floor(ms)).toISOString();
  const micros = String(Math.floor(ms * 1000) % 1_000_000).padStart(6, "0");
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}.${micros}`;
}
