import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../../src/main/ingest';
import { ARTICLE_TEXT, PARAGRAPHS } from './fixtures/articles';

const md = (text: string) => readDocument('harbour.md', new TextEncoder().encode(text));

describe('Markdown files', () => {
  it('uses front matter as the details and the first heading as the title', async () => {
    const doc = await md(
      `---\ntitle: "Harbour board orders survey"\nauthor: Nessa Arden\ndate: 2024-03-05\nsource: The Ellery Courier\nurl: https://courier.example/harbour\ntags: [ports, council]\n---\n\n# Harbour board orders survey\n\n${ARTICLE_TEXT}\n`,
    );
    expect(doc).toMatchObject({ title: 'Harbour board orders survey', author: 'Nessa Arden', publishedAt: '2024-03-05', source: 'The Ellery Courier', url: 'https://courier.example/harbour', format: 'md' });
    expect(doc.text).toBe(ARTICLE_TEXT);
  });

  it('takes the title from the first # heading when there is no front matter', async () => {
    const doc = await md(`# Harbour board orders survey\n\n*By Nessa Arden*\n\n${ARTICLE_TEXT}`);
    expect(doc.title).toBe('Harbour board orders survey');
    expect(doc.author).toBe('Nessa Arden');
    expect(doc.text).toBe(ARTICLE_TEXT);
  });

  it('strips Markdown syntax and keeps the words', async () => {
    const doc = await md(
      [
        'Setext title',
        '============',
        '',
        'The **commission** voted _five_ to `two`, see [the minutes](https://example.org/m "Minutes") and ![a chart of votes](chart.png).[^1]',
        'A wrapped line continues here with \\*escaped\\* stars &amp; an entity.',
        '',
        '## Reactions',
        '',
        '> Fishermen asked for a survey',
        '> of the oyster beds.',
        '',
        '- [x] survey ordered',
        '* hearing in spring',
        '1. report by May',
        '',
        '| Member | Vote |',
        '|--------|------|',
        '| Halloran | yes |',
        '',
        '```js',
        'const votes = 5;',
        '```',
        '',
        '---',
        '',
        '<div class="note">Inline <b>HTML</b> keeps its text</div><script>alert(1)</script>',
        '',
        '[^1]: The minutes were published the next day.',
        '[ref]: https://example.org/ref',
      ].join('\n'),
    );
    expect(doc.title).toBe('Setext title');
    expect(doc.text.split('\n\n')).toEqual([
      'The commission voted five to two, see the minutes and a chart of votes. A wrapped line continues here with *escaped* stars & an entity.',
      'Reactions',
      'Fishermen asked for a survey of the oyster beds.',
      'survey ordered',
      'hearing in spring',
      'report by May',
      'Member; Vote',
      'Halloran; yes',
      'const votes = 5;',
      'Inline HTML keeps its text',
      'The minutes were published the next day.',
    ]);
  });

  it('keeps snake_case words and lone asterisks intact', async () => {
    const doc = await md('# Notes\n\nThe file_name_here has 5 * 3 items and a_b.');
    expect(doc.text).toBe('The file_name_here has 5 * 3 items and a_b.');
  });

  it('names a Markdown file with no heading after its first line or file name', async () => {
    const doc = await md(PARAGRAPHS.join('\n\n'));
    expect(doc.title).toBe('harbour');
    expect(doc.text).toBe(ARTICLE_TEXT);
  });
});
