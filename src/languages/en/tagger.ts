/**
 * The English sequence tagger: the statistical model with document-level case features, then the
 * sentence rules the training data cannot teach (titles, initials, surname particles, results
 * tables and scorecards, datelines, news agencies, bracketed acronyms).
 * @module
 */
import { createTagger, type SequenceTagger, type TaggerModelJson } from '../../entities/tagger/index.js';
import { createEnglishExtractor, englishDocumentContext, type EnglishDictionary, type EnglishGazetteer, type NameLexicon } from './features.js';
import { bracketedAcronyms, countryThenName, datelines, describedOrganizations, headedOrganizations, fixtureLines, initialNames, knownNames, knownOrganizations, lonePeople, nationalityNames, particleNames, scorecardNames, scoredPlaces, splitPlaceRuns, sportsTeams, tidySpans, titleLedNames, untaggedCountries } from './rules.js';

/**
 * The English tagger over a trained model (data/en/ner-model.json), its name lexicon
 * (data/en/names.json), place and organization-word lists (data/en/gazetteer.json) and the word
 * list (data/en/lexicon.json): the extractor must see the lists the model was trained with.
 */
export function createEnglishTagger(model: TaggerModelJson, names: NameLexicon, gazetteer?: EnglishGazetteer, dictionary?: EnglishDictionary): SequenceTagger {
  const statistical = createTagger(model, createEnglishExtractor(names, gazetteer, dictionary), englishDocumentContext);
  const common = new Set(dictionary?.common ?? []);
  const isCommon = (lower: string) => common.has(lower);
  const people = new Set((gazetteer?.people ?? []).map((p) => p.toLowerCase()));
  const isKnownPerson = (lower: string) => people.has(lower);
  const organizations = knownNames(gazetteer?.organizations ?? []);
  return {
    labels: statistical.labels,
    documentContext: englishDocumentContext,
    tag: (words, context) => {
      let spans = splitPlaceRuns(words, tidySpans(words, statistical.tag(words, context)));
      spans = countryThenName(words, spans);
      spans = titleLedNames(words, spans);
      spans = initialNames(words, spans);
      spans = particleNames(words, spans);
      spans = scorecardNames(words, spans);
      spans = sportsTeams(words, spans);
      spans = nationalityNames(words, spans, isCommon);
      spans = lonePeople(words, spans, isKnownPerson, isCommon);
      spans = describedOrganizations(words, spans);
      spans = headedOrganizations(words, spans);
      spans = scoredPlaces(words, spans);
      spans = fixtureLines(words, spans);
      spans = datelines(words, spans);
      spans = knownOrganizations(words, spans, organizations);
      spans = bracketedAcronyms(words, spans);
      return untaggedCountries(words, spans);
    },
  };
}
