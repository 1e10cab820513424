import { type FormEvent, useState } from 'react';
import type { EntityCard } from '../../../shared/model';
import { api } from '../lib/api';
import { postLabel } from './types';

interface Props {
  card: EntityCard;
  articleTitles: ReadonlyMap<string, string>;
  onCorrect: (run: () => Promise<string | null>) => Promise<void>;
}

/** The post being edited: one the card shows (its label), or a new one. */
type Editing = { from: string | null } | null;

/** A person's posts with the articles that state them; each can be corrected or removed, and one added. */
export function PostsSection({ card, articleTitles, onCorrect }: Props) {
  const [editing, setEditing] = useState<Editing>(null);
  const posts = new Map<string, { role: EntityCard['roles'][number]; articles: Set<string> }>();
  for (const role of card.roles) {
    const label = postLabel(role);
    const post = posts.get(label) ?? { role, articles: new Set<string>() };
    post.articles.add(role.articleId);
    posts.set(label, post);
  }
  const sourceOf = (id: string) => (id ? (articleTitles.get(id) ?? 'an article no longer here') : 'added by you');
  const form = (from: string | null, role?: EntityCard['roles'][number]) => (
    <PostForm
      key={from ?? 'new'}
      initial={role}
      onCancel={() => setEditing(null)}
      onSave={(to) => {
        setEditing(null);
        void onCorrect(async () => (await api.editPost(card.id, from, to)).id);
      }}
    />
  );
  if (posts.size === 0 && card.type !== 'PERSON' && !editing) return null;
  return (
    <section className="card-section" aria-label="Posts">
      <h3>Posts</h3>
      <ul className="post-list">
        {[...posts].map(([label, { role, articles }]) => (
          <li key={label}>
            {editing?.from === label ? (
              form(label, role)
            ) : (
              <>
                <span className="post-title">{label}</span>
                <span className="post-source">{[...articles].map(sourceOf).join(' · ')}</span>
                <span className="post-actions">
                  <button type="button" className="chip-action" onClick={() => setEditing({ from: label })} aria-label={`Edit the post ${label}`}>
                    Edit
                  </button>
                  <button type="button" className="chip-action" onClick={() => void onCorrect(async () => (await api.editPost(card.id, label, null)).id)} aria-label={`Remove the post ${label}`}>
                    Remove
                  </button>
                </span>
              </>
            )}
          </li>
        ))}
      </ul>
      {editing?.from === null ? (
        form(null)
      ) : (
        <button type="button" className="chip-action" onClick={() => setEditing({ from: null })}>
          Add post…
        </button>
      )}
    </section>
  );
}

interface FormProps {
  initial?: { title: string; organization?: string; former?: boolean };
  onSave: (post: { title: string; organization?: string; former?: boolean }) => void;
  onCancel: () => void;
}

function PostForm({ initial, onSave, onCancel }: FormProps) {
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const organization = String(data.get('organization') ?? '').trim();
    onSave({ title: String(data.get('title') ?? ''), ...(organization ? { organization } : {}), ...(data.get('former') ? { former: true } : {}) });
  };
  return (
    <form
      className="card-form post-form"
      aria-label={initial ? 'Edit post' : 'Add post'}
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        onCancel();
      }}
    >
      <input name="title" aria-label="Post" placeholder="Post, e.g. Foreign Minister" defaultValue={initial?.title ?? ''} required ref={(el) => el?.focus()} />
      <input name="organization" aria-label="Of (organisation)" placeholder="Of (optional)" defaultValue={initial?.organization ?? ''} />
      <label className="post-former">
        <input type="checkbox" name="former" defaultChecked={initial?.former ?? false} /> Former
      </label>
      <div className="merge-buttons">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary">
          Save post
        </button>
      </div>
    </form>
  );
}
