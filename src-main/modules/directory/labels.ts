/** `3` → `3栋`, `A座` stays; the desk says buildings the way residents do. */
export function normalizeBuilding(name: string): string {
  const n = name.trim().normalize('NFKC');
  return /^\d+$/.test(n) ? `${n}栋` : n;
}

/** `2` → `2单元`; empty means the building has no entrances. */
export function normalizeEntrance(entrance: string): string {
  const e = entrance.trim().normalize('NFKC');
  return /^\d+$/.test(e) ? `${e}单元` : e;
}

export function normalizeRoom(room: string): string {
  return room.trim().normalize('NFKC').toUpperCase();
}

/** `3栋2单元1203`. */
export function unitLabel(building: string, entrance: string, room: string): string {
  return `${building}${entrance}${room}`;
}
