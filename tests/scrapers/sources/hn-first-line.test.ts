import { describe, expect, it } from 'vitest';
import { type HnHeader, readFirstLine } from '../../../scrapers/sources/hn-first-line.js';
import { cleanTitle, rolesInProse, splitRoles, titleCasedRole } from '../../../scrapers/sources/hn-roles.js';

/** A header with the fields a case does not mention left empty. */
const header = (fields: Partial<HnHeader>): HnHeader => ({
  company: null,
  roles: [],
  location: null,
  workMode: null,
  employmentType: null,
  ...fields,
});

describe('readFirstLine', () => {
  it.each<[string, string, Partial<HnHeader>]>([
    [
      'the pipe convention',
      'Lumen Freight | Senior Backend Engineer | Hamburg, Germany | ONSITE | Full-time | €80k–€95k',
      {
        company: 'Lumen Freight',
        roles: ['Senior Backend Engineer'],
        location: 'Hamburg, Germany',
        workMode: 'onsite',
        employmentType: 'full-time',
      },
    ],
    [
      'pipes in another order, with a link',
      'REMOTE (Europe) | Platform Engineer | Tallyho | https://tallyho.example/jobs',
      { company: 'Tallyho', roles: ['Platform Engineer'], location: 'REMOTE (Europe)', workMode: 'remote' },
    ],
    [
      'dashes, with the link beside the name',
      'Brightwater (https://brightwater.example) - Denver, CO - Full time',
      { company: 'Brightwater', location: 'Denver, CO', employmentType: 'full-time' },
    ],
    [
      'the place first',
      'Oslo, Norway -- Fjordline AS -- fjordline.example',
      { company: 'Fjordline AS', location: 'Oslo, Norway' },
    ],
    ['commas only', 'Pebble Analytics, Palo Alto, CA', { company: 'Pebble Analytics', location: 'Palo Alto, CA' }],
    [
      'a town the place table does not know, then its country',
      'Harrogate, UK - Moorland Software',
      { company: 'Moorland Software', location: 'Harrogate, UK' },
    ],
    [
      'a US state by name',
      'Sawtooth Labs - Boise, Idaho (INTERN: yes, REMOTE: no)',
      {
        company: 'Sawtooth Labs',
        location: 'Boise, Idaho (INTERN: yes, REMOTE: no)',
        workMode: 'onsite',
        employmentType: 'internship',
      },
    ],
    [
      'a role at a company',
      'Data Scientist @ Quarry Health (Boston or REMOTE)',
      { company: 'Quarry Health', roles: ['Data Scientist'], location: 'Boston or REMOTE', workMode: 'remote' },
    ],
    [
      'company: role in place',
      'Tinbox: Android Developer in Toronto',
      { company: 'Tinbox', roles: ['Android Developer'], location: 'Toronto' },
    ],
    [
      'a title, then its company',
      'Front end developer, Corvid Instruments - Santa Fe, NM',
      { company: 'Corvid Instruments', roles: ['Front end developer'], location: 'Santa Fe, NM' },
    ],
    [
      'sentences',
      'Ridgeback Games. Seattle, WA. Full time. H1B okay.',
      { company: 'Ridgeback Games', location: 'Seattle, WA', employmentType: 'full-time' },
    ],
    [
      'prose',
      'Saltmarsh is hiring full-stack engineers in Lisbon.',
      { company: 'Saltmarsh', roles: ['Full-stack engineer'], location: 'Lisbon' },
    ],
    [
      'a place followed by prose',
      'Copperleaf - Austin, TX is looking for a few product managers',
      { company: 'Copperleaf', roles: ['Product manager'], location: 'Austin, TX' },
    ],
    [
      'several roles, one noun shared',
      'Moth & Flame | Backend and Frontend Developers, QA Engineers | Berlin',
      {
        company: 'Moth & Flame',
        roles: ['Backend Developer', 'Frontend Developer', 'QA Engineer'],
        location: 'Berlin',
      },
    ],
    [
      'roles in an aside',
      'Kettle Works (Product Designers, Data Engineers) - Chicago, IL',
      { company: 'Kettle Works', roles: ['Product Designer', 'Data Engineer'], location: 'Chicago, IL' },
    ],
    [
      'bracketed flags are not pipes',
      'Chicago, IL - Ferrous. Software Engineer. [ONSITE | VISA OK]',
      { company: 'Ferrous', roles: ['Software Engineer'], location: 'Chicago, IL', workMode: 'onsite' },
    ],
    [
      'an e-mail address is not the company',
      'jobs@wrenwork.example - Wrenwork - Dublin, Ireland',
      { company: 'Wrenwork', location: 'Dublin, Ireland' },
    ],
    [
      'a bare domain as the name',
      'Halyard.io - Melbourne, Australia',
      { company: 'Halyard.io', location: 'Melbourne, Australia' },
    ],
    [
      'an office or remote: remote is offered',
      'Tern - NYC or REMOTE full-time (US only)',
      {
        company: 'Tern',
        location: 'NYC or REMOTE full-time (US only)',
        workMode: 'remote',
        employmentType: 'full-time',
      },
    ],
    [
      'remote refused',
      'Glasswing - Munich, Germany - No remote',
      { company: 'Glasswing', location: 'Munich, Germany', workMode: 'onsite' },
    ],
    [
      'hybrid',
      'Pinecone Bank | Java Engineer | Warsaw, Poland | HYBRID',
      { company: 'Pinecone Bank', roles: ['Java Engineer'], location: 'Warsaw, Poland', workMode: 'hybrid' },
    ],
    [
      'two employment types other than full-time',
      'Lantern Audio - Portland, OR - Part time or contract',
      { company: 'Lantern Audio', location: 'Portland, OR', employmentType: null },
    ],
    [
      'full-time among the flags',
      'Sprocket - Madrid, Spain - FULLTIME, INTERN, H1B',
      { company: 'Sprocket', location: 'Madrid, Spain', employmentType: 'full-time' },
    ],
  ])('%s', (_, line, fields) => {
    expect(readFirstLine(line)).toEqual(header(fields));
  });
});

