/**
 * The output contract of news-enrich. Every field is plain JSON: serializable, deterministic,
 * in a stable order. Offsets are JavaScript string indices (UTF-16 code units), `end` exclusive,
 * into the caller's text (or into {@link Enrichment.text} when the input was HTML).
 * @module
 */

/** A half-open range `[start, end)` of the analysed text. */
export interface Span {
  /** Index of the first character (UTF-16 code units). */
  start: number;
  /** Index just past the last character (exclusive). */
  end: number;
}

/** Kinds of page chrome that surround an article body in text copied from a news page. */
export type ChromeKind =
  | 'headline'
  | 'byline'
  | 'date'
  | 'counter'
  | 'photo'
  | 'caption'
  | 'related'
  | 'share'
  | 'template'
  | 'ad'
  | 'navigation'
  | 'other';

/** A piece of page chrome: text that is on the page but not part of the article. */
export interface ChromeSpan extends Span {
  /** What kind of chrome it is (headline, byline, photo caption, related links, ...). */
  kind: ChromeKind;
}

/** The article's author as the byline gives it. */
export interface Byline {
  /** The author's name as written ("Динара Оспанова"). */
  author: string;
  /** The author's position, when the byline gives one ("обозреватель отдела культуры"). */
  role?: string;
}

/** Where the article body is, and what around it is chrome. */
export interface Body extends Span {
  /** The headline, when the page text has one (or the caller gave one). */
  title?: string;
  /** The author, when the page text has a byline. */
  byline?: Byline;
  /** Chrome spans, sorted by start. Some may lie inside `[start, end)` (a photo credit between paragraphs). */
  chrome: ChromeSpan[];
}

/** The language of one paragraph. */
export interface ParagraphLanguage extends Span {
  /** ISO 639-1 code, or `und` when the paragraph is too short or unknown. */
  code: string;
}

/** Language of the whole text and of each paragraph. */
export interface LanguageResult {
  /** ISO 639-1 code, or `und` when undetermined. */
  code: string;
  /** 0..1; low for short or ambiguous text. 1 when the caller gave the language. */
  confidence: number;
  /** The language of each paragraph, in text order (a Kazakh quote inside a Russian article shows here). */
  paragraphs: ParagraphLanguage[];
}

/** Entity types. */
export type EntityType = 'person' | 'country' | 'place' | 'organization' | 'event';

/** One occurrence of an entity in the text. */
export interface Mention extends Span {
  /** Exactly `text.slice(start, end)`. */
  text: string;
  /** `name` for a name span; `adjective` ("казахстанский"), `role` ("эксперт"), `pronoun` link to the entity without being a name. */
  kind: 'name' | 'adjective' | 'role' | 'pronoun';
  /**
   * Normal form of this mention itself (nominative), for name mentions: "Гусейнова" → "Гусейнов"
   * while the entity's `name` is the full "Эмин Гусейнов".
   */
  normal?: string;
}

/** A resolved entity: all its mentions under one language-independent id. */
export interface Entity {
  /** Canonical id: `country:KZ`, `person:emin-guseinov`, `place:astana`, ... */
  id: string;
  /** What kind of entity it is. */
  type: EntityType;
  /** Normal form (nominative for Russian and Kazakh). */
  name: string;
  /** The role or title the text gives ("программный директор"). */
  role?: string;
  /** 0..1: how central the entity is to the article. */
  salience: number;
  /** Every place the text refers to it, in text order. */
  mentions: Mention[];
}

/** A quote and its speaker. */
export interface Quote extends Span {
  /** Exactly `text.slice(start, end)`; excludes quote marks, the dialogue dash and the frame's comma. */
  text: string;
  /** `direct`: the speaker's words in quote marks or after a dash; `indirect`: reported speech ("сообщил, что ..."). */
  kind: 'direct' | 'indirect';
  /** Who said it, when the text tells. */
  speaker?: {
    /** The speaker's name as an entity name (or the text's words for an unnamed speaker). */
    name: string;
    /** The speaker's {@link Entity.id}, when the speaker is a recognized entity. */
    id?: string;
  };
  /** The attribution verb ("отметил", "деді", "said"). */
  cue?: string;
  /** Where the cue verb starts in the text. */
  cueStart?: number;
}

/** A keyphrase of the article. */
export interface Keyword {
  /** Lemmatized, readable form. */
  term: string;
  /** Relevance to this article; higher is more relevant (comparable within one article). */
  score: number;
  /** Where the keyphrase occurs, in text order. */
  mentions: Span[];
}

/** Everything news-enrich finds in one article. */
export interface Enrichment {
  /** The caller's `id`, when given. */
  id?: string;
  /** The text that offsets refer to, present when it is not the caller's string (HTML input). */
  text?: string;
  /** The language of the text and of each paragraph. */
  language: LanguageResult;
  /** Where the article body is and what around it is page chrome. */
  body: Body;
  /** People, countries, places, organizations and events, most salient first. */
  entities: Entity[];
  /** Direct and indirect quotes with their speakers, in text order. */
  quotes: Quote[];
  /** Keyphrases, most relevant first. */
  keywords: Keyword[];
  /** Canonical, language-independent tags: `country:KZ`, `person:<key>`, `keyword:ru:<lemma>`. */
  tags: string[];
}

/** What {@link Enricher.enrich} accepts: plain text, or an object with text or HTML. */
export type EnrichInput =
  | string
  | {
      /** The article as plain text (copied from a page, chrome and all, is fine). */
      text?: string;
      /** The article's page as HTML; used when `text` is absent. */
      html?: string;
      /** The headline, when it is not part of the text. */
      title?: string;
      /** The page's address; accepted for the caller's convenience, the analysis does not use it. */
      url?: string;
      /** ISO 639-1 code; when given, it wins over detection. */
      lang?: string;
      /** The caller's id, returned as {@link Enrichment.id}. */
      id?: string;
    };
