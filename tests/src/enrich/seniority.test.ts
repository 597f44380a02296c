import { describe, expect, it } from 'vitest';
import { seniorityFromTitle, seniorityOf, yearsOfExperience } from '../../../src/enrich/seniority.js';

describe('seniorityFromTitle', () => {
  it.each([
    ['Software Engineering Intern', 'intern'],
    ['Junior Backend Developer', 'junior'],
    ['Associate Software Engineer', 'junior'],
    ['Entry-level Platform Engineer', 'junior'],
    ['New Grad Software Engineer', 'junior'],
    ['Software Engineer I', 'junior'],
    ['Software Engineer II', 'mid'],
    ['Mid-level Python Developer', 'mid'],
    ['Software Engineer III', 'senior'],
    ['Sr. Backend Engineer', 'senior'],
    ['Senior Software Engineer, Payments', 'senior'],
    ['Tech Lead, Platform', 'senior'],
    ['Staff Engineer', 'staff'],
    ['Senior Staff Software Engineer', 'staff'],
    ['Principal Engineer, Data', 'principal'],
    ['Engineering Manager, Infrastructure', 'manager'],
    ['Head of Platform', 'manager'],
    ['Director of Engineering', 'manager'],
    ['Backend Engineer', null],
    ['Software Engineer in Test', null],
    ['Summer INTERNS, data team', 'intern'],
  ])('%s → %s', (title, expected) => {
    expect(seniorityFromTitle(title)).toBe(expected);
  });
});

describe('yearsOfExperience', () => {
  it.each([
    ['5+ years of experience with Go', 5],
    ['You have 3-5 years of professional experience.', 3],
    ['At least two years experience building APIs', 2],
    ['Minimum 7 yrs exp in backend', 7],
    ['We were founded 10 years ago. You have experience with Go.', null],
    ['Options vest over 4 years; experience with Kafka is a plus.', null],
    ['No years mentioned at all.', null],
    // Only the characters before each "years" are read: a number is whole or not at all.
    ['A 123 years old company; experience with Go.', null],
    ['2 years at a startup, then 6+ years of backend work in Go.', 6],
    ['Requirements: 4 yrs of Python', 4],
    ['Our lead was remote for two years before moving here; we value a great team and experience.', null],
  ])('%s → %s', (text, expected) => {
    expect(yearsOfExperience(text)).toBe(expected);
  });

  it('falls back to years when the title has no level', () => {
    expect(seniorityOf('Backend Engineer', 1)).toBe('junior');
    expect(seniorityOf('Backend Engineer', 3)).toBe('mid');
    expect(seniorityOf('Backend Engineer', 8)).toBe('senior');
    expect(seniorityOf('Staff Engineer', 2)).toBe('staff');
    expect(seniorityOf('Backend Engineer', null)).toBeNull();
  });
});
