import { z } from 'zod';

/** The two languages the Werkbank speaks: Dutch (the default) and English. */
export const LanguageSchema = z.enum(['nl', 'en']);
export type Language = z.infer<typeof LanguageSchema>;
