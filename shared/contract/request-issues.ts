import type { z } from 'zod';
import type { LocalizedText } from './result';

type Issue = z.core.$ZodIssue;
type Language = keyof LocalizedText;

/**
 * What a field takes, for the checks zod cannot word from the issue itself (a pattern, a rule across
 * values). A schema names one as its error with `expecting(...)`; the refusal then says it in the user's
 * language, as the rest of a sentence that starts with the field's name.
 */
const expectations = {
  municipality_code: {
    nl: 'moet een gemeentecode zijn, zoals GM0268, 0268 of 268',
    en: 'must be a municipality code, such as GM0268, 0268 or 268',
  },
  guid: {
    nl: 'moet een GUID zijn (32 hexadecimale tekens met streepjes)',
    en: 'must be a GUID (32 hexadecimal characters with hyphens)',
  },
  rising_cut_points: {
    nl: 'moet oplopende grenzen hebben, zoals 90, 110',
    en: 'must have rising cut points, such as 90, 110',
  },
  coders_once: { nl: 'moet elke codeur één keer noemen', en: 'must name each coder once' },
  end_after_start: { nl: 'moet na het begin liggen', en: 'must lie after the start' },
  threshold_needs_base: {
    nl: 'kan alleen samen met een basiskolom (variable)',
    en: 'can only go with a base column (variable)',
  },
} satisfies Record<string, LocalizedText>;

export type Expectation = keyof typeof expectations;

const PREFIX = 'expecting:';

/** The error a schema gives a check (`.regex(pattern, expecting('guid'))`), worded by `describeRequestIssues`. */
export function expecting(key: Expectation): string {
  return `${PREFIX}${key}`;
}

function expectationOf(message: string): LocalizedText | null {
  if (!message.startsWith(PREFIX)) return null;
  const key = message.slice(PREFIX.length);
  return Object.hasOwn(expectations, key) ? expectations[key as Expectation] : null;
}

/** Issues worded one by one; past this many, the rest is counted. */
const SHOWN = 4;

/**
 * A failed validation of a contract request as sentences a user can act on, in both languages: each
 * names the field (`rows.variable`, `plan.columns[2].type`) and what it takes. Never zod's own text:
 * its messages are English only and speak in types and regular expressions.
 */
export function describeRequestIssues(issues: readonly Issue[]): LocalizedText {
  const sentences = issues.slice(0, SHOWN).map((issue) => sentence(issue, []));
  const rest = issues.length - SHOWN;
  const text = (language: Language) => {
    const more =
      rest <= 0
        ? []
        : [
            language === 'nl'
              ? `En nog ${rest} ${rest === 1 ? 'fout' : 'fouten'}.`
              : `And ${rest} more ${rest === 1 ? 'error' : 'errors'}.`,
          ];
    return [...sentences.map((s) => s[language]), ...more].join(' ');
  };
  return { nl: text('nl'), en: text('en') };
}

function both(make: (language: Language) => string): LocalizedText {
  return { nl: make('nl'), en: make('en') };
}

function fieldName(path: readonly PropertyKey[], language: Language): string {
  if (path.length === 0) return language === 'nl' ? 'Het verzoek' : 'The request';
  const written = path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
  return `"${written}"`;
}

/** A value as sent, quoted so that a tab or a quote inside shows as one (`"\t"`), and cut short. */
function quoted(value: unknown): string {
  const text = String(value);
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

const typeNames: Record<string, LocalizedText> = {
  string: { nl: 'tekst', en: 'text' },
  number: { nl: 'een getal', en: 'a number' },
  int: { nl: 'een geheel getal', en: 'a whole number' },
  boolean: { nl: 'true of false', en: 'true or false' },
  object: { nl: 'een object met velden', en: 'an object with fields' },
  record: { nl: 'een object met velden', en: 'an object with fields' },
  array: { nl: 'een lijst', en: 'a list' },
  tuple: { nl: 'een lijst', en: 'a list' },
  null: { nl: 'null', en: 'null' },
  date: { nl: 'een datum', en: 'a date' },
};

function typeName(expected: string, language: Language): string {
  return typeNames[expected]?.[language] ?? expected;
}

/** What was sent, in words: never the whole of an object or list. */
function given(input: unknown, language: Language): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return language === 'nl' ? 'een lijst' : 'a list';
  switch (typeof input) {
    case 'string':
      return quoted(input);
    case 'number':
      return Number.isNaN(input) ? (language === 'nl' ? 'geen getal (NaN)' : 'not a number (NaN)') : String(input);
    case 'boolean':
      return String(input);
    case 'object':
      return language === 'nl' ? 'een object' : 'an object';
    default:
      return typeof input;
  }
}

