// Child process of tests/db/crash-safety.test.ts: writes occupants through the real dispatcher in a loop and prints
// `ACK <id>` only after each call returned, i.e. after its transaction committed. The parent kills it at random.
import { openDesk } from '../../src-main/desk';

const [dataDir, cycle] = process.argv.slice(2);
const PASSWORD = 'Crash2026ok';

async function main(): Promise<void> {
  const desk = await openDesk({ dataDir });
  const status = await desk.dispatch('auth.status', {});
  const first = status.ok && (status.data as { needsSetup: boolean }).needsSetup;
  const auth = first
    ? await desk.dispatch('auth.setup', { orgName: '阳光花园物业服务中心', username: 'admin', displayName: '王建军', password: PASSWORD })
    : await desk.dispatch('auth.login', { username: 'admin', password: PASSWORD });
  if (!auth.ok) throw new Error(auth.error.message);
  const token = (auth.data as { token: string }).token;
  let unitId: number;
  const units = await desk.dispatch('directory.units.list', {}, { token });
  if (units.ok && (units.data as { id: number }[]).length > 0) unitId = (units.data as { id: number }[])[0].id;
  else {
    const b = await desk.dispatch('directory.buildings.save', { name: '3' }, { token });
    const u = await desk.dispatch('directory.units.save', { buildingId: (b as { data: { id: number } }).data.id, entrance: '2', room: '1203' }, { token });
    unitId = (u as { data: { id: number } }).data.id;
  }
  process.stdout.write('READY\n');
  for (let i = 0; ; i++) {
    const res = await desk.dispatch('directory.occupants.save', { unitId, name: `住户${cycle}-${i}`, kind: 'tenant', phone: '13812345678' }, { token });
    if (!res.ok) throw new Error(res.error.message);
    process.stdout.write(`ACK ${(res.data as { id: number }).id}\n`);
  }
}

main().catch((err) => {
  process.stderr.write(String(err instanceof Error ? err.stack : err));
  process.exit(1);
});
