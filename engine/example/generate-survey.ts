import iconv from 'iconv-lite';
import { seededRandom } from './random';

/**
 * A generated, realistic survey of residents of Nijmegen's nine wijken, written the way a Dutch survey
 * tool's spreadsheet export is: `;` between fields, decimal commas, CRLF, Windows-1252, quoted open
 * answers that contain `;`, quotes and line breaks, and 9 for "weet niet".
 *
 * The wijk effects follow the real GGD 2016 figures (datasets/ggd-wijk-eenzaamheid-2016.csv): where
 * more people are lonely, residents rate cohesion lower; where more feel in control of their life,
 * empowerment is higher; where health is better, security is higher. Inclusion gets a wijk effect of
 * its own. Nijmegen-Noord has only 8 respondents, so the publication threshold (n < 10) has a case.
 */

export interface SurveyWijk {
  code: string;
  name: string;
  respondents: number;
  /** GGD 2016: % eenzaam, % met voldoende regie, % met goede ervaren gezondheid. */
  lonely: number;
  control: number;
  health: number;
  inclusion: number;
}

// prettier-ignore
export const surveyWijken: readonly SurveyWijk[] = [
  { code: 'WK026801', name: 'Nijmegen-Centrum', respondents: 164, lonely: 42, control: 92, health: 80, inclusion: 0.3 },
  { code: 'WK026802', name: 'Nijmegen-Oost', respondents: 402, lonely: 41, control: 92, health: 79, inclusion: 0.4 },
  { code: 'WK026803', name: 'Nijmegen-Oud-West', respondents: 175, lonely: 45, control: 89, health: 74, inclusion: -0.1 },
  { code: 'WK026804', name: 'Nijmegen-Nieuw-West', respondents: 196, lonely: 47, control: 89, health: 73, inclusion: -0.3 },
  { code: 'WK026805', name: 'Nijmegen-Midden', respondents: 221, lonely: 44, control: 91, health: 76, inclusion: 0.1 },
  { code: 'WK026806', name: 'Nijmegen-Zuid', respondents: 268, lonely: 50, control: 88, health: 69, inclusion: -0.2 },
  { code: 'WK026807', name: 'Dukenburg', respondents: 243, lonely: 52, control: 87, health: 68, inclusion: -0.4 },
  { code: 'WK026808', name: 'Lindenholt', respondents: 123, lonely: 47, control: 90, health: 75, inclusion: -0.1 },
  { code: 'WK026809', name: 'Nijmegen-Noord', respondents: 8, lonely: 38, control: 93, health: 82, inclusion: 0.2 },
];

// prettier-ignore
/**
 * Likert items (1 = helemaal mee oneens … 5 = helemaal mee eens), three per condition, each with the ENIQ
 * domain it asks about (docs/ARCHITECTURE.md §1). "Grip op mijn eigen leven" is empowerment itself, not one of its domains.
 */
export const surveyItems = [
  { name: 'zek_rondkomen', condition: 'security', domain: 'financiële middelen', label: 'Ik kan rondkomen van mijn inkomen' },
  { name: 'zek_gezondheid', condition: 'security', domain: 'gezondheid en zorg', label: 'Mijn gezondheid is goed' },
  { name: 'zek_wonen', condition: 'security', domain: 'wonen en woonomgeving', label: 'Ik woon in een goede, betaalbare woning' },
  { name: 'inc_voorzieningen', condition: 'inclusion', domain: 'voorzieningen', label: 'Voorzieningen in de buurt zijn goed bereikbaar voor mij' },
  { name: 'inc_gelijkwaardig', condition: 'inclusion', domain: 'burgerschapsrechten', label: 'Ik word in de buurt als gelijkwaardig behandeld' },
  { name: 'inc_informatie', condition: 'inclusion', domain: 'voorzieningen', label: 'Ik weet waar ik terecht kan met vragen' },
  { name: 'coh_vertrouwen', condition: 'cohesion', domain: 'vertrouwen', label: 'Ik vertrouw mijn buren' },
  { name: 'coh_helpen', condition: 'cohesion', domain: 'integrerende normen en waarden', label: 'Mensen in de buurt helpen elkaar' },
  { name: 'coh_thuis', condition: 'cohesion', domain: 'identiteit', label: 'Ik voel me thuis in de buurt' },
  { name: 'emp_invloed', condition: 'empowerment', domain: 'openheid van instituties', label: 'Ik heb invloed op wat er in de buurt gebeurt' },
  { name: 'emp_ontwikkelen', condition: 'empowerment', domain: 'persoonlijke relaties', label: 'Ik kan mij ontwikkelen (leren, werk, vrijwilligerswerk)' },
  { name: 'emp_regie', condition: 'empowerment', domain: null, label: 'Ik heb grip op mijn eigen leven' },
] as const;

