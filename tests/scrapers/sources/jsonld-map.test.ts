import { describe, expect, it } from 'vitest';
import { type JobPostingResult, mapJobPosting } from '../../../scrapers/sources/jsonld-map.js';
import type { NormalizedPosting } from '../../../src/posting.js';

const context = { now: new Date('2026-06-01T00:00:00Z') };
const PAGE = 'https://careers.northwind.example/jobs/backend';

function map(fields: Record<string, unknown>): JobPostingResult {
  return mapJobPosting({ '@type': 'JobPosting', title: 'Backend Engineer', ...fields }, PAGE, context);
}

function posting(fields: Record<string, unknown>): NormalizedPosting {
  const result = map(fields);
  if (!('posting' in result)) throw new Error(`skipped: ${result.skipped.reason}`);
  return result.posting;
}

/** What a JobPosting holding only a title maps to. */
const BARE: NormalizedPosting = {
  externalId: PAGE,
  url: PAGE,
  title: 'Backend Engineer',
  company: null,
  location: null,
  country: null,
  workMode: null,
  employmentType: null,
  description: '',
  salary: null,
  postedAt: null,
  attributionUrl: null,
};

describe('mapJobPosting', () => {
  it('maps every field of a full JobPosting', () => {
    expect(
      posting({
        title: 'Senior Backend Engineer',
        description: '<p>Go &amp; PostgreSQL.</p>',
        identifier: { '@type': 'PropertyValue', name: 'Northwind', value: 'NW-1' },
        url: '/jobs/nw-1',
        datePosted: '2026-05-20T09:30:00+02:00',
        validThrough: '2026-07-01',
        employmentType: ['CONTRACTOR', 'FULL_TIME'],
        hiringOrganization: { '@type': 'Organization', name: 'Northwind Logistics' },
        jobLocation: {
          '@type': 'Place',
          address: {
            '@type': 'PostalAddress',
            addressLocality: 'Austin',
            addressRegion: 'TX',
            addressCountry: { '@type': 'Country', name: 'United States' },
          },
        },
        baseSalary: {
          '@type': 'MonetaryAmount',
          currency: 'usd',
          value: { '@type': 'QuantitativeValue', minValue: 150000, maxValue: 190000, unitText: 'YEAR' },
        },
      }),
    ).toEqual({
      externalId: 'NW-1',
      url: 'https://careers.northwind.example/jobs/nw-1',
      title: 'Senior Backend Engineer',
      company: 'Northwind Logistics',
      location: 'Austin, TX, United States',
      country: 'US',
      workMode: null,
      employmentType: 'contract',
      description: '<p>Go &amp; PostgreSQL.</p>',
      salary: { min: 150000, max: 190000, currency: 'USD', period: 'year' },
      postedAt: '2026-05-20T07:30:00.000Z',
      attributionUrl: null,
    } satisfies NormalizedPosting);
  });

  it('keeps a posting with nothing but a title: the page stands for its url and id, the company is null', () => {
    expect(posting({})).toEqual(BARE);
  });

  it('reads the title from name when title is missing, and skips a posting with neither', () => {
    expect(posting({ title: undefined, name: 'Platform Engineer' }).title).toBe('Platform Engineer');
    expect(map({ title: '  ', identifier: 'X-1' })).toEqual({
      skipped: { reason: 'missing-title', externalId: 'X-1' },
    });
    expect(map({ title: '<span></span>' })).toEqual({ skipped: { reason: 'missing-title', externalId: PAGE } });
    expect(map({ title: { '@value': 'Engineer' } })).toEqual({
      skipped: { reason: 'missing-title', externalId: PAGE },
    });
  });

  it('strips tags and decodes entities in titles, companies and places', () => {
    expect(
      posting({
        title: '<b>Senior</b>\n Backend&nbsp;Engineer &amp; SRE',
        hiringOrganization: { name: 'Smith &amp; Sons' },
        jobLocation: 'S&atilde;o Paulo',
      }),
    ).toMatchObject({ title: 'Senior Backend Engineer & SRE', company: 'Smith & Sons', location: 'São Paulo' });
  });

  it.each([
    ['escaped once', '&lt;p&gt;Go &amp;amp; Rust&lt;/p&gt;', '<p>Go &amp; Rust</p>'],
    ['escaped twice', '&amp;lt;p&amp;gt;Go&amp;lt;/p&amp;gt;', '<p>Go</p>'],
    ['markup, left as it is', '<p>Use List&lt;String&gt;</p>', '<p>Use List&lt;String&gt;</p>'],
    ['plain text with an entity', 'Go &amp; Rust\nRemote', 'Go &amp; Rust\nRemote'],
    ['not a string', { text: 'x' }, ''],
  ])('description %s', (_name, description, expected) => {
    expect(posting({ description }).description).toBe(expected);
  });

  it.each([
    ['a PropertyValue', { '@type': 'PropertyValue', name: 'Northwind', value: 'R-12' }, 'R-12'],
    ['a number in a PropertyValue', { value: 12 }, '12'],
    ['a string', ' R-12 ', 'R-12'],
    ['a number', 12, '12'],
    ['an array', [{ name: 'x' }, 'R-12'], 'R-12'],
    ['missing, with a url', undefined, 'https://careers.northwind.example/jobs/12'],
  ])('externalId from identifier as %s', (_name, identifier, expected) => {
    expect(posting({ identifier, url: 'https://careers.northwind.example/jobs/12' }).externalId).toBe(expected);
  });

  it('keeps only http(s) urls', () => {
    expect(posting({ url: 'javascript:alert(1)' })).toMatchObject({ url: PAGE, externalId: PAGE });
  });

  it.each([
    ['a string', 'Northwind Logistics', 'Northwind Logistics'],
    ['an Organization', { '@type': 'Organization', name: 'Northwind Logistics' }, 'Northwind Logistics'],
    ['an Organization with only a legalName', { legalName: 'Northwind Logistics GmbH' }, 'Northwind Logistics GmbH'],
    ['an array', [{ logo: 'x.png' }, { name: 'Northwind Logistics' }], 'Northwind Logistics'],
    ['an unresolved reference', { '@id': '#org' }, null],
  ])('company from hiringOrganization as %s', (_name, hiringOrganization, expected) => {
    expect(posting({ hiringOrganization }).company).toBe(expected);
  });

  it.each([
    ['the past', '2026-05-31T23:59:59Z', true],
    ['the past, in a zone', '2026-06-01T01:00:00+02:00', true],
    ['the future', '2026-06-01T00:00:01Z', false],
    ['today, as a date (valid all day)', '2026-06-01', false],
    ['yesterday, as a date', '2026-05-31', true],
    ['unreadable', 'soon', false],
  ])('validThrough in %s → expired: %s', (_name, validThrough, expired) => {
    const result = map({ validThrough, identifier: 'E-1' });
    expect(result).toEqual(expired ? { skipped: { reason: 'expired', externalId: 'E-1' } } : expect.anything());
    expect('posting' in result).toBe(!expired);
  });

  it.each([
    ['FULL_TIME', 'full-time'],
    ['PART_TIME', 'part-time'],
    ['CONTRACTOR', 'contract'],
    ['TEMPORARY', 'temporary'],
    ['INTERN', 'internship'],
    ['PER_DIEM', 'other'],
    ['Full-time', 'full-time'],
    [['', 'PART_TIME'], 'part-time'],
    [[], null],
  ])('employmentType %j → %s', (employmentType, expected) => {
    expect(posting({ employmentType }).employmentType).toBe(expected);
  });

  it.each([
    [
      'a Place with a PostalAddress',
      { address: { addressLocality: 'Berlin', addressCountry: 'de' } },
      'Berlin, de',
      'DE',
    ],
    ['a country name', { address: { addressLocality: 'Paris', addressCountry: 'France' } }, 'Paris, France', 'FR'],
    ['a Country object', { address: { addressCountry: { '@type': 'Country', name: 'UK' } } }, 'UK', 'GB'],
    [
      'a region equal to the city',
      { address: { addressLocality: 'Hamburg', addressRegion: 'hamburg' } },
      'Hamburg',
      null,
    ],
    ['an address string', { address: '1 Main St, Springfield' }, '1 Main St, Springfield', null],
    ['only a street', { address: { streetAddress: 'Torstraße 1' } }, 'Torstraße 1', null],
    ['a Place name', { name: 'HQ' }, 'HQ', null],
    ['a string', 'Berlin, Germany', 'Berlin, Germany', null],
    ['a city as the country', { address: { addressCountry: 'Berlin' } }, 'Berlin', null],
    ['a list as the country', { address: { addressCountry: 'Germany, Austria' } }, 'Germany, Austria', null],
    [
      'places in two countries',
      [{ address: { addressLocality: 'Berlin', addressCountry: 'DE' } }, { address: { addressCountry: 'AT' } }],
      'Berlin, DE; AT',
      null,
    ],
    [
      'the same place twice',
      [
        { address: { addressLocality: 'Berlin', addressCountry: 'DE' } },
        { address: { addressLocality: 'Berlin', addressCountry: 'DE' } },
      ],
      'Berlin, DE',
      'DE',
    ],
    [
      'a structured place and a string (which states no country)',
      [{ address: { addressLocality: 'Berlin', addressCountry: 'DE' } }, 'Paris'],
      'Berlin, DE; Paris',
      null,
    ],
    ['nothing readable', [{}, 42], null, null],
  ])('jobLocation as %s', (_name, jobLocation, location, country) => {
    expect(posting({ jobLocation })).toMatchObject({ location, country, workMode: null });
  });

  it.each([
    ['TELECOMMUTE', { jobLocationType: 'TELECOMMUTE' }, 'remote', null],
    ['an array and lower case', { jobLocationType: ['telecommute'] }, 'remote', null],
    ['REMOTE', { jobLocationType: 'REMOTE' }, 'remote', null],
    [
      'TELECOMMUTE beside an office',
      { jobLocationType: 'TELECOMMUTE', jobLocation: { address: { addressLocality: 'Berlin' } } },
      'remote',
      'Berlin',
    ],
    [
      'applicantLocationRequirements without a jobLocation',
      { applicantLocationRequirements: [{ '@type': 'Country', name: 'USA' }, 'Canada'] },
      'remote',
      'USA; Canada',
    ],
    [
      'applicantLocationRequirements beside a jobLocation',
      { applicantLocationRequirements: 'USA', jobLocation: 'Austin, TX' },
      null,
      'Austin, TX',
    ],
    ['another jobLocationType', { jobLocationType: 'HYBRID' }, null, null],
  ])('work mode from %s', (_name, fields, workMode, location) => {
    expect(posting(fields)).toMatchObject({ workMode, location });
  });

  it('reads the country of a remote job limited to one country', () => {
    expect(
      posting({ jobLocationType: 'TELECOMMUTE', applicantLocationRequirements: { '@type': 'Country', name: 'US' } }),
    ).toEqual({ ...BARE, location: 'US', country: 'US', workMode: 'remote' });
  });

  it.each([
    ['an ISO date', '2026-05-20', '2026-05-20T00:00:00.000Z'],
    ['a time without a zone (read as UTC)', '2026-05-20T09:30:00', '2026-05-20T09:30:00.000Z'],
    ['a time with a zone', '2026-05-20T09:30:00-05:00', '2026-05-20T14:30:00.000Z'],
    ['relative words', '2 days ago', null],
  ])('datePosted as %s', (_name, datePosted, postedAt) => {
    expect(posting({ datePosted }).postedAt).toBe(postedAt);
  });
});

