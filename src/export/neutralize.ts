// Spreadsheet formula injection (OWASP "CSV Injection"): a cell whose text
// starts with =, +, -, @, a tab or a carriage return is run as a formula by
// Excel, LibreOffice and Google Sheets when the CSV is opened, so scraped
// text (a title such as =HYPERLINK("http://evil")) could act on the
// reader's machine. Such a cell gets a leading apostrophe and is quoted,
// OWASP's recommendation: spreadsheets show the text as typed and hide the
// mark. Papa Parse applies this pattern (csv-text.ts).
//
// Only text cells are tested. Numbers are written as numbers and left
// alone, so a negative number stays a number; every number we export comes
// from our own arithmetic or a numeric column, never from scraped text.

/** Text a spreadsheet would run as a formula: its first character; the full-width forms too, which Apple Numbers folds to ASCII. */
export const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
