/**
 * Text a spreadsheet would run as a formula (=, +, -, @) or that starts with a tab or carriage return,
 * made inert with a leading apostrophe, as OWASP's CSV-injection guidance says. For text cells only:
 * numbers (negative ones too) are written as numbers and stay numbers.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
