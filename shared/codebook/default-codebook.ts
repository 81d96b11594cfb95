import { conditions, type ConditionId } from '../conditions';

export interface DefaultCode {
  guid: string;
  conditionId: ConditionId | null;
  label: { nl: string; en: string };
  description: { nl: string | null; en: string | null };
  /** Null: the code shows its condition's colour. */
  color: string | null;
  children: DefaultCode[];
}

/**
 * Fixed GUIDs, so that every project's default codes are the same codes: a codebook exported from one
 * project merges into another instead of doubling the conditions. Never change them.
 * Migration 0004_codebook.sql writes this same codebook; a unit test keeps the two equal.
 */
const guids: Record<ConditionId, { condition: string; domains: string[] }> = {
  security: {
    condition: '78ab488b-8b4a-4b2d-bbd7-af412d36c8bc',
    domains: [
      '1099b8d0-1df0-494d-bb44-d1b21834c13a',
      'f28f1bb4-4e5a-4aa7-99d7-96efee989c7d',
      '800ce6ec-a77b-42d2-8388-ae10753414db',
      '3c2c29e7-5728-446c-a167-7e62f1d7e4d7',
      'da3cf9ca-dcf4-42c5-8e7f-259213424ba5',
    ],
  },
  inclusion: {
    condition: 'cd685153-920e-45c5-a47e-d6a498896bbc',
    domains: [
      'fefbd3a5-4ddb-490e-9c55-e4477ada4484',
      '3a18f69c-3965-48c4-8443-4f6899d82a3a',
      '08686d11-9c9c-4495-979c-30d92c301f82',
      '048b0f51-712b-4a57-96cd-39e92b73ebdd',
    ],
  },
  cohesion: {
    condition: '2998f1de-d088-43f7-beb6-242754742da7',
    domains: [
      'bb274308-20b6-49a2-94a8-4a932444ab9b',
      '1802c7c9-93bb-483f-b99f-2926a2efa7bf',
      '9f184aaf-ce7d-4456-ad6d-e1c6c87fcfc1',
      '757e17dc-5660-44c5-a39f-a6b38fbafe8f',
    ],
  },
  empowerment: {
    condition: '187812df-13ed-4894-be67-0b870a6137a4',
    domains: [
      '2c0f36de-4dd0-4a58-8344-866eb927051f',
      'f79c1a0b-b309-476f-9c2e-2868b59d0e83',
      '21b71ec1-05d8-4769-a24a-046ea8b78363',
      '6bad1231-05be-453e-a84c-fd22e2fdf4cd',
      'cca1ee94-61ed-4c8d-96ac-fcfbc45db1dd',
    ],
  },
};

/** The value each condition serves (docs/ARCHITECTURE.md §1) and what it is about, in one or two lines. */
const conditionDescriptions: Record<ConditionId, { nl: string; en: string }> = {
  security: {
    nl: 'Dient rechtvaardigheid: de mate waarin mensen over tijd beschikken over de middelen die ze nodig hebben om mee te doen.',
    en: 'Serves social justice: the extent to which people have, over time, the resources they need to take part.',
  },
  inclusion: {
    nl: 'Dient gelijkwaardigheid: de mate waarin mensen toegang hebben tot de instituties en sociale verbanden van het dagelijks leven.',
    en: 'Serves equal value: the extent to which people have access to the institutions and social relations of everyday life.',
  },
  cohesion: {
    nl: 'Dient solidariteit: de mate waarin sociale verbanden op gedeelde waarden, normen en identiteit berusten.',
    en: 'Serves solidarity: the extent to which social relations rest on shared values, norms and identities.',
  },
  empowerment: {
    nl: 'Dient menselijke waardigheid: de mate waarin mensen door hun sociale verbanden in staat zijn te handelen en zich te ontwikkelen.',
    en: 'Serves human dignity: the extent to which people’s social relations enable them to act and to develop themselves.',
  },
};

/** The domains whose scope docs/ARCHITECTURE.md §1 spells out; the others are clear from their name. */
const domainDescriptions: Partial<Record<string, { nl: string; en: string }>> = {
  'inclusion/2': {
    nl: 'Publieke en private voorzieningen, inclusief informatievoorziening en toegankelijkheid.',
    en: 'Public and private services, including the provision of information and accessibility.',
  },
  'cohesion/2': { nl: 'Betekenisvolle ontmoetingen.', en: 'Meaningful encounters.' },
  'empowerment/4': { nl: 'Inclusief jezelf ontwikkelen.', en: 'Including developing yourself.' },
};

/** The Social Quality codebook every project starts with: the four conditions with their domains. */
export const defaultCodebook: readonly DefaultCode[] = conditions.map((condition) => ({
  guid: guids[condition.id].condition,
  conditionId: condition.id,
  label: condition.label,
  description: conditionDescriptions[condition.id],
  color: condition.color,
  children: condition.domains.map((domain, index) => {
    const description = domainDescriptions[`${condition.id}/${index}`];
    return {
      guid: guids[condition.id].domains[index] ?? '',
      conditionId: null,
      label: domain,
      description: { nl: description?.nl ?? null, en: description?.en ?? null },
      color: null,
      children: [],
    };
  }),
}));
