import { DeskError } from '../../src-shared/errors';
import { translate } from '../../src-shared/i18n';
import { resolveDataDir } from '../db/data-dir';
import { startHarness } from './server';

/** `npm run web [-- --port 4317 --data-dir DIR --static out/web --test-clock]`: the desk in a browser, on 127.0.0.1 only. */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const portArg = argv.find((a, i) => argv[i - 1] === '--port') ?? argv.find((a) => a.startsWith('--port='))?.slice(7);
  const staticDir = argv.find((a, i) => argv[i - 1] === '--static');
  const dataDir = resolveDataDir(argv, process.env, '') || undefined;
  const harness = await startHarness({ dataDir, staticDir, port: portArg ? Number(portArg) : 4317, testClock: argv.includes('--test-clock'), backupOnClose: true });
  console.log(`FrontDesk harness: ${harness.url}`);
  console.log(`Data: ${harness.dataDir}`);
  const stop = async () => {
    await harness.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  console.error(err instanceof DeskError ? translate('zh-CN', `errors.${err.code}`, err.params) : err);
  process.exit(1);
});
