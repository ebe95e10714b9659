export type HearingMode = 'on-device' | 'scripted' | 'manual';

interface RoomParams {
  /** Mode picked by the address, if any: `?script=demo` opens on the scripted demo. */
  mode: HearingMode | null;
  /** Playback speed for the scripted demo, from `?speed=N`. */
  speed: number;
}

const MIN_SPEED = 0.25;
const MAX_SPEED = 50;

/** Reads the practice room's address options; anything unexpected falls back to the defaults. */
export function parseRoomParams(search: string): RoomParams {
  const params = new URLSearchParams(search);
  const raw = Number(params.get('speed'));
  const speed = Number.isFinite(raw) && raw > 0 ? Math.min(MAX_SPEED, Math.max(MIN_SPEED, raw)) : 1;
  return { mode: params.get('script') === 'demo' ? 'scripted' : null, speed };
}
