/** The fields of a pasted article: its text and where it came from. */
export function PasteFields() {
  return (
    <>
      <label>
        Title
        <input name="title" placeholder="Headline (optional: the first line is used)" />
      </label>
      <label>
        Text
        <textarea name="text" rows={11} placeholder="Paste the article text here" />
      </label>
      <div className="row">
        <label>
          Source
          <input name="source" placeholder="Publication" />
        </label>
        <label>
          Author
          <input name="author" />
        </label>
        <label>
          Published
          <input name="publishedAt" type="date" />
        </label>
      </div>
      <label>
        Address
        <input name="url" type="url" placeholder="https://…" />
      </label>
    </>
  );
}
