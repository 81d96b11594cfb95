import type Database from 'better-sqlite3';
import type { WordsIndexReport, WordsIndexRequest } from '../../shared/coding/coding-types';
import { defaultWordsCoder, MIN_OVERLAY_AREAS, wordsIndex } from '../../shared/coding/words-index';
import { raise } from '../../shared/contract/errors';
import { listDatasets } from '../datasets/list-datasets';
import { computeScores } from '../scores/compute-scores';
import { listMappings } from '../scores/mappings';
import { codingProfile } from './coding-profile';
import { allProgress } from './record-coding';

/**
 * The words index as Analyse → Woorden en cijfers computes it: the coder's profile (`coding.profile`),
 * standardised over the areas in the reference set of the figures' scores (`scores.compute`) that have
 * enough coded records. Without mapped indicators there are no figures and so no reference set.
 */
export function wordsIndexReport(db: Database.Database, request: WordsIndexRequest): WordsIndexReport {
  const { dataset, municipality, reference, audience } = request;
  // The coder the view opens on: the consensus, else the one with the most coded records.
  const coder =
    request.coder ?? defaultWordsCoder(allProgress(db, dataset))?.coder ?? raise('words_nothing_coded', { dataset });
  const profile = codingProfile(db, { dataset, coder, audience });
  const mapped = new Set(listMappings(db).map((mapping) => mapping.dataset));
  const figures = request.figures ?? listDatasets(db).find((candidate) => mapped.has(candidate.name))?.name ?? null;
  const scores = figures === null ? null : computeScores(db, { dataset: figures, municipality, reference, audience });
  const figuresReference = new Set(
    scores && scores.indicators.length > 0
      ? scores.areas.filter((area) => area.inReference).map((area) => area.code)
      : [],
  );
  const words = wordsIndex(profile, figuresReference);
  const standardisedOver = new Set(words.reference);
  return {
    dataset: profile.dataset,
    coder: profile.coder,
    figures,
    audience,
    threshold: profile.threshold,
    minimumAreas: MIN_OVERLAY_AREAS,
    reference: words.reference,
    areas: profile.areas.map((area) => ({
      code: area.code,
      name: area.name,
      coded: area.coded,
      belowThreshold: area.belowThreshold,
      inReference: standardisedOver.has(area.code),
      index: words.index.get(area.code)!,
    })),
  };
}
