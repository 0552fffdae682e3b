// Child process of tests/db/crash-safety.test.ts: writes through the real dispatcher in a loop — a visitor check-in, a
// parcel sign-in, an occupant, in turn — and prints `ACK <kind> <id>` only after each call returned, i.e. after its
// transaction committed. The parent kills it at random.
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
  const deskToken = await receptionist(desk, token, Boolean(first));
  let unitId: number;
  const units = await desk.dispatch('directory.units.list', {}, { token });
  if (units.ok && (units.data as { id: number }[]).length > 0) unitId = (units.data as { id: number }[])[0].id;
  else {
    const b = await desk.dispatch('directory.buildings.save', { name: '3' }, { token });
    const u = await desk.dispatch('directory.units.save', { buildingId: (b as { data: { id: number } }).data.id, entrance: '2', room: '1203' }, { token });
    unitId = (u as { data: { id: number } }).data.id;
  }
  const occupant = await desk.dispatch('directory.occupants.save', { unitId, name: '张伟', kind: 'owner', phone: '13812345678' }, { token });
  if (!occupant.ok) throw new Error(occupant.error.message);
  const occupantId = (occupant.data as { id: number }).id;
  process.stdout.write('READY\n');
  for (let i = 0; ; i++) {
    const seq = Number(cycle) * 100_000 + i;
    const [kind, res] =
      i % 3 === 0
        ? ['visit', await desk.dispatch('visitors.checkIn', { name: `王建华${i}`, idType: 'resident_id', idNumber: idNumber(seq), phone: '13912345678', purpose: '商务洽谈', unitId, partySize: 1, plate: '', company: '' }, { token: deskToken })]
        : i % 3 === 1
          ? ['parcel', await desk.dispatch('mail.parcels.signIn', { trackingNo: `SF${String(seq).padStart(13, '0')}`, carrier: 'SF', occupantId }, { token: deskToken })]
          : ['occupant', await desk.dispatch('directory.occupants.save', { unitId, name: `住户${cycle}-${i}`, kind: 'tenant', phone: '13812345678' }, { token })];
    if (!res.ok) throw new Error(`${kind}: ${res.error.message}`);
    process.stdout.write(`ACK ${kind} ${(res.data as { id: number }).id}\n`);
  }
}

/** The receptionist who checks visitors in and signs for parcels (the administrator may not). */
async function receptionist(desk: Awaited<ReturnType<typeof openDesk>>, adminToken: string, first: boolean): Promise<string> {
  if (first) {
    const made = await desk.dispatch('users.create', { username: 'qianmei', displayName: '钱梅', roles: ['receptionist'], password: PASSWORD }, { token: adminToken });
    if (!made.ok) throw new Error(made.error.message);
  }
  const login = await desk.dispatch('auth.login', { username: 'qianmei', password: PASSWORD });
  if (!login.ok) throw new Error(login.error.message);
  return (login.data as { token: string }).token;
}

/** A different resident ID number (GB 11643 check digit) for every visit, so that no visitor is still on site. */
function idNumber(seq: number): string {
  const born = new Date(Date.UTC(1960, 0, 1) + (seq % 20_000) * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
  const body = `110101${born}${String(Math.floor(seq / 20_000) % 1000).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((acc, d, i) => acc + Number(d) * weights[i], 0);
  return body + '10X98765432'[sum % 11];
}

main().catch((err) => {
  process.stderr.write(String(err instanceof Error ? err.stack : err));
  process.exit(1);
});
