import path from 'node:path';

export const DB_FILE_NAME = 'frontdesk.sqlite';

/** `--data-dir X`, `--data-dir=X`, then FRONTDESK_DATA_DIR, then the host's default (Electron userData). */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, fallback: string): string {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--data-dir' && argv[i + 1]) return path.resolve(argv[i + 1]);
    if (arg.startsWith('--data-dir=')) return path.resolve(arg.slice('--data-dir='.length));
  }
  if (env.FRONTDESK_DATA_DIR) return path.resolve(env.FRONTDESK_DATA_DIR);
  return fallback;
}