describe('splitRoles', () => {
  it.each<[string, string[]]>([
    ['Senior Backend Engineer (Go, Postgres)', ['Senior Backend Engineer']],
    ['Roles: Backend Engineer, SRE, Data Engineer', ['Backend Engineer', 'SRE', 'Data Engineer']],
    ['3 Backend and 2 Mobile Developers', ['Backend Developer', 'Mobile Developer']],
    ['iOS, Android, and web developers', ['iOS developer', 'Android developer', 'Web developer']],
    ['Senior Developer/Architect', ['Senior Developer/Architect']],
    ['C++ Developer', ['C++ Developer']],
    ['Go, Rust and a few product managers', ['Product manager']],
    ['bright and talented software engineers', ['Software engineer']],
    ['BACKEND SOFTWARE ENGINEER', ['Backend Software Engineer']],
    ['PHP DEVELOPER', ['PHP Developer']],
    ['.NET developers', ['.NET developer']],
    ['full-time Python engineer', ['Python engineer']],
    ['the marketing team', []],
  ])('%s', (text, roles) => {
    expect(splitRoles(text)).toEqual(roles);
  });
});

describe('rolesInProse', () => {
  it.each<[string, string[]]>([
    ['We need a Ruby on Rails developer who likes billing.', ['Ruby on Rails developer']],
    ["We're hiring: platform engineers, SREs and designers.", ['Platform engineer', 'SRE', 'Designer']],
    ['Hiring frontend (React) and backend (Kotlin) engineers.', ['Frontend engineer', 'Backend engineer']],
    ['We are hiring for several roles: web dev, firmware developer.', ['Web dev', 'Firmware developer']],
    ['We are seeking a .NET engineer for our billing team.', ['.NET engineer']],
    ['We are hiring engineers and coffee lovers of all ages.', ['Engineer']],
    ['We are looking for kind people above all.', []],
    ['Hiring all sorts of engineer.', []],
  ])('%s', (text, roles) => {
    expect(rolesInProse(text)).toEqual(roles);
  });
});

describe('titleCasedRole and cleanTitle', () => {
  it.each<[string, string | null]>([
    ['Open positions include Senior Reliability Engineer and more.', 'Senior Reliability Engineer'],
    ['We have a Sr. Data Engineer opening.', 'Sr. Data Engineer'],
    ['Most of us are engineers.', null],
  ])('titleCasedRole(%j)', (text, role) => {
    expect(titleCasedRole(text)).toBe(role);
  });

  it.each<[string, string]>([
    ['- a few talented engineers:', 'Engineers'],
    ['iOS engineer', 'iOS engineer'],
    ['backend engineer', 'Backend engineer'],
    ['"founding" generalist', 'Founding generalist'],
  ])('cleanTitle(%j)', (text, title) => {
    expect(cleanTitle(text)).toBe(title);
  });
});
