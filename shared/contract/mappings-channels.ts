import { z } from 'zod';
import { IndicatorMappingSchema, type MappedIndicator } from '../scores/score-types';
import { channel } from './define-channel';

const Empty = z.object({}).strict();
const VariableRef = z.object({ dataset: z.string().trim().min(1), variable: z.string().trim().min(1) }).strict();

/** Indicator mapping: every mapped variable of every dataset. */
export const mappingsChannels = {
  'mappings.list': channel<typeof Empty, MappedIndicator[]>(Empty),
  'mappings.set': channel<typeof IndicatorMappingSchema, MappedIndicator[]>(IndicatorMappingSchema),
  'mappings.remove': channel<typeof VariableRef, MappedIndicator[]>(VariableRef),
} as const;
