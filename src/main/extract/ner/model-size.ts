import lexiconFile from './ner.lexicon.model.json';
import modelFile from './ner.model.json';

// Sizes of the shipped model files as JSON text, for `npm run bench` (the files themselves are bundled).
export const MODEL_BYTES = JSON.stringify(modelFile).length;
export const LEXICON_BYTES = JSON.stringify(lexiconFile).length;
