import type { ElementTransformer } from '@lexical/markdown';
import {
  $createTableCellNode,
  $createTableNode,
  $createTableRowNode,
  $isTableCellNode,
  $isTableNode,
  $isTableRowNode,
  TableCellHeaderStates,
  TableCellNode,
  TableNode,
  TableRowNode,
} from '@lexical/table';
import { $createParagraphNode, $createTextNode, type ElementNode } from 'lexical';

const ROW = /^\|(.+)\|\s*$/;
const DIVIDER = /^\|(\s*:?-{3,}:?\s*\|)+\s*$/;

function cellText(cell: ElementNode): string {
  return cell.getTextContent().replace(/\n+/g, ' ').replace(/\|/g, '\\|').trim();
}

/** Tables as GitHub-flavoured Markdown: the first row is the header. */
export const TABLE: ElementTransformer = {
  dependencies: [TableNode, TableRowNode, TableCellNode],
  export: (node) => {
    if (!$isTableNode(node)) return null;
    const rows = node.getChildren().filter($isTableRowNode);
    const lines = rows.map((row) => `| ${row.getChildren().filter($isTableCellNode).map(cellText).join(' | ')} |`);
    if (lines.length === 0) return '';
    const width = rows[0].getChildrenSize();
    lines.splice(1, 0, `|${' --- |'.repeat(width)}`);
    return lines.join('\n');
  },
  regExp: ROW,
  replace: (parentNode, _children, match, isImport) => {
    if (!isImport) return false;
    const previous = parentNode.getPreviousSibling();
    if (DIVIDER.test(match[0])) {
      if ($isTableNode(previous)) parentNode.remove();
      return;
    }
    const cells = match[1].split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, '|'));
    const table = $isTableNode(previous) ? previous : $createTableNode();
    const header = !$isTableNode(previous);
    const row = $createTableRowNode();
    for (const text of cells) {
      const cell = $createTableCellNode(header ? TableCellHeaderStates.ROW : TableCellHeaderStates.NO_STATUS);
      cell.append($createParagraphNode().append($createTextNode(text)));
      row.append(cell);
    }
    table.append(row);
    if (table === previous) parentNode.remove();
    else parentNode.replace(table);
  },
  type: 'element',
};
