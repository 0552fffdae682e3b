import { formatTime } from '../../src-shared/rules/time';
import { automaticBackup, dailyBackupDue } from '../modules/backups/automatic';
import { closeForgottenVisits, purgeOldVisits } from '../modules/visitors/jobs';
import type { RunJob, SystemJob } from './runner';

/** Every job the desk runs by itself, at start and then every minute (each is cheap when there is nothing to do). */
export const JOBS: SystemJob[] = [
  {
    name: 'visitors.autoCheckOut',
    entity: 'visit',
    run: (db, now) => {
      const { closed, visitNos } = closeForgottenVisits(db, now);
      return closed ? `自动签离 ${closed} 条未签离访客：${visitNos.join('、')}` : null;
    },
  },
  {
    name: 'visitors.purge',
    entity: 'visit',
    run: (db, now) => {
      const r = purgeOldVisits(db, now);
      return r.visits || r.people
        ? `按保留期限清除访客个人信息：${formatTime(r.before)} 以前的 ${r.visits} 条访客记录、${r.people} 位访客档案的证件号码和电话已不可逆地遮盖`
        : null;
    },
  },
  {
    // Issue 8: one online backup a day into <dataDir>/backups, pruned by the retention rule.
    name: 'backups.daily',
    entity: 'backup',
    run: () => null,
    outside: async (rt, now) => (dailyBackupDue(rt.db, now) ? automaticBackup(rt, 'auto', now) : null),
  },
];

export interface Scheduler {
  /** Runs every job once now; resolves when they are done. */
  runAll(): Promise<void>;
  /** Stops the timer and waits for a run in progress, so the store can close under it. */
  stop(): Promise<void>;
}

/** A failing job is logged and tried again next time; it must never take the desk down. */
export function startScheduler(runJob: RunJob, jobs: SystemJob[], intervalMs: number): Scheduler {
  let running: Promise<void> | null = null;
  const runAll = () => {
    running ??= (async () => {
      for (const job of jobs) {
        try {
          await runJob(job);
        } catch (err) {
          console.error(`[jobs] ${job.name} failed:`, err instanceof Error ? err.stack : err);
        }
      }
    })().finally(() => {
      running = null;
    });
    return running;
  };
  const timer = setInterval(() => void runAll(), intervalMs);
  timer.unref();
  return {
    runAll,
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
