/**
 * The GUIDs of the default codebook's domains (shared/codebook/default-codebook.ts) that keywords point
 * at; a unit test checks each against the codebook.
 */
const domain = {
  financialResources: '1099b8d0-1df0-494d-bb44-d1b21834c13a', // security › financiële middelen
  housing: 'f28f1bb4-4e5a-4aa7-99d7-96efee989c7d', // security › wonen en woonomgeving
  healthAndCare: '800ce6ec-a77b-42d2-8388-ae10753414db', // security › gezondheid en zorg
  work: '3c2c29e7-5728-446c-a167-7e62f1d7e4d7', // security › werk
  education: 'da3cf9ca-dcf4-42c5-8e7f-259213424ba5', // security › onderwijs
  citizenshipRights: 'fefbd3a5-4ddb-490e-9c55-e4477ada4484', // inclusion › burgerschapsrechten
  services: '08686d11-9c9c-4495-979c-30d92c301f82', // inclusion › voorzieningen
  inclusionNetworks: '048b0f51-712b-4a57-96cd-39e92b73ebdd', // inclusion › sociale netwerken
  trust: 'bb274308-20b6-49a2-94a8-4a932444ab9b', // cohesion › vertrouwen
  normsAndValues: '1802c7c9-93bb-483f-b99f-2926a2efa7bf', // cohesion › integrerende normen en waarden
  cohesionNetworks: '9f184aaf-ce7d-4456-ad6d-e1c6c87fcfc1', // cohesion › sociale netwerken
  identity: '757e17dc-5660-44c5-a39f-a6b38fbafe8f', // cohesion › identiteit
  knowledgeBase: '2c0f36de-4dd0-4a58-8344-866eb927051f', // empowerment › kennisbasis
  empowermentLabourMarket: 'f79c1a0b-b309-476f-9c2e-2868b59d0e83', // empowerment › arbeidsmarkt
  openInstitutions: '21b71ec1-05d8-4769-a24a-046ea8b78363', // empowerment › openheid van instituties
  publicSpace: '6bad1231-05be-453e-a84c-fd22e2fdf4cd', // empowerment › publieke ruimte
  personalRelations: 'cca1ee94-61ed-4c8d-96ac-fcfbc45db1dd', // empowerment › persoonlijke relaties
} as const;

/**
 * The default Dutch dictionary for suggesting codes on open answers. `code` is a condition id or the GUID
 * of a domain in the default codebook; a domain's hit suggests its condition too.
 *
 * Patterns are chosen so that common words do not hit by accident: `*zorg` (mantelzorg, thuiszorg) but
 * not `zorg*` (zorgen dat …), `huur*` but not `*huur` (schuur), `leren` but not `*leren` (kleren),
 * `vertrouw*` but not `*vertrouw*` (zelfvertrouwen is empowerment), `zelf` but not `zelf*` (zelfs).
 */
export const defaultKeywords: readonly { code: string; patterns: readonly string[] }[] = [
  // Sociaaleconomische zekerheid
  {
    code: domain.financialResources,
    patterns: [
      '*inkomen*',
      '*schulden*',
      'schuldhulp*',
      '*armoede*',
      '*geld',
      '*uitkering*',
      'bijstand*',
      '*toeslag*',
      'betaalba*',
    ],
  },
  { code: domain.housing, patterns: ['wonen', '*woning*', 'huur*', 'huren', 'daklo*'] },
  { code: domain.healthAndCare, patterns: ['*gezond*', '*zorg', 'huisarts*', 'ziek*'] },
  { code: domain.work, patterns: ['werk', 'werklo*', 'baan', 'sollicit*'] },
  { code: domain.education, patterns: ['onderwijs*', 'school*', '*opleiding*'] },

  // Sociale inclusie
  { code: 'inclusion', patterns: ['gelijkwaardig*'] },
  { code: domain.citizenshipRights, patterns: ['*discrimin*', 'racis*', 'vooroorde*'] },
  {
    code: domain.services,
    patterns: [
      '*voorziening*',
      '*informatie*',
      'geïnformeerd',
      '*toegankelijk*',
      '*bereikba*',
      'loket*',
      'digita*',
      'bibliothe*',
      'rolstoel*',
      '*vervoer',
    ],
  },
  { code: domain.inclusionNetworks, patterns: ['buitengesloten', 'uitgesloten', 'isolement'] },

  // Sociale cohesie
  { code: 'cohesion', patterns: ['samen', 'saamhorig*'] },
  { code: domain.trust, patterns: ['vertrouw*', 'wantrouw*'] },
  { code: domain.normsAndValues, patterns: ['respect*', '*overlast*'] },
  {
    code: domain.cohesionNetworks,
    patterns: [
      '*eenzaam*',
      '*eenzam*',
      '*ontmoet*',
      'buren',
      'buurtgeno*',
      'buurman',
      'buurvrouw',
      'elkaar',
      'contact*',
      '*vereniging*',
      'straatfeest*',
    ],
  },
  { code: domain.identity, patterns: ['trots', 'verbonden*'] },

  // Sociale empowerment
  { code: 'empowerment', patterns: ['zelf', 'meedoe*', 'participatie*', 'vrijwillig*', 'zelfredzaam*'] },
  { code: domain.knowledgeBase, patterns: ['leren', '*cursus*', '*vaardighe*', 'laaggeletterd*'] },
  { code: domain.empowermentLabourMarket, patterns: ['omschol*'] },
  { code: domain.openInstitutions, patterns: ['invloed*', '*inspraak*', 'luister*', 'zeggenschap'] },
  { code: domain.publicSpace, patterns: ['park', 'speeltuin*', 'plein*'] },
  { code: domain.personalRelations, patterns: ['ontwikkel*', 'zelfstandig*', 'zelfvertrouwen', 'talent*'] },
];
