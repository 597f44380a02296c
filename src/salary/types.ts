// Salary shapes shared by the text parser, structured sources and statistics.

export type SalaryPeriod = 'hour' | 'day' | 'week' | 'month' | 'year';

/** A salary as stated: amounts in `currency` per `period`. */
export interface StatedSalary {
  /** null for "up to X". */
  min: number | null;
  /** null for "from X" / "X+". */
  max: number | null;
  /** ISO 4217, or null when neither written nor inferable. */
  currency: string | null;
  period: SalaryPeriod;
}

export interface SalaryFromText extends StatedSalary {
  /** The text that was read as the salary, and where it stands in the input. */
  evidence: { text: string; start: number; end: number };
}

/** A salary with its annualized values, as stored and shown. */
export interface Salary extends StatedSalary {
  annualMin: number | null;
  annualMax: number | null;
  /** Where it came from: a source's structured field, or parsed from text. */
  origin: 'structured' | 'text';
}

/**
 * Documented annualization factors: a full-time year of 52 weeks of 5 days
 * of 8 hours (2080 hours, 260 days).
 */
export const ANNUAL_FACTOR: Record<SalaryPeriod, number> = {
  hour: 2080,
  day: 260,
  week: 52,
  month: 12,
  year: 1,
};
