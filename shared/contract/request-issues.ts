import type { z } from 'zod';
import type { Language } from '../i18n/language';
import { defineMessages, inBothLanguages, translate } from '../i18n/messages';
import type { LocalizedText } from './result';

type Issue = z.core.$ZodIssue;

/**
 * What a field takes, for the checks zod cannot word from the issue itself (a pattern, a rule across
 * values). A schema names one as its error with `expecting(...)`; the refusal then says it in the user's
 * language, as the rest of a sentence that starts with the field's name.
 */
const expectations = defineMessages({
  nl: {
    municipality_code: 'moet een gemeentecode zijn, zoals GM0268, 0268 of 268',
    guid: 'moet een GUID zijn (32 hexadecimale tekens met streepjes)',
    rising_cut_points: 'moet oplopende grenzen hebben, zoals 90, 110',
    coders_once: 'moet elke codeur één keer noemen',
    end_after_start: 'moet na het begin liggen',
    threshold_needs_base: 'kan alleen samen met een basiskolom (variable)',
  },
  en: {
    municipality_code: 'must be a municipality code, such as GM0268, 0268 or 268',
    guid: 'must be a GUID (32 hexadecimal characters with hyphens)',
    rising_cut_points: 'must have rising cut points, such as 90, 110',
    coders_once: 'must name each coder once',
    end_after_start: 'must lie after the start',
    threshold_needs_base: 'can only go with a base column (variable)',
  },
});

export type Expectation = keyof typeof expectations.nl;

const PREFIX = 'expecting:';

/** The error a schema gives a check (`.regex(pattern, expecting('guid'))`), worded by `describeRequestIssues`. */
export function expecting(key: Expectation): string {
  return `${PREFIX}${key}`;
}

function expectationOf(message: string): LocalizedText | null {
  if (!message.startsWith(PREFIX)) return null;
  const key = message.slice(PREFIX.length);
  return Object.hasOwn(expectations.nl, key) ? inBothLanguages(expectations, key as Expectation) : null;
}

/** The words of a refusal; `field` is the field's name, `sent` says what was sent (or is empty). */
const words = defineMessages({
  nl: {
    more: (p: { rest: number }) => `En nog ${p.rest} ${p.rest === 1 ? 'fout' : 'fouten'}.`,
    theRequest: 'Het verzoek',
    aList: 'een lijst',
    notANumber: 'geen getal (NaN)',
    anObject: 'een object',
    notSent: ' (niet {given})',
    or: 'of',
    missing: '{field} ontbreekt.',
    mustBeType: '{field} moet {type} zijn{sent}.',
    mustBeValue: '{field} moet {value} zijn{sent}.',
    mustBeOneOf: '{field} moet een van deze zijn: {options}{sent}.',
    multipleOf: '{field} moet een veelvoud van {divisor} zijn{sent}.',
    unknownFields: (p: { field: string; keys: string[] }) =>
      `${p.field} heeft ${p.keys.length === 1 ? 'een onbekend veld' : 'onbekende velden'}: ${p.keys.join(', ')}.`,
    notRight: '{field} klopt niet.',
    cannotBeUsed: 'heeft een waarde die hier niet kan',
    otherForm: 'heeft niet de vorm die dit veld vraagt',
    fitsNone: '{field} past bij geen van de mogelijke vormen.',
    notEmpty: 'mag niet leeg zijn',
    exactlyCharacters: 'moet precies {n} tekens hebben',
    atLeastCharacters: 'moet minstens {n} tekens hebben',
    atMostCharacters: 'mag hoogstens {n} tekens hebben',
    exactlyItems: 'moet precies {n} onderdelen hebben',
    atLeastItems: 'moet minstens {n} onderdelen hebben',
    atMostItems: 'mag hoogstens {n} onderdelen hebben',
    atLeast: 'moet minstens {n} zijn',
    greaterThan: 'moet groter dan {n} zijn',
    atMost: 'mag hoogstens {n} zijn',
    lessThan: 'moet kleiner dan {n} zijn',
  },
  en: {
    more: (p) => `And ${p.rest} more ${p.rest === 1 ? 'error' : 'errors'}.`,
    theRequest: 'The request',
    aList: 'a list',
    notANumber: 'not a number (NaN)',
    anObject: 'an object',
    notSent: ' (not {given})',
    or: 'or',
    missing: '{field} is missing.',
    mustBeType: '{field} must be {type}{sent}.',
    mustBeValue: '{field} must be {value}{sent}.',
    mustBeOneOf: '{field} must be one of: {options}{sent}.',
    multipleOf: '{field} must be a multiple of {divisor}{sent}.',
    unknownFields: (p) =>
      `${p.field} has ${p.keys.length === 1 ? 'an unknown field' : 'unknown fields'}: ${p.keys.join(', ')}.`,
    notRight: '{field} is not right.',
    cannotBeUsed: 'has a value that cannot be used here',
    otherForm: 'is not in the form this field takes',
    fitsNone: '{field} fits none of the forms it can take.',
    notEmpty: 'must not be empty',
    exactlyCharacters: 'must have exactly {n} characters',
    atLeastCharacters: 'must have at least {n} characters',
    atMostCharacters: 'may have at most {n} characters',
    exactlyItems: 'must have exactly {n} items',
    atLeastItems: 'must have at least {n} items',
    atMostItems: 'may have at most {n} items',
    atLeast: 'must be at least {n}',
    greaterThan: 'must be greater than {n}',
    atMost: 'may be at most {n}',
    lessThan: 'must be less than {n}',
  },
});

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
    const more = rest <= 0 ? [] : [translate(language, words, 'more', { rest })];
    return [...sentences.map((s) => s[language]), ...more].join(' ');
  };
  return { nl: text('nl'), en: text('en') };
}

