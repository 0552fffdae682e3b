// Builds a benchmark data set: `node --import tsx tests/bench/build-cli.ts <dataDir> <sizes JSON>` (run by bench.ts).
process.env.TZ = 'Asia/Shanghai';

import { benchClock, buildDataSet } from './dataset';
import type { Sizes } from './scale';

const [dataDir, sizes] = process.argv.slice(2);
buildDataSet(dataDir, JSON.parse(sizes) as Sizes, benchClock(), (line) => console.log(line)).catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
