import { describe, expect, it } from 'vitest';
import { placeOf } from '../../../src/enrich/location.js';
import { workModeOf } from '../../../src/enrich/work-mode.js';

describe('workModeOf', () => {
  it.each([
    [{ location: 'Remote - US' }, 'remote'],
    [{ location: 'Hybrid - NYC' }, 'hybrid'],
    [{ location: 'Berlin, Germany' }, null],
    [{ header: 'Acme | Backend | NYC or REMOTE | $150k' }, 'remote'],
    [{ header: 'Acme | Backend | San Francisco | ONSITE' }, 'onsite'],
    [{ text: 'This is a fully remote role within the EU.' }, 'remote'],
    [{ text: 'We work from the office 3 days a week in the office in Amsterdam.' }, 'hybrid'],
    [{ text: 'This role is on-site in our Munich office.' }, 'onsite'],
    [{ text: 'Experience with remote sensing data is a plus.' }, null],
    [{ location: 'London', text: 'No remote, sorry.' }, 'onsite'],
    [{ text: 'Acme (NYC). No remotes.' }, 'onsite'],
    [{ text: 'Full time in New York or REMOTE\nWe love our office in Brooklyn.' }, 'remote'],
    [{ text: 'You work 1-2 days/week in our London office, the rest from home.' }, 'hybrid'],
    [{ text: 'Perks: monthly in-office massages and snacks.' }, null],
    [{ text: 'Candidates must be able to relocate to Austin.' }, 'onsite'],
    [{ text: 'You will work with us at our office downtown.' }, 'onsite'],
    // Every phrase form once: each rule runs only when a word of its phrases is there.
    [{ text: 'Days in office: three, the rest from wherever you like.' }, 'hybrid'],
    [{ text: 'Expect 2 days each week at the studio.' }, 'hybrid'],
    [{ text: 'Remote (1 day per week at HQ).' }, 'hybrid'],
    [{ text: 'We are partially remote.' }, 'hybrid'],
    [{ text: 'This is a part-remote position.' }, 'hybrid'],
    [{ text: 'Flexible remote policy with a desk in Lisbon.' }, 'hybrid'],
    [{ text: 'Remote or hybrid, your choice; fully remote is fine too.' }, 'remote'],
    [{ text: 'You can work from home most of the time.' }, 'remote'],
    [{ text: 'Based at our headquarters in Oslo.' }, 'onsite'],
    [{ location: 'Anywhere in the world' }, 'remote'],
    [{ location: 'Fully distributed company' }, 'remote'],
    [{ header: 'Acme | Backend | In-office, Paris' }, 'onsite'],
  ])('%j → %s', (input, expected) => {
    expect(workModeOf({ title: 'Backend Engineer', text: '', ...input })).toBe(expected);
  });
});

describe('placeOf', () => {
  it.each([
    ['Remote - US', 'US', null],
    ['Berlin, Germany', 'DE', 'Berlin'],
    ['NYC or REMOTE', 'US', 'NYC'],
    ['Austin, TX', 'US', 'Austin'],
    ['Toronto, ON, Canada', 'CA', 'Toronto'],
    ['Bengaluru, India', 'IN', 'Bengaluru'],
    ['Remote (EU)', null, null],
    ['London, Ontario, Canada', 'CA', 'London'],
    ['New York City, NY', 'US', 'New York City'],
    ['U.S. only', 'US', null],
    ['us', null, null],
    ['Remote - São Paulo, Brazil', 'BR', 'São Paulo'],
    ['St. Louis, MO', 'US', 'St. Louis'],
  ])('%s → %s / %s', (location, country, city) => {
    expect(placeOf(location)).toEqual({ country, city });
  });
});
