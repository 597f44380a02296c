// Spreadsheet formula injection (OWASP "CSV Injection"): a cell whose text
// starts with =, +, -, @, a tab or a carriage return is run as a formula by
// Excel, LibreOffice and Google Sheets when the CSV is opened, so scraped
// text (a title such as =HYPERLINK("http://evil")) could act on the
// reader's machine. Such a cell gets a leading apostrophe, OWASP's
// recommendation: spreadsheets show the text as typed and hide the mark.
//
// Only text cells pass through here. Numbers are written as numbers and left
// alone, so a negative number stays a number; every number we export comes
// from our own arithmetic or a numeric column, never from scraped text.

/** Characters that start a formula; the full-width forms too, which Apple Numbers folds to ASCII. */
const FORMULA_START = new Set(
  ['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'].map((c) => c.charCodeAt(0)),
);

/** The cell's text, with a leading apostrophe when a spreadsheet would read it as a formula. */
export function neutralizeCell(value: string): string {
  // By char code: a number is looked up faster than a one-character string,
  // and this runs for every text cell (over ten million in a 1M-posting
  // export). An empty cell's code is NaN, which the set does not hold.
  return FORMULA_START.has(value.charCodeAt(0)) ? `'${value}` : value;
}
