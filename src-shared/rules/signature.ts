import { z } from 'zod';

/** A drawn signature is a small PNG: the pad crops and scales it to a few kB; 200 kB is the ceiling main accepts. */
export const SIGNATURE_MAX_BYTES = 200 * 1024;

/** A signature as a channel input: a PNG data URL or bare base64, sized so the decoded bytes fit the ceiling. */
export const signatureInput = z.string().min(1).max(Math.ceil((SIGNATURE_MAX_BYTES * 4) / 3) + 40);
