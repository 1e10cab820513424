import './pictures.css';

export type Picture = 'timeline' | 'graph';

interface Props {
  shown: Picture | null;
  onShow: (picture: Picture) => void;
}

function Glyph({ picture }: { picture: Picture }) {
  return picture === 'timeline' ? (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.5">
      <path d="M1 10h12" />
      <circle cx="3.5" cy="10" r="1.6" fill="currentColor" />
      <circle cx="8" cy="10" r="1.6" fill="currentColor" />
      <circle cx="8" cy="5.5" r="1.6" fill="currentColor" />
      <circle cx="11.5" cy="10" r="1.6" fill="currentColor" />
    </svg>
  ) : (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.3">
      <path d="M3.5 4 10.5 3.5M3.5 4 7 11M10.5 3.5 7 11" />
      <circle cx="3.5" cy="4" r="2" fill="currentColor" />
      <circle cx="10.5" cy="3.5" r="1.7" fill="currentColor" />
      <circle cx="7" cy="11" r="2.2" fill="currentColor" />
    </svg>
  );
}

/** The library's way to the pictures: the timeline and the entity graph, each shown in the centre. */
export function PictureButtons({ shown, onShow }: Props) {
  return (
    <div className="picture-buttons">
      <button type="button" aria-pressed={shown === 'timeline'} onClick={() => onShow('timeline')} title="Every dated statement, in date order">
        <Glyph picture="timeline" />
        Timeline
      </button>
      <button type="button" aria-pressed={shown === 'graph'} onClick={() => onShow('graph')} title="Who appears with whom, from the sentences that name them">
        <Glyph picture="graph" />
        Entity graph
      </button>
    </div>
  );
}
