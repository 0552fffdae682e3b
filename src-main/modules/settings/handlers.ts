import type { ModuleHandlers } from '../../ipc/handler';
import { checkedLogo, printSettings } from './logo';
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
  'settings.logo.get': async (_input, ctx) => ({ logo: printSettings.read(ctx.db).logo }),
  'settings.logo.set': async (input, ctx) => {
    const logo = input.logoBase64 === null ? null : checkedLogo(input.logoBase64);
    printSettings.write(ctx.db, { logo });
    // JSON null is written too: `write` skips only undefined.
    ctx.note({ entity: 'settings', entityId: 'print.logo', summary: logo ? `更换打印标志（${Math.round((logo.length * 3) / 4 / 1024)} kB）` : '删除打印标志' });
    return { logo };
  },
};
