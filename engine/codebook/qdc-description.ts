/**
 * A REFI-QDA code has one name and one description, where our codes have a Dutch and an English label
 * and description. The name carries the Dutch label (the project's language); the description carries the
 * Dutch description, then a paragraph that starts with an `[EN]` line holding the English label, followed
 * by the English description. Other programs show it as readable text, and reading it back gives the
 * same four fields.
 */

interface BilingualText {
  descriptionNl: string | null;
  labelEn: string | null;
  descriptionEn: string | null;
}

const MARKER = '[EN]';
/** The first `[EN]` line that opens the text or follows a blank line. */
const englishBlock = /(?:^|\n\n)\[EN\][ \t]*([^\n]*)(?:\n([\s\S]*))?$/;

export function composeDescription({ descriptionNl, labelEn, descriptionEn }: BilingualText): string | null {
  if (labelEn === null && descriptionEn === null) return descriptionNl;
  const english = [`${MARKER} ${labelEn ?? ''}`.trimEnd(), ...(descriptionEn === null ? [] : [descriptionEn])].join(
    '\n',
  );
  return descriptionNl === null ? english : `${descriptionNl}\n\n${english}`;
}

/** `english` is null when the text has no `[EN]` paragraph: a file from another program knows nothing of it. */
export function parseDescription(description: string | null): {
  descriptionNl: string | null;
  english: Omit<BilingualText, 'descriptionNl'> | null;
} {
  const text = description?.replace(/\r\n?/g, '\n').trim() || null;
  const match = text === null ? null : englishBlock.exec(text);
  if (!text || !match) return { descriptionNl: text, english: null };
  return {
    descriptionNl: text.slice(0, match.index).trim() || null,
    english: { labelEn: match[1]?.trim() || null, descriptionEn: match[2]?.trim() || null },
  };
}
