import type { Channel, Contract } from '../../src-shared/contract';
import type { OutputOf, ParsedInputOf } from '../../src-shared/contract-kit';
import type { Ctx } from './context';

export type Handler<C extends Channel> = (input: ParsedInputOf<Contract[C]>, ctx: Ctx) => Promise<OutputOf<Contract[C]>>;

/** Every channel of a module (`directory` → all `directory.*` channels), so a missing handler fails to compile. */
export type ModuleHandlers<P extends string> = {
  [C in Channel as C extends `${P}.${string}` ? C : never]: Handler<C>;
};

export type HandlerMap = { [C in Channel]: Handler<C> };
