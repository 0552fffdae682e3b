import { DeskError } from '../../../src-shared/errors';
import type { ExportedFile, RegisterChannel, RegisterData } from '../../../src-shared/modules/registers';
import { channelDef } from '../../../src-shared/contract';
import { callerOf, type Ctx } from '../../ipc/context';
import type { HandlerMap, ModuleHandlers } from '../../ipc/handler';
import { fieldErrors } from '../../ipc/validation';
import { registerToXlsx } from './xlsx';

/**
 * Loads a register through its own channel: the caller must hold that channel's roles and its params must pass that
 * channel's schema, so an export can never show more than the screen may.
 */
async function load(ctx: Ctx, handlers: () => HandlerMap, channel: RegisterChannel, params: unknown): Promise<RegisterData> {
  const def = channelDef(channel);
  const caller = callerOf(ctx);
  if (def.access !== 'any' && def.access !== 'public' && !def.access.some((r) => caller.roles.includes(r))) {
    throw new DeskError('FORBIDDEN');
  }
  const parsed = def.input.safeParse(params);
  if (!parsed.success) throw new DeskError('VALIDATION', {}, fieldErrors(parsed.error, ctx.lang));
  const handler = handlers()[channel] as (input: unknown, ctx: Ctx) => Promise<RegisterData>;
  return handler(parsed.data, ctx);
}

const file = (name: string, mime: string, bytes: Buffer): ExportedFile => ({ fileName: name, mime, base64: bytes.toString('base64') });

export function registersHandlers(handlers: () => HandlerMap): ModuleHandlers<'registers'> {
  return {
    'registers.xlsx': async (input, ctx) => {
      const data = await load(ctx, handlers, input.channel, input.params);
      ctx.note({ entity: 'register', entityId: input.channel, summary: `导出 ${data.title}（${data.periodLabel}，${data.rows.length} 行）.xlsx` });
      return file(`${data.fileStem}.xlsx`, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', await registerToXlsx(data));
    },
    'registers.pdf': async (input, ctx) => {
      const host = ctx.rt.host;
      if (!host) throw new DeskError('PRINT_UNAVAILABLE');
      const data = await load(ctx, handlers, input.channel, input.params);
      ctx.note({ entity: 'register', entityId: input.channel, summary: `导出 ${data.title}（${data.periodLabel}，${data.rows.length} 行）PDF` });
      return file(`${data.fileStem}.pdf`, 'application/pdf', await host.renderPdf(data));
    },
    'registers.print': async (input, ctx) => {
      const print = ctx.rt.host?.print;
      if (!print) throw new DeskError('PRINT_UNAVAILABLE');
      const data = await load(ctx, handlers, input.channel, input.params);
      const printed = await print(data);
      ctx.note({ entity: 'register', entityId: input.channel, summary: `${printed ? '打印' : '取消打印'} ${data.title}（${data.periodLabel}）` });
      return { printed };
    },
  };
}
