import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../../src/main/ingest';
import { ARTICLE_TEXT, articlePage } from './fixtures/articles';

const html = (page: string, name = 'harbour.html') => readDocument(name, new TextEncoder().encode(page));

describe('saved web pages', () => {
  it('keeps the article and its paragraphs, and drops navigation, adverts, related links and the footer', async () => {
    const doc = await html(articlePage());
    expect(doc.text).toBe(ARTICLE_TEXT);
    expect(doc.title).toBe('Harbour board orders survey before dredging');
    expect(doc.author).toBe('Nessa Arden');
    expect(doc.format).toBe('html');
  });

  it('reads the details publishers put in <meta> tags and the canonical link', async () => {
    const head = `
      <meta property="og:title" content="Harbour board orders survey before dredging">
      <meta property="og:site_name" content="The Ellery Courier">
      <meta property="article:published_time" content="2024-03-05T07:30:00+00:00">
      <meta name="author" content="Nessa Arden">
      <link rel="canonical" href="https://courier.example/news/harbour-survey">`;
    const doc = await html(articlePage({ head }));
    expect(doc).toMatchObject({
      title: 'Harbour board orders survey before dredging',
      source: 'The Ellery Courier',
      publishedAt: '2024-03-05',
      author: 'Nessa Arden',
      url: 'https://courier.example/news/harbour-survey',
    });
  });

  it('prefers the NewsArticle in JSON-LD, with its authors and publisher', async () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Courier site' },
        {
          '@type': 'NewsArticle',
          headline: 'Survey first, dredging later',
          author: [{ '@type': 'Person', name: 'Nessa Arden' }, { '@type': 'Person', name: 'Tom Vell' }],
          datePublished: '2024-03-04T22:00:00Z',
          publisher: { '@type': 'Organization', name: 'Ellery Courier Ltd' },
        },
      ],
    };
    const head = `<script type="application/ld+json">${JSON.stringify(ld)}</script><script type="application/ld+json">{ not json </script>`;
    const doc = await html(articlePage({ head }));
    expect(doc).toMatchObject({ title: 'Survey first, dredging later', author: 'Nessa Arden, Tom Vell', publishedAt: '2024-03-04', source: 'Ellery Courier Ltd' });
    expect(doc.text).toBe(ARTICLE_TEXT);
  });

  it('reads citation_* tags of journal and report pages', async () => {
    const head = `
      <meta name="citation_title" content="Silt and shellfish in small harbours">
      <meta name="citation_author" content="Arden, Nessa"><meta name="citation_author" content="Vell, Tom">
      <meta name="citation_publication_date" content="2023/11/20">
      <meta name="citation_journal_title" content="Coastal Studies Review">`;
    const doc = await html(articlePage({ head }));
    expect(doc).toMatchObject({ title: 'Silt and shellfish in small harbours', author: 'Arden, Nessa, Vell, Tom', publishedAt: '2023-11-20', source: 'Coastal Studies Review' });
  });

  it('decodes a page saved in Windows-1252 as its <meta charset> says', async () => {
    const page = articlePage({ head: '', title: 'Caf\u00e9 owners \u201cwelcome\u201d survey' }).replace('charset="utf-8"', 'charset="windows-1252"');
    const bytes = new Uint8Array([...page].map((c) => ({ '\u201c': 0x93, '\u201d': 0x94 })[c] ?? c.charCodeAt(0)));
    const doc = await readDocument('cafe.htm', bytes);
    expect(doc.title).toBe('Café owners “welcome” survey');
  });

  it('still imports the visible text of a page that is not an article', async () => {
    const doc = await html('<html><head><title>Opening hours</title></head><body><nav>Home</nav><p>The harbour office opens at nine.</p><p>It closes at five.</p></body></html>', 'hours.html');
    expect(doc.title).toBe('Opening hours');
    expect(doc.text).toBe('The harbour office opens at nine.\n\nIt closes at five.');
  });

  it('reads a saved page named .txt as a web page', async () => {
    const doc = await html(articlePage(), 'saved-page.txt');
    expect(doc.text).toBe(ARTICLE_TEXT);
    expect(doc.format).toBe('html');
  });
});

describe('names that are members of every object', () => {
  it('leaves "&constructor;" and "&toString;" as written, and reads a "constructor" charset as an unknown one', async () => {
    const { decodeEntities } = await import('../../../../src/main/ingest/html-entities');
    const { decodeHtml } = await import('../../../../src/main/ingest/html-decode');
    expect(decodeEntities('a &constructor; b &toString; c &amp; d')).toBe('a &constructor; b &toString; c & d');
    const page = new TextEncoder().encode('<meta charset="constructor"><p>Caf\u00e9 talks</p>');
    expect(decodeHtml(page)).toContain('Café talks');
  });
});
