import type { ModuleHandlers } from '../../ipc/handler';
import { readSettings, writeSettings } from './store';

export const settingsHandlers: ModuleHandlers<'settings'> = {
  'settings.get': async (_input, ctx) => readSettings(ctx.db),
  'settings.update': async (input, ctx) => {
    const before = readSettings(ctx.db);
    writeSettings(ctx.db, input);
    const changed = Object.entries(input)
      .filter(([k, v]) => v !== undefined && before[k as keyof typeof before] !== v)
      .map(([k, v]) => `${k}: ${String(before[k as keyof typeof before])} → ${String(v)}`);
    ctx.note({ entity: 'settings', summary: changed.join('; ') || '无变化' });
    return readSettings(ctx.db);
  },
};
