import { describe, expect, it } from 'vitest';
import { contract } from '../../src-shared/contract';
import { REGISTER_CHANNELS } from '../../src-shared/modules/registers';
import { describeRegister, registerParams } from '../../src-renderer/features/registers/describe';
import { registersUi } from '../../src-renderer/features/registers/strings';

const FORM = { from: '2026-11-01', to: '2026-11-30', day: '2026-11-20', buildingId: '' };

describe('register centre', () => {
  it('builds params every listed register accepts, from the period form alone', () => {
    for (const channel of REGISTER_CHANNELS) {
      const entry = describeRegister(channel);
      if (entry.perDocument) continue;
      const params = registerParams(entry, FORM);
      expect(contract[channel].input.safeParse(params).success, `${channel} ${JSON.stringify(params)}`).toBe(true);
      expect(contract[channel].input.safeParse(registerParams(entry, { ...FORM, buildingId: '3' })).success, channel).toBe(true);
    }
  });

  it('reads period, day and building from each register’s schema', () => {
    expect(describeRegister('visitors.register')).toMatchObject({ module: 'visitors', period: 'required', building: true, day: false, perDocument: false });
    expect(describeRegister('passes.register')).toMatchObject({ period: 'optional', building: false });
    expect(describeRegister('visitors.evacuation.register')).toMatchObject({ period: null, building: true });
    expect(describeRegister('mail.batches.handover').perDocument).toBe(true);
    // An open period leaves from/to out rather than sending half of it.
    expect(registerParams(describeRegister('passes.register'), { ...FORM, from: '' })).toEqual({});
  });

  it('has a Chinese name for every register', () => {
    const missing = REGISTER_CHANNELS.filter((c) => !registersUi.zhCN.names[c]);
    expect(missing).toEqual([]);
  });
});
