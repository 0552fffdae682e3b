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

/** The organisation's logo printed in register headers: a PNG or JPEG of at most this size. */
export const LOGO_MAX_BYTES = 200 * 1024;

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
  /** The logo as a data URL, or null. Every register reads it for its header, so anyone signed in may. */
  'settings.logo.get': ch<{ logo: string | null }>()({ input: z.object({}).strict(), access: 'any', mutates: false }),
  /** Sets (PNG/JPEG, base64 or data URL) or clears (`null`) the logo. */
  'settings.logo.set': ch<{ logo: string | null }>()({
    input: z.object({ logoBase64: z.string().min(1).max(Math.ceil((LOGO_MAX_BYTES * 4) / 3) + 40).nullable() }).strict(),
    access: ['admin', 'general_manager'],
    mutates: true,
  }),
};
