import fc from 'fast-check';
import type { z } from 'zod';

/**
 * Payloads for property tests over the contract, derived from each channel's own zod schema: mostly plausible shapes
 * (so that many payloads get past the first check and reach deeper validation or the handler), seasoned with hostile
 * values — wrong types, 10 MB strings, prototype keys, SQL and FTS5 syntax, control and bidi characters, emoji,
 * impossible dates and numbers.
 */

const BIG = '档'.repeat(10 * 1024 * 1024 / 3);

export const HOSTILE_STRINGS = [
  "' OR 1=1 --",
  '"; DROP TABLE users; --',
  "王'); DELETE FROM audit_log; --",
  '"',
  '*',
  'NEAR(张 伟)',
  '张 OR 李',
  '^3栋',
  'col:1203',
  '{chars py}',
  '%_%',
  '\\',
  '3栋2单元1203\u0000',
  '王\u202e伟',
  '\u2066李娜\u2069',
  '\u0007\u001b[31m',
  '👨‍👩‍👧🏠🔑',
  '𠮷野家',
  '   ',
  '',
  '2026-02-30',
  '2026-13-01T25:61:00',
  '0000-00-00',
  'NaN',
  '__proto__',
  'constructor',
  BIG,
];

const HOSTILE_NUMBERS = [0, -1, 1.5, 2 ** 53 + 2, -(2 ** 31), 1e308, Number.MIN_VALUE];

const hostileValue = fc.oneof(
  fc.constantFrom<unknown>(...HOSTILE_STRINGS, ...HOSTILE_NUMBERS, true, false, null, [], {}),
  fc.constant(JSON.parse('{"__proto__": {"isAdmin": true}}') as unknown),
  fc.constant(JSON.parse('{"constructor": {"prototype": {"polluted": 1}}}') as unknown),
  fc.array(fc.constantFrom<unknown>(...HOSTILE_STRINGS.slice(0, 10)), { maxLength: 3 }),
);

interface Def {
  type: string;
  checks?: { _zod: { def: { check: string; maximum?: number; minimum?: number; value?: number; format?: string; pattern?: RegExp } } }[];
  innerType?: Schema;
  in?: Schema;
  shape?: Record<string, Schema>;
  element?: Schema;
  options?: Schema[];
  entries?: Record<string, string | number>;
  values?: unknown[];
}
type Schema = z.ZodType & { _zod: { def: Def } };

function check(def: Def, name: string) {
  return def.checks?.map((c) => c._zod.def).find((c) => c.check === name || c.format === name);
}

/** A plausible value for a schema, or a hostile one a quarter of the time. */
export function arbitraryFor(schema: z.ZodType, depth = 0): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: plausible(schema as Schema, depth), weight: 3 }, { arbitrary: hostileValue, weight: 1 });
}

function plausible(schema: Schema, depth: number): fc.Arbitrary<unknown> {
  const def = schema._zod.def;
  switch (def.type) {
    case 'string': {
      const regex = check(def, 'regex')?.pattern;
      const max = check(def, 'max_length')?.maximum ?? 40;
      const base = regex ? fc.stringMatching(regex) : fc.string({ maxLength: Math.min(max, 40), unit: 'grapheme' });
      return fc.oneof(base, fc.constantFrom('王建华', '3栋2单元1203', 'SF1234567890123', '13812345678', '2026-11-23', '2026-11-23T10:00:00+08:00'));
    }
    case 'number': {
      const min = check(def, 'greater_than')?.value ?? -5;
      const max = check(def, 'less_than')?.value ?? 1000;
      return fc.integer({ min: Math.max(min, -1e6), max: Math.min(max, 1e6) });
    }
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? { x: 'x' }));
    case 'literal':
      return fc.constantFrom(...(def.values ?? [null]));
    case 'optional':
    case 'default':
    case 'prefault':
      return fc.option(plausible(def.innerType as Schema, depth), { nil: undefined });
    case 'nullable':
      return fc.option(plausible(def.innerType as Schema, depth), { nil: null });
    case 'pipe':
      return plausible(def.in as Schema, depth);
    case 'array':
      return depth > 2 ? fc.constant([]) : fc.array(arbitraryFor(def.element as Schema, depth + 1), { maxLength: 4 });
    case 'union':
      return fc.oneof(...(def.options ?? []).map((o) => plausible(o, depth)));
    case 'object': {
      if (depth > 2) return fc.constant({});
      const fields = Object.fromEntries(Object.entries(def.shape ?? {}).map(([k, v]) => [k, arbitraryFor(v, depth + 1)]));
      return fc.record(fields, { requiredKeys: [] }).map((o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)));
    }
    default:
      return hostileValue;
  }
}

/** A whole payload: the schema's shape, a hostile extra key now and then, or something that is not an object at all. */
export function payloadFor(schema: z.ZodType): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: plausible(schema as Schema, 0), weight: 6 },
    { arbitrary: fc.tuple(plausible(schema as Schema, 0), fc.constantFrom('__proto__', 'constructor', 'role', "'; --"), hostileValue).map(([p, k, v]) => withKey(p, k, v)), weight: 1 },
    { arbitrary: hostileValue, weight: 1 },
  );
}

function withKey(payload: unknown, key: string, value: unknown): unknown {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return payload;
  // defineProperty so that `__proto__` becomes an own key, as JSON.parse would make it.
  const copy = { ...(payload as Record<string, unknown>) };
  Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true });
  return copy;
}
