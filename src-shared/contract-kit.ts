import type { z } from 'zod';
import type { Role } from './roles';

/**
 * Who may call a channel: `public` needs no session (login, first-run setup),
 * `any` needs a live session of any role, otherwise a list of roles (one is enough).
 */
export type Access = 'public' | 'any' | readonly Role[];

export interface ChannelDef<I extends z.ZodType, O> {
  input: I;
  access: Access;
  /** Mutating channels run in one transaction and write one audit record. */
  mutates: boolean;
  /** Phantom carrier of the output type; never set at run time. */
  readonly __output?: O;
}

/** Curried so the output type is spelled and the input type inferred: `ch<User[]>()({ ... })`. */
export const ch =
  <O>() =>
  <I extends z.ZodType>(def: { input: I; access: Access; mutates: boolean }): ChannelDef<I, O> =>
    def;

export type AnyChannel = ChannelDef<z.ZodType, unknown>;
export type InputOf<C> = C extends ChannelDef<infer I, unknown> ? z.input<I> : never;
export type ParsedInputOf<C> = C extends ChannelDef<infer I, unknown> ? z.output<I> : never;
export type OutputOf<C> = C extends ChannelDef<z.ZodType, infer O> ? O : never;
