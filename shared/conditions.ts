import type { LocalizedText } from './contract/result';

/** The four conditions of social quality, always in this order (docs/ARCHITECTURE.md §1). */
export const conditionIds = ['security', 'inclusion', 'cohesion', 'empowerment'] as const;
export type ConditionId = (typeof conditionIds)[number];

export interface Condition {
  id: ConditionId;
  label: LocalizedText;
  value: LocalizedText;
  /** Okabe–Ito, colour-blind safe. */
  color: string;
  domains: LocalizedText[];
}

export const conditions: readonly Condition[] = [
  {
    id: 'security',
    label: { nl: 'Sociaaleconomische zekerheid', en: 'Socio-economic security' },
    value: { nl: 'rechtvaardigheid', en: 'social justice' },
    color: '#E69F00',
    domains: [
      { nl: 'financiële middelen', en: 'financial resources' },
      { nl: 'wonen en woonomgeving', en: 'housing and environment' },
      { nl: 'gezondheid en zorg', en: 'health and care' },
      { nl: 'werk', en: 'work' },
      { nl: 'onderwijs', en: 'education' },
    ],
  },
  {
    id: 'inclusion',
    label: { nl: 'Sociale inclusie', en: 'Social inclusion' },
    value: { nl: 'gelijkwaardigheid', en: 'equal value' },
    color: '#56B4E9',
    domains: [
      { nl: 'burgerschapsrechten', en: 'citizenship rights' },
      { nl: 'arbeidsmarkt', en: 'labour market' },
      { nl: 'voorzieningen', en: 'services' },
      { nl: 'sociale netwerken', en: 'social networks' },
    ],
  },
  {
    id: 'cohesion',
    label: { nl: 'Sociale cohesie', en: 'Social cohesion' },
    value: { nl: 'solidariteit', en: 'solidarity' },
    color: '#009E73',
    domains: [
      { nl: 'vertrouwen', en: 'trust' },
      { nl: 'integrerende normen en waarden', en: 'integrative norms and values' },
      { nl: 'sociale netwerken', en: 'social networks' },
      { nl: 'identiteit', en: 'identity' },
    ],
  },
  {
    id: 'empowerment',
    label: { nl: 'Sociale empowerment', en: 'Social empowerment' },
    value: { nl: 'menselijke waardigheid', en: 'human dignity' },
    color: '#CC79A7',
    domains: [
      { nl: 'kennisbasis', en: 'knowledge base' },
      { nl: 'arbeidsmarkt', en: 'labour market' },
      { nl: 'openheid van instituties', en: 'openness of institutions' },
      { nl: 'publieke ruimte', en: 'public space' },
      { nl: 'persoonlijke relaties', en: 'personal relationships' },
    ],
  },
];
