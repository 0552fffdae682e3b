import { z } from 'zod';
import { ch } from '../contract-kit';
import { requiredText } from '../rules/text';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface DeskSettings {
  orgName: string;
  idleMinutes: number;
  language: Language;
}

export const settingsChannels = {
  'settings.get': ch<DeskSettings>()({ input: z.object({}).strict(), access: 'any', mutates: false }),
  'settings.update': ch<DeskSettings>()({
    input: z
      .object({
        orgName: requiredText(60).optional(),
        idleMinutes: z.number().int().min(1).max(240).optional(),
        language: z.enum(LANGUAGES).optional(),
      })
      .strict(),
    access: ['admin', 'general_manager'],
    mutates: true,
  }),
};
