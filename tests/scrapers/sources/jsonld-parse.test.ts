import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJsonLd, repairJson } from '../../../scrapers/sources/json-repair.js';
import { isJobPosting, jobPostingsInHtml, scanPage } from '../../../scrapers/sources/jsonld-parse.js';

function fixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/sources/jsonld/${name}`, import.meta.url), 'utf8');
}

function ld(json: string): string {
  return `<script type="application/ld+json">${json}</script>`;
}

const titles = (html: string) => jobPostingsInHtml(html).postings.map((posting) => posting.title);

describe('scanPage', () => {
  it('reads every JSON-LD block, whatever the case and quoting of the type, and no other script', () => {
    const html =
      '<SCRIPT TYPE="application/LD+JSON">{"a":1}</SCRIPT>' +
      "<script type='application/ld+json; charset=utf-8'>[2]</script >" +
      '<script type=application/ld+json>3</script>' +
      '<script>var x = "<script type=\\"application/ld+json\\">{}";</script>' +
      '<script type="text/template"><script type="application/ld+json">4</script>';
    expect(scanPage(html).blocks).toEqual(['{"a":1}', '[2]', '3']);
  });

  it('skips blocks inside comments, and a block bigger than 1 MB', () => {
    const big = `{"title":"${'x'.repeat(1_000_001)}"}`;
    expect(scanPage(`<!-- ${ld('{"old":1}')} -->${ld(big)}${ld('{"new":1}')}`).blocks).toEqual(['{"new":1}']);
  });

  it('collects <a href> and <link rel=next>, entities decoded, not from scripts, styles or comments', () => {
    expect(scanPage(fixture('listing.html')).links).toEqual([
      { href: '/careers/jobs?page=2', rel: 'next' },
      { href: '/', rel: '' },
      { href: '/about', rel: '' },
      { href: 'https://careers.northwind.example/blog/culture', rel: '' },
      { href: 'mailto:jobs@northwind.example', rel: '' },
      { href: 'javascript:void(0)', rel: '' },
      { href: '/jobs/backend-engineer-berlin', rel: '' },
      { href: 'jobs/platform-engineer', rel: '' },
      { href: 'https://careers.northwind.example/jobs/data-engineer#apply', rel: '' },
      { href: '/jobs/backend-engineer-berlin', rel: '' },
      { href: '/jobs/backend-engineer-berlin/apply', rel: '' },
      { href: '/jobs/sre?ref=list&utm_source=careers', rel: '' },
      { href: 'https://www.linkedin.com/company/northwind/jobs', rel: '' },
      { href: '/files/benefits.pdf', rel: '' },
      { href: '/careers/jobs?page=2', rel: '' },
      { href: '/careers/jobs?page=3', rel: '' },
      { href: '/careers/open?cursor=abc', rel: 'next' },
      { href: '#top', rel: '' },
      { href: '/privacy', rel: '' },
    ]);
  });

  it('ends at a tag that never closes: a script runs to the end of the page, an anchor is dropped', () => {
    expect(scanPage(`${ld('{"a":1}')}<script type="application/ld+json">{"b":2}`).blocks).toEqual([
      '{"a":1}',
      '{"b":2}',
    ]);
    expect(scanPage('<a href="/jobs/1">1</a><a href="/jobs/2" class="x').links).toEqual([{ href: '/jobs/1', rel: '' }]);
  });

  it('reads a 20 MB page in well under a second', () => {
    const filler = '<div class="card"><p>We ship parcels &amp; code. <a href="/jobs/x">x</a></p></div>\n';
    const html = `<html><body>${filler.repeat(Math.ceil(20_000_000 / filler.length))}${fixture('plain.html')}`;
    const started = performance.now();
    const read = jobPostingsInHtml(html);
    expect(performance.now() - started).toBeLessThan(500);
    expect(read.postings.map((posting) => posting.title)).toEqual(['Senior Backend Engineer']);
  });

  it.each([
    ['unclosed scripts', '<script>'.repeat(2_000_000)],
    ['unclosed anchors', '<a href=x '.repeat(2_000_000)],
    ['unclosed comments', '<!-'.repeat(5_000_000)],
    ['angle brackets', '<'.repeat(20_000_000)],
  ])('stays linear on hostile pages: %s', (_name, html) => {
    const started = performance.now();
    scanPage(html);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('parseJsonLd', () => {
  const posting = { '@type': 'JobPosting', title: 'Engineer' };

  it.each([
    ['plain JSON', '{"@type":"JobPosting","title":"Engineer"}'],
    ['a leading BOM and white space', '\uFEFF\n  {"@type":"JobPosting","title":"Engineer"}  \n'],
    ['an HTML comment wrapper', '<!--\n{"@type":"JobPosting","title":"Engineer"}\n-->'],
    ['a CDATA wrapper', '//<![CDATA[\n{"@type":"JobPosting","title":"Engineer"}\n//]]>'],
    ['// and /* */ comments', '{ // the type\n"@type": /* ! */ "JobPosting", "title": "Engineer" /* end */ }'],
    ['trailing commas', '{"@type":"JobPosting","title":"Engineer",}'],
    ['an entity-escaped block', '{&quot;@type&quot;:&quot;JobPosting&quot;,&quot;title&quot;:&quot;Engineer&quot;}'],
  ])('reads %s', (_name, text) => {
    expect(parseJsonLd(text)).toEqual(posting);
  });

  it('keeps comment markers inside strings', () => {
    expect(parseJsonLd('{"url": "https://x.example/a//b", "note": "/* no */", "t": "a,}",}')).toEqual({
      url: 'https://x.example/a//b',
      note: '/* no */',
      t: 'a,}',
    });
  });

  it('escapes raw control characters and stray quotes, and unescapes what JSON cannot escape', () => {
    expect(parseJsonLd('{"d": "line 1\nline 2\ttab\u0001", "q": "the "best" team", "e": "it\\\'s \\x41"}')).toEqual({
      d: 'line 1\nline 2\ttab\u0001',
      q: 'the "best" team',
      e: "it's A",
    });
  });

  it('reads concatenated values as one array', () => {
    expect(parseJsonLd('{"a":1}\n{"b":2}')).toEqual([{ a: 1 }, { b: 2 }]);
    expect(repairJson('[1,][2]')).toBe('[[1],[2]]');
  });

  it.each([
    ['cut short', '{"@type": "JobPosting", "title": '],
    ['empty', '  '],
    ['not JSON', 'window.jobs = [];'],
  ])('gives up on a block %s', (_name, text) => {
    expect(parseJsonLd(text)).toBeUndefined();
  });
});

describe('isJobPosting', () => {
  it.each([
    ['JobPosting', true],
    [['JobPosting'], true],
    [['WebPage', 'JobPosting'], true],
    ['schema:JobPosting', true],
    ['http://schema.org/JobPosting', true],
    ['https://schema.org/jobposting', true],
    ['Organization', false],
    ['JobPostingList', false],
    [undefined, false],
    [42, false],
  ])('@type %j → %s', (type, expected) => {
    expect(isJobPosting({ '@type': type })).toBe(expected);
  });
});

describe('jobPostingsInHtml', () => {
  it.each([
    ['plain.html', ['Senior Backend Engineer']],
    ['graph.html', ['Platform Engineer']],
    ['array.html', ['Data Engineer']],
    // Both copies: the adapter dedupes by id after mapping.
    ['blocks.html', ['Site Reliability Engineer', 'Site Reliability Engineer']],
    ['itemlist.html', ['QA Engineer', 'Mobile Engineer']],
    ['malformed.html', ['Backend Engineer (Payments)']],
    ['not-a-posting.html', []],
  ])('finds the JobPostings of %s', (name, expected) => {
    expect(titles(fixture(name))).toEqual(expected);
  });

  it('counts blocks read and blocks beyond repair', () => {
    expect(jobPostingsInHtml(fixture('malformed.html'))).toMatchObject({ blocks: 1, unreadable: 1 });
    expect(jobPostingsInHtml(fixture('not-a-posting.html'))).toMatchObject({ blocks: 2, unreadable: 0 });
    expect(jobPostingsInHtml('<p>no structured data</p>')).toEqual({ postings: [], blocks: 0, unreadable: 0 });
  });

  it('replaces @id references with the nodes they name, across blocks', () => {
    const [graph] = jobPostingsInHtml(fixture('graph.html')).postings;
    expect(graph?.hiringOrganization).toEqual({
      '@type': 'Organization',
      '@id': 'https://careers.northwind.example/#org',
      name: 'Northwind Logistics',
      url: 'https://northwind.example',
    });
    expect(graph?.jobLocation).toMatchObject({ '@id': '#amsterdam', address: { addressLocality: 'Amsterdam' } });
    const [sre] = jobPostingsInHtml(fixture('blocks.html')).postings;
    expect(sre?.hiringOrganization).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      '@id': '#nw',
      name: 'Northwind Logistics',
    });
  });

  it('leaves an unknown reference as it is, and survives a cycle', () => {
    const html = ld(
      '[{"@id":"#a","@type":"Thing","next":{"@id":"#b"}},{"@id":"#b","@type":"Thing","next":{"@id":"#a"}},' +
        '{"@type":"JobPosting","title":"T","about":{"@id":"#a"},"hiringOrganization":{"@id":"#missing"}}]',
    );
    const [posting] = jobPostingsInHtml(html).postings;
    expect(posting?.hiringOrganization).toEqual({ '@id': '#missing' });
    expect(posting?.about).toMatchObject({ '@id': '#a', next: { '@id': '#b', next: { '@id': '#a' } } });
  });

  it('takes a reference to a posting for no posting', () => {
    const html = ld(
      '{"@graph":[{"@type":"WebPage","mainEntity":{"@id":"#job","@type":"JobPosting"}},' +
        '{"@id":"#job","@type":"JobPosting","title":"Referenced"}]}',
    );
    expect(titles(html)).toEqual(['Referenced']);
  });

  it('does not look for postings past 40 levels', () => {
    const deep = `${'{"a":'.repeat(60)}{"@type":"JobPosting","title":"Deep"}${'}'.repeat(60)}`;
    const shallow = `${'{"a":'.repeat(10)}{"@type":"JobPosting","title":"Shallow"}${'}'.repeat(10)}`;
    expect(titles(ld(deep) + ld(shallow))).toEqual(['Shallow']);
  });
});