/** ", not …" where the input was reported, to show the user what was sent. */
function notWhatWasSent(issue: Issue, language: Language): string {
  if (!('input' in issue) || issue.input === undefined || (typeof issue.input === 'object' && issue.input !== null))
    return '';
  return language === 'nl' ? ` (niet ${given(issue.input, language)})` : ` (not ${given(issue.input, language)})`;
}

function list(values: readonly string[], language: Language): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} ${language === 'nl' ? 'of' : 'or'} ${values.at(-1)}`;
}

function sentence(issue: Issue, prefix: readonly PropertyKey[]): LocalizedText {
  const path = [...prefix, ...issue.path];
  const field = (language: Language) => fieldName(path, language);
  const sent = (language: Language) => notWhatWasSent(issue, language);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return both((l) => `${field(l)} ${l === 'nl' ? 'ontbreekt' : 'is missing'}.`);
      return both(
        (l) =>
          `${field(l)} ${l === 'nl' ? 'moet' : 'must be'} ${typeName(issue.expected, l)}${l === 'nl' ? ' zijn' : ''}${sent(l)}.`,
      );
    case 'too_small':
      return both(
        (l) =>
          `${field(l)} ${sizeRule('small', issue.origin, issue.minimum, issue.inclusive ?? true, issue.exact ?? false, l)}${sent(l)}.`,
      );
    case 'too_big':
      return both(
        (l) =>
          `${field(l)} ${sizeRule('big', issue.origin, issue.maximum, issue.inclusive ?? true, issue.exact ?? false, l)}${sent(l)}.`,
      );
    case 'invalid_value': {
      const options = issue.values.map((value) => quoted(value));
      return both((l) =>
        options.length === 1
          ? `${field(l)} ${l === 'nl' ? `moet ${options[0]} zijn` : `must be ${options[0]}`}${sent(l)}.`
          : `${field(l)} ${l === 'nl' ? 'moet een van deze zijn' : 'must be one of'}: ${list(options, l)}${sent(l)}.`,
      );
    }
    case 'invalid_format': {
      const expectation = expectationOf(issue.message);
      if (expectation) return both((l) => `${field(l)} ${expectation[l]}${sent(l)}.`);
      return both((l) => `${field(l)} ${formatRule(issue.format, l)}${sent(l)}.`);
    }
    case 'not_multiple_of':
      return both(
        (l) =>
          `${field(l)} ${l === 'nl' ? `moet een veelvoud van ${issue.divisor} zijn` : `must be a multiple of ${issue.divisor}`}${sent(l)}.`,
      );
    case 'unrecognized_keys': {
      const keys = issue.keys.map((key) => quoted(key));
      return both((l) =>
        l === 'nl'
          ? `${field(l)} heeft ${keys.length === 1 ? 'een onbekend veld' : 'onbekende velden'}: ${keys.join(', ')}.`
          : `${field(l)} has ${keys.length === 1 ? 'an unknown field' : 'unknown fields'}: ${keys.join(', ')}.`,
      );
    }
    case 'invalid_union':
      return unionSentence(issue, prefix, path);
    case 'invalid_key':
    case 'invalid_element':
      return issue.issues[0]
        ? sentence(issue.issues[0], path)
        : both((l) => `${field(l)} ${l === 'nl' ? 'klopt niet' : 'is not right'}.`);
    case 'custom': {
      const expectation = expectationOf(issue.message);
      return both(
        (l) =>
          `${field(l)} ${expectation ? expectation[l] : l === 'nl' ? 'heeft een waarde die hier niet kan' : 'has a value that cannot be used here'}${sent(l)}.`,
      );
    }
  }
}

function sizeRule(
  side: 'small' | 'big',
  origin: string,
  limit: number | bigint,
  inclusive: boolean,
  exact: boolean,
  language: Language,
): string {
  const n = String(limit);
  const nl = language === 'nl';
  if (origin === 'string') {
    if (side === 'small' && Number(limit) === 1) return nl ? 'mag niet leeg zijn' : 'must not be empty';
    if (exact) return nl ? `moet precies ${n} tekens hebben` : `must have exactly ${n} characters`;
    return side === 'small'
      ? nl
        ? `moet minstens ${n} tekens hebben`
        : `must have at least ${n} characters`
      : nl
        ? `mag hoogstens ${n} tekens hebben`
        : `may have at most ${n} characters`;
  }
  if (origin === 'array' || origin === 'set') {
    if (side === 'small' && Number(limit) === 1) return nl ? 'mag niet leeg zijn' : 'must not be empty';
    if (exact) return nl ? `moet precies ${n} onderdelen hebben` : `must have exactly ${n} items`;
    return side === 'small'
      ? nl
        ? `moet minstens ${n} onderdelen hebben`
        : `must have at least ${n} items`
      : nl
        ? `mag hoogstens ${n} onderdelen hebben`
        : `may have at most ${n} items`;
  }
  if (side === 'small') {
    if (inclusive) return nl ? `moet minstens ${n} zijn` : `must be at least ${n}`;
    return nl ? `moet groter dan ${n} zijn` : `must be greater than ${n}`;
  }
  if (inclusive) return nl ? `mag hoogstens ${n} zijn` : `may be at most ${n}`;
  return nl ? `moet kleiner dan ${n} zijn` : `must be less than ${n}`;
}

const formats: Record<string, LocalizedText> = {
  uuid: { nl: 'moet een id zijn (UUID)', en: 'must be an id (UUID)' },
  guid: { nl: 'moet een GUID zijn', en: 'must be a GUID' },
  email: { nl: 'moet een e-mailadres zijn', en: 'must be an e-mail address' },
  url: { nl: 'moet een webadres zijn', en: 'must be a web address' },
  datetime: { nl: 'moet een datum met tijd zijn (ISO 8601)', en: 'must be a date with time (ISO 8601)' },
  date: { nl: 'moet een datum zijn (JJJJ-MM-DD)', en: 'must be a date (YYYY-MM-DD)' },
};

function formatRule(format: string, language: Language): string {
  return (
    formats[format]?.[language] ??
    (language === 'nl' ? 'heeft niet de vorm die dit veld vraagt' : 'is not in the form this field takes')
  );
}

/**
 * A union names its choices where it can: by its discriminator, or by what each choice takes at the
 * same place. When one choice got further into the value, its own complaint is the useful one.
 */
function unionSentence(
  issue: Extract<Issue, { code: 'invalid_union' }>,
  prefix: readonly PropertyKey[],
  path: readonly PropertyKey[],
): LocalizedText {
  const field = (language: Language) => fieldName(path, language);
  if ('options' in issue && issue.options && issue.options.length > 0) {
    const options = issue.options.map((option) => quoted(option));
    const discriminator = issue.discriminator;
    const sentValue =
      discriminator && typeof issue.input === 'object' && issue.input !== null
        ? (issue.input as Record<string, unknown>)[discriminator]
        : undefined;
    return both((l) => {
      const not =
        sentValue === undefined || typeof sentValue === 'object'
          ? ''
          : l === 'nl'
            ? ` (niet ${given(sentValue, l)})`
            : ` (not ${given(sentValue, l)})`;
      return `${field(l)} ${l === 'nl' ? 'moet een van deze zijn' : 'must be one of'}: ${list(options, l)}${not}.`;
    });
  }
  const branches = issue.errors.filter((branch) => branch.length > 0);
  const deepest = branches.reduce<Issue[] | null>(
    (best, branch) => (branch[0]!.path.length > (best?.[0]!.path.length ?? 0) ? branch : best),
    null,
  );
  if (deepest) return sentence(deepest[0]!, [...prefix, ...issue.path]);
  const choices = (language: Language) =>
    branches.flatMap((branch) => {
      const first = branch[0]!;
      if (first.code === 'invalid_value') return first.values.map((value) => quoted(value));
      if (first.code === 'invalid_type') return [typeName(first.expected, language)];
      return [];
    });
  return both((l) =>
    choices(l).length > 0
      ? `${field(l)} ${l === 'nl' ? 'moet een van deze zijn' : 'must be one of'}: ${list(choices(l), l)}${notWhatWasSent(issue, l)}.`
      : `${field(l)} ${l === 'nl' ? 'past bij geen van de mogelijke vormen' : 'fits none of the forms it can take'}.`,
  );
}
