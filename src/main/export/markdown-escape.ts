// The escaping rules are shared with the editor's Markdown transformers (one Markdown path).
export * from '../../shared/markdown-escape';
