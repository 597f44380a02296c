import { describe, expect, it } from 'vitest';
import { type HnPost, readPost, UNNAMED_ROLE } from '../../../scrapers/sources/hn-post.js';

/** A posting with the fields a case does not mention left empty. */
const posting = (fields: Partial<Extract<HnPost, { kind: 'posting' }>>): HnPost => ({
  kind: 'posting',
  company: null,
  roles: [],
  location: null,
  workMode: null,
  employmentType: null,
  ...fields,
});

describe('readPost', () => {
  it.each<[string, string, HnPost]>([
    [
      'a header over three short lines',
      'Leeds, UK<p>Marrow Systems</p><p>Full-time Developer</p><p>We write software for hospitals.</p>',
      posting({ company: 'Marrow Systems', roles: ['Developer'], location: 'Leeds, UK', employmentType: 'full-time' }),
    ],
    [
      'the company named at the start of a long second line',
      'Austin, TX<p>Brambling (YC S19) is the scheduling tool for clinics. We are hiring a senior Elixir developer.</p>',
      posting({ company: 'Brambling', roles: ['Senior Elixir developer'], location: 'Austin, TX' }),
    ],
    [
      'a greeting before the header',
      'Hi all,<p>Pennywhistle | Staff Engineer | REMOTE</p>',
      posting({ company: 'Pennywhistle', roles: ['Staff Engineer'], workMode: 'remote' }),
    ],
    [
      'roles listed on lines of their own',
      'Juniper Grid - Oakland, CA<p>Open positions:</p><p>* Systems Engineer - Rust, Linux</p><p>* UI Engineer - React</p><p>- INTERN: no</p>',
      posting({ company: 'Juniper Grid', roles: ['Systems Engineer', 'UI Engineer'], location: 'Oakland, CA' }),
    ],
    [
      'a labelled list of roles',
      'Dovetail Maps<p>Location: Denver, Roles: Staff Engineer, QA analyst</p>',
      posting({
        company: 'Dovetail Maps',
        roles: ['Staff Engineer', 'QA analyst'],
        location: 'Denver',
      }),
    ],
    [
      'a role in title case, as the last resort',
      'Marigold - Paris, France<p>We make accounting software. We would love to meet a Senior Reliability Engineer.</p>',
      posting({ company: 'Marigold', roles: ['Senior Reliability Engineer'], location: 'Paris, France' }),
    ],
    [
      'a sentence is not a role line',
      'Tessellate - Boston, MA<p>Developers love our API because it is fast.</p>',
      posting({ company: 'Tessellate', roles: [UNNAMED_ROLE], location: 'Boston, MA' }),
    ],
    [
      'no role anywhere: still a job post, under a title that says so',
      'Orchard Row - Nashville<p>We build greenhouse sensors.</p>',
      posting({ company: 'Orchard Row', roles: [UNNAMED_ROLE], location: 'Nashville' }),
    ],
    ['a job seeker', 'SEEKING WORK | Lisbon or remote<p>Ten years of Go.</p>', { kind: 'not-a-posting' }],
    ['a CV link', 'Open to relocating. My CV: cv.example', { kind: 'not-a-posting' }],
    ['a remark about the thread', 'Meta: fewer posts than last month.', { kind: 'not-a-posting' }],
    ['a short question', 'Does anyone hire in Porto?', { kind: 'not-a-posting' }],
    ['nothing but markup', '<p> </p><p>---</p>', { kind: 'deleted' }],
  ])('%s', (_, html, post) => {
    expect(readPost(html)).toEqual(post);
  });
});
