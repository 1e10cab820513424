import { afterEach, describe, expect, it } from 'vitest';
import { gazetteerLabels, isKnownOrganization, isKnownPlace, setNameLists } from '../../../../../src/main/extract/ner/gazetteer';

describe('gazetteer: the name lists a fold of training documents is read with', () => {
  afterEach(() => setNameLists(undefined));

  it('reads the lists it is given in place of the lexicon’s, and the lexicon’s again after', () => {
    expect(isKnownPlace('Paris')).toBe(true);
    expect(isKnownOrganization('Zorblax Holdings')).toBe(false);
    setNameLists({ places: ['Quux Town'], organizations: ['Zorblax Holdings'], family: ['Vantwerp'] });
    expect(isKnownPlace('Quux Town')).toBe(true);
    expect(isKnownPlace('Paris')).toBe(false);
    expect(isKnownOrganization('Zorblax Holdings')).toBe(true);
    expect(gazetteerLabels(['Zorblax', 'Holdings', 'hired', 'Jan', 'Vantwerp'])).toEqual([['ORG-B'], ['ORG-I', 'OHD'], ['LOW'], ['GIV'], ['FAM']]);
    setNameLists(undefined);
    expect(isKnownPlace('Paris')).toBe(true);
    expect(isKnownOrganization('Zorblax Holdings')).toBe(false);
    expect(gazetteerLabels(['Vantwerp'])).toEqual([[]]);
  });

  it("knows countries' regions as places for the rules, but gives the tagger no place feature for them", () => {
    expect(isKnownPlace('Prince Edward Island')).toBe(true);
    expect(isKnownPlace('Helmand')).toBe(true);
    expect(isKnownPlace('Aargau')).toBe(true);
    expect(gazetteerLabels(['Aargau'])).toEqual([[]]);
    // A one-word region the text also writes in lower case is no known place.
    expect(isKnownPlace('Western')).toBe(false);
  });
});
