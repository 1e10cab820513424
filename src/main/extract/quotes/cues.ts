// Words that introduce or close a quotation in news copy ("said", "told reporters", "according to").

/** Words that hold a quoted phrase up as a name rather than speech ("the so-called “reset”", "dubbed “Pacific NATO”"), for regexes. */
export const NAMING_CUE = 'so-called|so called|dubbed|termed|branded|labell?ed|nicknamed|known as';

const SPEECH_VERBS = [
  'say', 'said', 'says', 'saying', 'add', 'added', 'adds', 'adding', 'tell', 'told', 'tells', 'telling',
  'write', 'wrote', 'writes', 'writing', 'written', 'state', 'stated', 'states', 'stating',
  'explain', 'explained', 'explains', 'explaining', 'note', 'noted', 'notes', 'noting',
  'argue', 'argued', 'argues', 'arguing', 'ask', 'asked', 'asks', 'asking', 'reply', 'replied', 'replies', 'replying',
  'respond', 'responded', 'responds', 'responding', 'continue', 'continued', 'continues', 'continuing',
  'declare', 'declared', 'declares', 'declaring', 'insist', 'insisted', 'insists', 'insisting',
  'claim', 'claimed', 'claims', 'claiming', 'warn', 'warned', 'warns', 'warning', 'recall', 'recalled', 'recalls', 'recalling',
  'remark', 'remarked', 'tweet', 'tweeted', 'tweets', 'tweeting', 'post', 'posted', 'announce', 'announced', 'announces',
  'acknowledge', 'acknowledged', 'acknowledges', 'admit', 'admitted', 'admits', 'quip', 'quipped', 'joke', 'joked', 'jokes',
  'shout', 'shouted', 'yell', 'yelled', 'yells', 'yelling', 'chant', 'chanted', 'chanting', 'conclude', 'concluded', 'concludes',
  'observe', 'observed', 'suggest', 'suggested', 'suggests', 'concede', 'conceded', 'concedes', 'counter', 'countered',
  'emphasize', 'emphasized', 'emphasised', 'stress', 'stressed', 'stresses', 'predict', 'predicted', 'predicts',
  'promise', 'promised', 'promises', 'vow', 'vowed', 'vows', 'charge', 'charged', 'complain', 'complained', 'complains',
  'boast', 'boasted', 'contend', 'contended', 'contends', 'maintain', 'maintained', 'maintains', 'read', 'reads',
  'report', 'reported', 'reports', 'reporting', 'testify', 'testified', 'mused', 'muse', 'muses', 'sighed', 'scoffed',
  'snapped', 'exclaimed', 'cautioned', 'cautions', 'pleaded', 'urged', 'urges', 'demanded', 'demands', 'wondered', 'wonders',
  'hinted', 'lamented', 'laments', 'conceded', 'confirmed', 'confirms', 'denied', 'denies', 'opined', 'blasted', 'slammed',
  'thundered', 'proclaimed', 'pointed', 'points', 'went', 'goes', 'began', 'begins', 'put', 'puts', 'explained', 'recounted',
  'shared', 'retorted', 'interjected', 'interrupted', 'responded', 'answered', 'answers', 'answering', 'describes', 'described',
  'called', 'calls', 'declares', 'shot', 'fired', 'cried', 'screamed', 'whispered', 'repeated', 'repeats', 'reiterated',
  'agreed', 'agrees', 'disagreed', 'offered', 'joked', 'quoted', 'wrote', 'texted', 'emailed', 'e-mailed',
];
const SPEECH = new Set(SPEECH_VERBS);

/** Verbs whose participle hangs off the clause's subject ("Sanders hit back, saying, “…”"). */
const PARTICIPLES = new Set(SPEECH_VERBS.filter((v) => v.endsWith('ing')));

export function isSpeechVerb(word: string): boolean {
  return SPEECH.has(word);
}

export function isParticiple(word: string): boolean {
  return PARTICIPLES.has(word);
}

/** Words that may sit between a speaker and the verb ("he also said", "she has since written"). */
export const BETWEEN_SPEAKER_AND_VERB = new Set([
  'also', 'later', 'then', 'has', 'had', 'have', 'would', 'will', 'once', 'previously', 'recently', 'again',
  'simply', 'since', 'just', 'reportedly', 'was', 'were', 'is', 'flatly', 'repeatedly', 'often',
  'frequently', 'publicly', 'privately', 'bluntly', 'quickly', 'calmly', 'famously', 'further', 'finally',
  'first', 'specifically', 'explicitly', 'did', 'does', 'even', 'still', 'always', 'never', 'already',
  'could', 'might', 'may', 'can', 'should', 'not', 'only', 'subsequently', 'additionally',
]);

/** Personal pronouns that name a speaker. */
export const SPEAKER_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you']);
