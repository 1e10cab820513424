import { describe, expect, it } from 'vitest';
import { DOCUMENT_FEATURES, documentFeatures } from '../../../../../src/main/extract/ner/document';
import { TAGS } from '../../../../../src/main/extract/ner/tags';

const names = (ids: number[] | undefined) => ids?.map((id) => DOCUMENT_FEATURES[id]);
const tag = (t: string) => TAGS.indexOf(t as (typeof TAGS)[number]);

function features(sentences: [string, string][][]) {
  const words = sentences.map((s) => s.map(([w]) => w));
  const lower = words.map((ws) => ws.map((w) => w.toLowerCase()));
  const paths = sentences.map((s) => s.map(([, t]) => tag(t)));
  return documentFeatures(words, lower, paths);
}

describe('documentFeatures', () => {
  const doc = features([
    [['LEEDS', 'B-LOC'], ['2', 'O'], ['Arsenal', 'B-ORG'], ['1', 'O']],
    [['Leeds', 'B-ORG'], ['United', 'I-ORG'], ['beat', 'O'], ['Arsenal', 'B-ORG'], ['.', 'O']],
    [['Leeds', 'B-ORG'], ['United', 'I-ORG'], ['won', 'O'], ['in', 'O'], ['Leeds', 'B-LOC'], ['.', 'O']],
  ]);

  it('gives a word the type it mostly has elsewhere ("?": not always), beside the type it has here', () => {
    expect(names(doc[0][0])).toEqual(expect.arrayContaining(['dm:ORG?', 'dc:LOC|ORG', 'da:LOC']));
  });

  it('leaves words the first pass read the same way everywhere as they are', () => {
    // "Arsenal" is an organisation both times, as is "United" of "Leeds United".
    expect(doc[1][3]).toBeUndefined();
    expect(doc[2][1]).toBeUndefined();
  });

  it('marks words that repeat a name found elsewhere, and words of a longer name found elsewhere', () => {
    expect(names(doc[2][4])).toEqual(expect.arrayContaining(['dl:ORG|B', 'dm:ORG?', 'dc:LOC|ORG']));
    expect(names(doc[0][0])).toContain('dl:ORG|B');
    const repeated = features([
      [['Leeds', 'B-ORG'], ['United', 'I-ORG'], ['won', 'O'], ['.', 'O']],
      [['Leeds', 'B-LOC'], ['United', 'O'], ['lost', 'O'], ['.', 'O']],
    ]);
    expect(names(repeated[1][0])).toContain('dx:ORG|B');
    expect(names(repeated[1][1])).toContain('dx:ORG|I');
  });

  it('marks a person named by one word only, never in full, by how often it is named so', () => {
    const solo = features([
      [['Pirelli', 'B-PER'], ['shares', 'O'], ['rose', 'O'], ['.', 'O']],
      [['Pirelli', 'B-PER'], ['said', 'O'], ['so', 'O'], ['.', 'O']],
      [['Marco', 'B-PER'], ['Tronchetti', 'I-PER'], ['spoke', 'O'], ['.', 'O']],
      [['Tronchetti', 'B-PER'], ['agreed', 'O'], ['.', 'O']],
    ]);
    expect(names(solo[0][0])).toEqual(['ds:2', 'mds:2']);
    // A surname the document also gives with the first name is not marked.
    expect(solo[3][0]).toBeUndefined();
    // Nor are names the first pass split at a particle ("Mohammed" "bin" "Salman").
    const split = features([[['Mohammed', 'B-PER'], ['bin', 'O'], ['Salman', 'B-PER'], ['spoke', 'O'], ['.', 'O']]]);
    expect(split[0][0]).toBeUndefined();
    expect(split[0][2]).toBeUndefined();
    // Nor a name second in its sentence after a capital the first pass left out ("Song" "Xuewen"), unless in a headline or table.
    expect(features([[['Song', 'O'], ['Xuewen', 'B-PER'], ['called', 'O'], ['.', 'O']]])[0][1]).toBeUndefined();
    expect(names(features([[['SONG', 'O'], ['XUEWEN', 'B-PER'], ['WINS', 'O']]])[0][1])).toEqual(['ds:1', 'Cds:1']);
  });

  it('leaves lower-case words and words found nowhere else without features', () => {
    expect(doc[1][2]).toBeUndefined();
    expect(doc[0][1]).toBeUndefined();
  });
});