export const likertLabels: Record<string, string> = {
  '1': 'helemaal mee oneens',
  '2': 'mee oneens',
  '3': 'neutraal',
  '4': 'mee eens',
  '5': 'helemaal mee eens',
};

const answersByCondition: Record<string, string[]> = {
  security: [
    'Meer hulp bij schulden; de wachtlijst bij de schuldhulp is te lang.',
    'Betaalbare woningen voor jongeren en ouderen.',
    'Ik zoek al een jaar werk, begeleiding naar werk zou helpen.',
    'Het inkomen is te laag om rond te komen, alles wordt duurder.',
    'De huisarts is moeilijk bereikbaar.',
  ],
  inclusion: [
    'Informatie van de gemeente is lastig te vinden, en vaak alleen digitaal.',
    'Het buurthuis is niet toegankelijk met een rolstoel.',
    'Ik merk discriminatie bij het zoeken naar een woning.',
    'Betere voorzieningen: een bibliotheek en een café in de wijk.',
  ],
  cohesion: [
    'Meer ontmoeten met de buren, bijvoorbeeld een straatfeest.',
    'Ik voel me eenzaam sinds mijn partner is overleden.',
    'Vertrouwen tussen oude en nieuwe bewoners is er nauwelijks.',
    'Een plek waar je elkaar tegenkomt; de markt was zo’n plek.',
  ],
  empowerment: [
    'Bewoners meer invloed geven op plannen voor het park.',
    'Cursussen in de wijk zodat mensen zich kunnen ontwikkelen.',
    'Zelf meedoen aan het buurtbudget, niet alleen inspraak achteraf.',
    'De gemeente luistert niet echt naar ideeën van bewoners.',
  ],
};

export interface GeneratedSurvey {
  /** The file's bytes, Windows-1252. */
  bytes: Buffer;
  rows: number;
}

function gaussian(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

function likert(latent: number): number {
  const thresholds = [-1.6, -0.6, 0.4, 1.4];
  return 1 + thresholds.filter((t) => latent > t).length;
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

export function generateSurvey(seed = 2026): GeneratedSurvey {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const header = [
    'respondent',
    'wijkcode',
    'wijknaam',
    'leeftijd',
    'geslacht',
    'weging',
    ...surveyItems.map((i) => i.name),
    'buurt_beter',
  ];
  const lines = [header.join(';')];
  const total = surveyWijken.reduce((sum, w) => sum + w.respondents, 0);
  let id = 1000;
  for (const wijk of surveyWijken) {
    const effect: Record<string, number> = {
      security: (wijk.health - 75) / 5,
      inclusion: wijk.inclusion,
      cohesion: -(wijk.lonely - 46) / 5,
      empowerment: (wijk.control - 90) / 2,
    };
    // Weights correct the sample towards the wijk's share of adult residents (oversampled wijken get < 1).
    const weight = ((wijk.respondents / total) ** -0.15 * 0.72).toFixed(3);
    for (let r = 0; r < wijk.respondents; r++) {
      id += 1 + Math.floor(random() * 3);
      const age = 18 + Math.floor(random() * 72);
      const person = gaussian(random) * 0.5;
      const fields: string[] = [
        String(id),
        wijk.code,
        wijk.name,
        String(age),
        pick(['man', 'man', 'vrouw', 'vrouw', 'anders', 'zeg ik liever niet']),
        (Number(weight) * (0.85 + random() * 0.3)).toFixed(4).replace('.', ','),
      ];
      for (const item of surveyItems) {
        const roll = random();
        if (roll < 0.02) fields.push('');
        else if (roll < 0.06) fields.push('9');
        else fields.push(String(likert(effect[item.condition]! * 0.6 + person + gaussian(random) * 0.9)));
      }
      const roll = random();
      if (roll < 0.35) fields.push('');
      else {
        const worst = Object.entries(effect).sort((a, b) => a[1] - b[1])[0]![0];
        const first =
          random() < 0.6
            ? pick(answersByCondition[worst]!)
            : pick(answersByCondition[pick(Object.keys(answersByCondition))]!);
        const second = random() < 0.25 ? `\n${pick(answersByCondition[pick(Object.keys(answersByCondition))]!)}` : '';
        fields.push(quote(`${first}${second}`));
      }
      lines.push(fields.join(';'));
    }
  }
  return { bytes: iconv.encode(`${lines.join('\r\n')}\r\n`, 'windows-1252'), rows: total };
}
