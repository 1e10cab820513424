import { type FormEvent, useState } from 'react';
import type { ArticleView } from '../../../shared/model';
import { api, errorMessage } from '../lib/api';
import { closedBy, DialogActions, FormError, useModal } from '../lib/dialog';

interface Props {
  article: ArticleView;
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}

/** Title, source, author, date and address of an article, as the analyst wants them cited. */
export function ArticleDetailsDialog({ article, open, onClose, onSaved }: Props) {
  const [error, setError] = useState<string | null>(null);
  const ref = useModal(open, () => setError(null));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const value = (k: string) => String(data.get(k) ?? '');
    const url = value('url').trim();
    if (url && !/^https?:\/\/\S+$/i.test(url)) return setError('The address must start with http:// or https://.');
    try {
      await api.updateArticle(article.id, { title: value('title'), source: value('source'), author: value('author'), publishedAt: value('publishedAt'), url });
      onSaved();
      onClose();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <dialog ref={ref} className="dialog" aria-labelledby="details-title" {...closedBy(ref, onClose)}>
      <form className="dialog-body" onSubmit={submit}>
        <h2 id="details-title">Article details</h2>
        <label>
          Title
          <input name="title" defaultValue={article.title} required />
        </label>
        <div className="row">
          <label>
            Source
            <input name="source" defaultValue={article.source ?? ''} placeholder="Publication" />
          </label>
          <label>
            Author
            <input name="author" defaultValue={article.author ?? ''} />
          </label>
          <label>
            Published
            <input name="publishedAt" type="date" defaultValue={/^\d{4}-\d{2}-\d{2}$/.test(article.publishedAt ?? '') ? article.publishedAt : ''} />
          </label>
        </div>
        <label>
          Address
          <input name="url" type="url" defaultValue={article.url ?? ''} placeholder="https://…" />
        </label>
        <p className="hint">Imported {new Date(article.importedAt).toLocaleString()} from {article.format === 'paste' ? 'pasted text' : `a .${article.format} file`}.</p>
        <FormError message={error} />
        <DialogActions onCancel={onClose} submitLabel="Save details" />
      </form>
    </dialog>
  );
}
