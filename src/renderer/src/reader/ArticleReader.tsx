import { type ReactNode, useMemo } from 'react';
import type { ArticleView, EntitySummary } from '../../../shared/model';
import { TYPE_LABELS, typeClass } from '../entities/types';

function paragraphRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const re = /\n\s*\n/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > start) ranges.push([start, m.index]);
    start = m.index + m[0].length;
  }
  if (start < text.length) ranges.push([start, text.length]);
  return ranges;
}

/** The article's text in paragraphs, each entity mention lit up by type. */
export function ArticleReader({ article }: { article: ArticleView }) {
  const entityById = useMemo(() => new Map<string, EntitySummary>(article.entities.map((e) => [e.id, e])), [article]);
  const paragraphs = useMemo(() => {
    const mentions = [...article.mentions].sort((a, b) => a.start - b.start);
    let next = 0;
    return paragraphRanges(article.text).map(([start, end]) => {
      const parts: ReactNode[] = [];
      let at = start;
      while (next < mentions.length && mentions[next].start < end) {
        const m = mentions[next++];
        const entity = entityById.get(m.entityId);
        if (m.start < at || m.end > end || !entity) continue;
        if (m.start > at) parts.push(article.text.slice(at, m.start));
        parts.push(
          <mark key={m.start} className={`mention ${typeClass(entity.type)}`} title={`${TYPE_LABELS[entity.type].singular}: ${entity.name}`}>
            {article.text.slice(m.start, m.end)}
          </mark>,
        );
        at = m.end;
      }
      if (at < end) parts.push(article.text.slice(at, end));
      return { start, parts };
    });
  }, [article, entityById]);

  const meta = [article.source, article.author && `By ${article.author}`, article.publishedAt].filter(Boolean);
  return (
    <article className="reader" aria-label="Article">
      <div className="editor-scroll">
        <div className="editor-page reader-page">
          <h1 className="reader-title">{article.title}</h1>
          <p className="reader-meta">
            {meta.join(' · ')}
            {article.url && (
              <>
                {meta.length ? ' · ' : ''}
                <a href={article.url} target="_blank" rel="noreferrer noopener">
                  {new URL(article.url, 'https://invalid/').hostname || article.url}
                </a>
              </>
            )}
          </p>
          <div className="reader-body">
            {paragraphs
              // The headline is shown above; do not repeat it when the text opens with it.
              .filter((p, i) => !(i === 0 && article.text.slice(p.start).startsWith(`${article.title}\n`)))
              .map((p) => (
              <p key={p.start}>{p.parts}</p>
            ))}
          </div>
        </div>
      </div>
    </article>
  );
}