describe('salary', () => {
  const amount = (value: unknown, currency: unknown = 'USD') => ({ '@type': 'MonetaryAmount', currency, value });
  const range = (minValue: unknown, maxValue: unknown, unitText?: unknown) => ({
    '@type': 'QuantitativeValue',
    minValue,
    maxValue,
    unitText,
  });

  it.each([
    ['a yearly range', { baseSalary: amount(range(150000, 190000, 'YEAR')) }, [150000, 190000, 'USD', 'year']],
    ['an hourly range', { baseSalary: amount(range(60, 80, 'HOUR')) }, [60, 80, 'USD', 'hour']],
    ['a daily rate', { baseSalary: amount({ value: 500, unitText: 'DAY' }, 'EUR') }, [500, 500, 'EUR', 'day']],
    ['a weekly rate', { baseSalary: amount({ value: 2000, unitText: 'WEEK' }) }, [2000, 2000, 'USD', 'week']],
    ['a monthly range', { baseSalary: amount(range(4000, 5000, 'MONTH'), 'EUR') }, [4000, 5000, 'EUR', 'month']],
    ['a lower-case unit', { baseSalary: amount(range(60, 80, 'hour')) }, [60, 80, 'USD', 'hour']],
    ['ANNUAL', { baseSalary: amount(range(90000, 110000, 'ANNUAL')) }, [90000, 110000, 'USD', 'year']],
    ['PER_YEAR', { baseSalary: amount(range(90000, 110000, 'PER_YEAR')) }, [90000, 110000, 'USD', 'year']],
    ['YEARLY', { baseSalary: amount(range(90000, 110000, 'YEARLY')) }, [90000, 110000, 'USD', 'year']],
    ['a UN/CEFACT unitCode', { baseSalary: amount({ value: 40, unitCode: 'HUR' }) }, [40, 40, 'USD', 'hour']],
    ['numeric strings', { baseSalary: amount(range('120,000', '150000', 'YEAR')) }, [120000, 150000, 'USD', 'year']],
    ['only a minimum', { baseSalary: amount(range(120000, undefined, 'YEAR')) }, [120000, null, 'USD', 'year']],
    ['only a maximum', { baseSalary: amount(range(undefined, 150000, 'YEAR')) }, [null, 150000, 'USD', 'year']],
    ['a zero placeholder minimum', { baseSalary: amount(range(0, 150000, 'YEAR')) }, [null, 150000, 'USD', 'year']],
    ['a reversed range', { baseSalary: amount(range(150000, 120000, 'YEAR')) }, [120000, 150000, 'USD', 'year']],
    ['value as a number', { baseSalary: amount(95000) }, [95000, 95000, 'USD', 'year']],
    ['value as a numeric string', { baseSalary: amount('95000') }, [95000, 95000, 'USD', 'year']],
    [
      'min and max on the MonetaryAmount',
      { baseSalary: { currency: 'GBP', minValue: 60000, maxValue: 70000, unitText: 'YEAR' } },
      [60000, 70000, 'GBP', 'year'],
    ],
    ['baseSalary as a number', { baseSalary: 85000, salaryCurrency: 'EUR' }, [85000, 85000, 'EUR', 'year']],
    ['baseSalary as a numeric string', { baseSalary: '50000' }, [50000, 50000, null, 'year']],
    [
      'a legacy salaryCurrency',
      { baseSalary: amount(range(1, 2, 'HOUR'), null), salaryCurrency: 'CAD' },
      [1, 2, 'CAD', 'hour'],
    ],
    [
      'a PriceSpecification',
      { baseSalary: { '@type': 'PriceSpecification', priceCurrency: 'EUR', minPrice: 50000, maxPrice: 60000 } },
      [50000, 60000, 'EUR', 'year'],
    ],
    ['a currency symbol', { baseSalary: amount(range(50000, 60000, 'YEAR'), '€') }, [50000, 60000, 'EUR', 'year']],
    [
      'an unknown currency',
      { baseSalary: amount(range(50000, 60000, 'YEAR'), 'dollars') },
      [50000, 60000, null, 'year'],
    ],
    [
      'an estimatedSalary array',
      { estimatedSalary: [amount(range(0, 0, 'YEAR')), amount(range(100000, 120000, 'YEAR'))] },
      [100000, 120000, 'USD', 'year'],
    ],
    [
      'baseSalary before estimatedSalary',
      { baseSalary: amount(range(60, 70, 'HOUR')), estimatedSalary: amount(range(100000, 120000, 'YEAR')) },
      [60, 70, 'USD', 'hour'],
    ],
    ['a big amount without a unit', { baseSalary: amount(range(80000, 90000)) }, [80000, 90000, 'USD', 'year']],
    ['a value array', { baseSalary: amount([range(70000, 80000, 'YEAR')]) }, [70000, 80000, 'USD', 'year']],
  ])('reads %s', (_name, fields, [min, max, currency, period]) => {
    expect(posting(fields).salary).toEqual({ min, max, currency, period });
  });

  it.each([
    ['a small amount without a unit', { baseSalary: amount(range(40, 60)) }],
    ['an unknown unit and a small amount', { baseSalary: amount(range(40, 60, 'SHIFT')) }],
    ['a text range', { baseSalary: '$120k-$150k' }],
    ['zeros', { baseSalary: amount(range(0, 0, 'YEAR')) }],
    ['negative amounts', { baseSalary: amount(range(-5, -1, 'HOUR')) }],
    ['no amounts', { baseSalary: amount({ unitText: 'YEAR' }) }],
    ['an empty array', { baseSalary: [] }],
    ['a boolean', { baseSalary: true }],
  ])('drops %s', (_name, fields) => {
    expect(posting(fields).salary).toBeNull();
  });
});
