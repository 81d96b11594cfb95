import { ScoreRequestSchema, type ScoreTable } from '../scores/score-types';
import { channel } from './define-channel';

/** Scores per area and condition. */
export const scoresChannels = {
  /** Scores per area and condition for one dataset (docs/ARCHITECTURE.md §1), with every step's figures. */
  'scores.compute': channel<typeof ScoreRequestSchema, ScoreTable>(ScoreRequestSchema),
} as const;
