// Domain vocabulary shared by the core, the database schema and the web layer.
export type { SalaryPeriod } from './salary/types.js';

export type WorkMode = 'remote' | 'hybrid' | 'onsite';
export type Seniority = 'intern' | 'junior' | 'mid' | 'senior' | 'staff' | 'principal' | 'manager';
export type EmploymentType = 'full-time' | 'part-time' | 'contract' | 'internship' | 'temporary' | 'other';
/** Where a salary came from: a structured field of the source, or parsed from the text. */
export type SalaryOrigin = 'structured' | 'text';
/** Whether a skill stands in a required or a nice-to-have part of a posting. */
export type Requirement = 'required' | 'preferred' | 'unknown';
/** What a posting's mention of AI means: building AI systems, using AI tools, or neither. */
export type AiClass = 'building' | 'using' | 'generic';

export const SENIORITIES: readonly Seniority[] = ['intern', 'junior', 'mid', 'senior', 'staff', 'principal', 'manager'];
export const WORK_MODES: readonly WorkMode[] = ['remote', 'hybrid', 'onsite'];
export const AI_CLASSES: readonly AiClass[] = ['building', 'using', 'generic'];
