// The desk keeps Beijing time: daily numbers, "today" and register periods are computed in it wherever this runs.
process.env.TZ = 'Asia/Shanghai';

import path from 'node:path';
import { runBench } from './bench';
import { formatTable, writeJson } from './report';
import { SCALES, type ScaleName } from './scale';

/** `npm run bench [-- --scale small|full] [--no-pdf] [--out bench-results.json] [--keep DIR] [--only id-prefix,…]` */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const arg = (name: string) => argv.find((a, i) => argv[i - 1] === name) ?? argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
  const scale = (arg('--scale') ?? 'small') as ScaleName;
  if (!(scale in SCALES)) throw new Error(`--scale must be one of ${Object.keys(SCALES).join(', ')}`);
  const out = path.resolve(arg('--out') ?? 'bench-results.json');
  const started = Date.now();
  const result = await runBench({
    scale,
    pdf: !argv.includes('--no-pdf'),
    keep: arg('--keep'),
    only: arg('--only')?.split(','),
    log: (line) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${line}`),
  });
  console.log(`\n${formatTable(result)}`);
  writeJson(out, result);
  console.log(`\nresults: ${out}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
