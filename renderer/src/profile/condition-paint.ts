import { conditionOf, type ConditionPaint } from '../../../shared/scores/profile-data';

/** A condition's colour in the app: its design token, with the plain colour where the token is missing. */
export const tokenPaint: ConditionPaint = (id) => `var(--condition-${id}, ${conditionOf(id).color})`;
