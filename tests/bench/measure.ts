import { performance } from 'node:perf_hooks';

export interface Stats {
  n: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentile of sorted milliseconds. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function summarise(ms: readonly number[]): Stats {
  const sorted = [...ms].sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    n: sorted.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    max: round(sorted[sorted.length - 1] ?? Number.NaN),
    mean: round(sorted.reduce((s, x) => s + x, 0) / (sorted.length || 1)),
  };
}

/** A slow query stops after this much timed work once it has `MIN_SAMPLES`: full scale must finish in 15 minutes. */
export const BUDGET_MS = 8_000;
const MIN_SAMPLES = 20;

/**
 * Times up to `reps` calls of `run(i)` one after another (each awaited), after `warmup` untimed calls that fill the
 * page cache and the statement caches, as a desk that has been open a while has them. `n` says how many were timed.
 */
export async function timeCalls(reps: number, run: (i: number) => unknown, warmup = Math.min(5, reps), between?: () => Promise<void>): Promise<Stats> {
  for (let i = 0; i < warmup; i++) {
    await run(reps + i);
    await between?.();
  }
  const ms: number[] = [];
  let spent = 0;
  for (let i = 0; i < reps && (spent < BUDGET_MS || ms.length < MIN_SAMPLES); i++) {
    const t = performance.now();
    await run(i);
    const took = performance.now() - t;
    ms.push(took);
    spent += took;
    await between?.();
  }
  return summarise(ms);
}

/**
 * One turn of the event loop, untimed, between two writes: the Electron shell and the harness receive each call as
 * an event of its own, so what a write schedules for after its reply (the store's upkeep) runs before the next call
 * arrives. Back-to-back awaited calls would never let it run; the bench times that upkeep on its own instead.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Wall time of one async step, in milliseconds. */
export async function timeOnce<T>(step: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const t = performance.now();
  const value = await step();
  return { ms: performance.now() - t, value };
}
