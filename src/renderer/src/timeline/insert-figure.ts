import { createHeadlessEditor } from '@lexical/headless';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createHeadingNode } from '@lexical/rich-text';
import { $createTableCellNode, $createTableNode, $createTableRowNode, TableCellHeaderStates } from '@lexical/table';
import { $createParagraphNode, $createTextNode, $getRoot, type LexicalNode } from 'lexical';
import type { EvidenceSentence } from '../../../shared/model';
import { NOTE_NODES } from '../../../shared/editor-nodes';
import { $createFigureNode } from '../../../shared/nodes/FigureNode';

/** A picture as a note holds it: a titled table of what was drawn, each row citing a numbered source. */
export interface Figure {
  title: string;
  /** One line under the table: what the figure shows and how it was drawn. */
  caption: string;
  header: string[];
  /** The picture itself, when the view could draw one: a PNG data URL and its size in pixels. */
  image?: { src: string; alt: string; width: number; height: number } | null;
  /** Cells as text; the last cell of each row is filled with the source's number. */
  rows: Array<{ cells: string[]; source: EvidenceSentence }>;
}

type Source = Pick<EvidenceSentence, 'articleId' | 'articleTitle' | 'source' | 'publishedAt' | 'url'>;

/** "Title — Source, 2024-10-03, https://…": a source as the figure's list names it. */
export function sourceLine(source: Source): string {
  const where = [source.source, source.publishedAt, source.url].filter(Boolean).join(', ');
  return `${source.articleTitle || 'Untitled article'}${where ? ` — ${where}` : ''}`;
}

/** The articles a figure's rows came from, numbered in the order they first appear. */
export function numberSources(figure: Figure): { numbers: Map<string, number>; sources: Source[] } {
  const numbers = new Map<string, number>();
  const sources: Source[] = [];
  for (const { source } of figure.rows) {
    if (numbers.has(source.articleId)) continue;
    numbers.set(source.articleId, sources.length + 1);
    sources.push(source);
  }
  return { numbers, sources };
}

function $cell(text: string, header: boolean): LexicalNode {
  const cell = $createTableCellNode(header ? TableCellHeaderStates.ROW : TableCellHeaderStates.NO_STATUS);
  return cell.append($createParagraphNode().append($createTextNode(text)));
}

/**
 * The note's content with the figure at the end: a heading, the picture with its caption, a table of
 * the evidence (which Markdown and PDF export already carry) and the numbered list of sources. Built
 * headless so no editor need be open.
 */
export function appendFigure(content: string, figure: Figure): string {
  const editor = createHeadlessEditor({
    namespace: 'dossier-figure',
    nodes: [...NOTE_NODES],
    onError: (error) => {
      throw error;
    },
  });
  if (content.trim()) editor.setEditorState(editor.parseEditorState(content));
  const { numbers, sources } = numberSources(figure);
  editor.update(
    () => {
      const root = $getRoot();
      const last = root.getLastChild();
      if (last && last.getTextContent() === '' && last.getType() === 'paragraph') last.remove();
      const table = $createTableNode();
      table.append($createTableRowNode().append(...[...figure.header, 'Source'].map((h) => $cell(h, true))));
      for (const row of figure.rows) table.append($createTableRowNode().append(...[...row.cells, `[${numbers.get(row.source.articleId)}]`].map((c) => $cell(c, false))));
      const list = $createListNode('number');
      for (const source of sources) list.append($createListItemNode().append($createTextNode(sourceLine(source))));
      const heading = $createHeadingNode('h3').append($createTextNode(figure.title));
      // The picture and its caption, then the evidence it was drawn from; without a picture, the caption under the table.
      const image = figure.image;
      const caption = $createParagraphNode().append($createTextNode(figure.caption).setFormat('italic'));
      root.append(
        heading,
        ...(image ? [$createFigureNode({ ...image, caption: figure.caption })] : []),
        table,
        ...(image ? [] : [caption]),
        $createParagraphNode().append($createTextNode('Sources').setFormat('bold')),
        list,
        $createParagraphNode(),
      );
    },
    { discrete: true },
  );
  return JSON.stringify(editor.getEditorState().toJSON());
}