function both(make: (language: Language) => string): LocalizedText {
  return { nl: make('nl'), en: make('en') };
}

function fieldName(path: readonly PropertyKey[], language: Language): string {
  if (path.length === 0) return translate(language, words, 'theRequest');
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

const typeNames = defineMessages({
  nl: {
    string: 'tekst',
    number: 'een getal',
    int: 'een geheel getal',
    boolean: 'true of false',
    object: 'een object met velden',
    record: 'een object met velden',
    array: 'een lijst',
    tuple: 'een lijst',
    null: 'null',
    date: 'een datum',
  },
  en: {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    object: 'an object with fields',
    record: 'an object with fields',
    array: 'a list',
    tuple: 'a list',
    null: 'null',
    date: 'a date',
  },
});

function typeName(expected: string, language: Language): string {
  return Object.hasOwn(typeNames.nl, expected)
    ? translate(language, typeNames, expected as keyof typeof typeNames.nl)
    : expected;
}

/** What was sent, in words: never the whole of an object or list. */
function given(input: unknown, language: Language): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return translate(language, words, 'aList');
  switch (typeof input) {
    case 'string':
      return quoted(input);
    case 'number':
      return Number.isNaN(input) ? translate(language, words, 'notANumber') : String(input);
    case 'boolean':
      return String(input);
    case 'object':
      return translate(language, words, 'anObject');
    default:
      return typeof input;
  }
}

/** " (not …)": what was sent, where it can be shown. */
function notSent(value: unknown, language: Language): string {
  return translate(language, words, 'notSent', { given: given(value, language) });
}

/** ", not …" where the input was reported, to show the user what was sent. */
function notWhatWasSent(issue: Issue, language: Language): string {
  if (!('input' in issue) || issue.input === undefined || (typeof issue.input === 'object' && issue.input !== null))
    return '';
  return notSent(issue.input, language);
}

