// Posting descriptions as HTML a page may show: an allow-list of basic text
// tags, links to http(s) only, marked nofollow and opening in the same tab.
// Everything else goes: scripts and styles with their content, other tags
// leaving their text, every attribute but a link's href (and our rel).
import sanitizeHtml from 'sanitize-html';

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'ul', 'ol', 'li', 'strong', 'em', 'b', 'i', 'code', 'pre', 'h3', 'h4', 'a'],
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['http', 'https'],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Their text is code or markup, not prose: dropped with the tag.
  nonTextTags: [
    'script',
    'style',
    'textarea',
    'option',
    'noscript',
    'iframe',
    'object',
    'embed',
    'template',
    'svg',
    'math',
  ],
  transformTags: {
    // The posting's own attributes are dropped here, before the allow-list: it cannot choose a rel or a target.
    // A link to anything but http(s) (javascript:, data:, //host) keeps its text and loses its href, which leaves
    // an inert <a>. (Renaming it to a tag that is then discarded confuses sanitize-html's closing tags.)
    a: (tagName, attribs): sanitizeHtml.Tag => {
      const href = attribs.href?.trim() ?? '';
      if (!/^https?:\/\//i.test(href)) return { tagName, attribs: {} };
      return { tagName, attribs: { href, rel: 'nofollow noopener noreferrer' } };
    },
    // Blocks and headings the allow-list lacks become their nearest allowed kind, so words do not run together.
    h1: 'h3',
    h2: 'h3',
    h5: 'h4',
    h6: 'h4',
    div: 'p',
    section: 'p',
    article: 'p',
  },
};

/** A description's HTML, safe to insert into a page. */
export function sanitizeDescription(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}
