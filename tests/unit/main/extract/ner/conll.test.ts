import { describe, expect, it } from 'vitest';
import { runningText } from '../../../../../src/main/extract/ner/conll';

const words = (line: string) => ({ words: line.split(' ') });

describe('runningText (eng.train as the dev and test splits hold their text)', () => {
  it('glues closing marks and clitics to the word before and opening ones to the word after', () => {
    const { text } = runningText([words('Antonio Esposito ( Grasshoppers ) , the club \'s $ 5 million striker , is n\'t fit .')]);
    expect(text).toBe("Antonio Esposito (Grasshoppers), the club's $5 million striker, isn't fit.");
  });

  it('reads a straight quote as opening at a sentence start, closing at its end, and in turn between', () => {
    const { text } = runningText([words('" We won , " he said . "'), words('It was hard , " Ann Lee said .')]);
    expect(text).toBe('"We won," he said."\nIt was hard," Ann Lee said.');
  });

  it("reads a single quote after a word as closing and after a mark as opening", () => {
    const { text } = runningText([words("the players ' union said , ' keep going , ' he said")]);
    expect(text).toBe("the players' union said, 'keep going,' he said");
  });

  it('gives each word its offset, a sentence a line', () => {
    const sentences = [words('Sion ( Switzerland )'), words('Paris')];
    const { text, starts } = runningText(sentences);
    sentences.forEach((s, i) => {
      s.words.forEach((w, j) => {
        expect(text.slice(starts[i][j], starts[i][j] + w.length)).toBe(w);
      });
    });
    expect(text).toBe('Sion (Switzerland)\nParis');
  });
});