function list(values: readonly string[], language: Language): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} ${translate(language, words, 'or')} ${values.at(-1)}`;
}

function sentence(issue: Issue, prefix: readonly PropertyKey[]): LocalizedText {
  const path = [...prefix, ...issue.path];
  const field = (language: Language) => fieldName(path, language);
  const sent = (language: Language) => notWhatWasSent(issue, language);
  const say = (key: 'missing' | 'notRight' | 'fitsNone') => both((l) => translate(l, words, key, { field: field(l) }));
  const rule = (make: (language: Language) => string) => both((l) => `${field(l)} ${make(l)}${sent(l)}.`);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return say('missing');
      return both((l) =>
        translate(l, words, 'mustBeType', { field: field(l), type: typeName(issue.expected, l), sent: sent(l) }),
      );
    case 'too_small':
      return rule((l) =>
        sizeRule('small', issue.origin, issue.minimum, issue.inclusive ?? true, issue.exact ?? false, l),
      );
    case 'too_big':
      return rule((l) =>
        sizeRule('big', issue.origin, issue.maximum, issue.inclusive ?? true, issue.exact ?? false, l),
      );
    case 'invalid_value': {
      const options = issue.values.map((value) => quoted(value));
      return both((l) =>
        options.length === 1
          ? translate(l, words, 'mustBeValue', { field: field(l), value: options[0]!, sent: sent(l) })
          : translate(l, words, 'mustBeOneOf', { field: field(l), options: list(options, l), sent: sent(l) }),
      );
    }
    case 'invalid_format': {
      const expectation = expectationOf(issue.message);
      if (expectation) return rule((l) => expectation[l]);
      return rule((l) => formatRule(issue.format, l));
    }
    case 'not_multiple_of':
      return both((l) =>
        translate(l, words, 'multipleOf', { field: field(l), divisor: String(issue.divisor), sent: sent(l) }),
      );
    case 'unrecognized_keys': {
      const keys = issue.keys.map((key) => quoted(key));
      return both((l) => translate(l, words, 'unknownFields', { field: field(l), keys }));
    }
    case 'invalid_union':
      return unionSentence(issue, prefix, path);
    case 'invalid_key':
    case 'invalid_element':
      return issue.issues[0] ? sentence(issue.issues[0], path) : say('notRight');
    case 'custom': {
      const expectation = expectationOf(issue.message);
      return rule((l) => (expectation ? expectation[l] : translate(l, words, 'cannotBeUsed')));
    }
  }
}

type SizeWord =
  `${'exactly' | 'atLeast' | 'atMost'}${'Characters' | 'Items'}` | 'atLeast' | 'greaterThan' | 'atMost' | 'lessThan';

function sizeRule(
  side: 'small' | 'big',
  origin: string,
  limit: number | bigint,
  inclusive: boolean,
  exact: boolean,
  language: Language,
): string {
  const say = (key: SizeWord) => translate(language, words, key, { n: String(limit) });
  if (origin === 'string' || origin === 'array' || origin === 'set') {
    const unit = origin === 'string' ? 'Characters' : 'Items';
    if (side === 'small' && Number(limit) === 1) return translate(language, words, 'notEmpty');
    if (exact) return say(`exactly${unit}`);
    return side === 'small' ? say(`atLeast${unit}`) : say(`atMost${unit}`);
  }
  if (side === 'small') return inclusive ? say('atLeast') : say('greaterThan');
  return inclusive ? say('atMost') : say('lessThan');
}

const formats = defineMessages({
  nl: {
    uuid: 'moet een id zijn (UUID)',
    guid: 'moet een GUID zijn',
    email: 'moet een e-mailadres zijn',
    url: 'moet een webadres zijn',
    datetime: 'moet een datum met tijd zijn (ISO 8601)',
    date: 'moet een datum zijn (JJJJ-MM-DD)',
  },
  en: {
    uuid: 'must be an id (UUID)',
    guid: 'must be a GUID',
    email: 'must be an e-mail address',
    url: 'must be a web address',
    datetime: 'must be a date with time (ISO 8601)',
    date: 'must be a date (YYYY-MM-DD)',
  },
});

function formatRule(format: string, language: Language): string {
  return Object.hasOwn(formats.nl, format)
    ? translate(language, formats, format as keyof typeof formats.nl)
    : translate(language, words, 'otherForm');
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
      const not = sentValue === undefined || typeof sentValue === 'object' ? '' : notSent(sentValue, l);
      return translate(l, words, 'mustBeOneOf', { field: field(l), options: list(options, l), sent: not });
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
      ? translate(l, words, 'mustBeOneOf', {
          field: field(l),
          options: list(choices(l), l),
          sent: notWhatWasSent(issue, l),
        })
      : translate(l, words, 'fitsNone', { field: field(l) }),
  );
}
