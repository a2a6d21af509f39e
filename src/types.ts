/**
 * The output contract of news-enrich. Every field is plain JSON: serializable, deterministic,
 * in a stable order. Offsets are JavaScript string indices (UTF-16 code units), `end` exclusive,
 * into the caller's text (or into {@link Enrichment.text} when the input was HTML).
 * @module
 */

/** A half-open range `[start, end)` of the analysed text. */
export interface Span {
  start: number;
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
  kind: ChromeKind;
}

/** The article's author as the byline gives it. */
export interface Byline {
  author: string;
  role?: string;
}

/** Where the article body is, and what around it is chrome. */
export interface Body extends Span {
  /** The headline, when the page text has one (or the caller gave one). */
  title?: string;
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
  type: EntityType;
  /** Normal form (nominative for Russian and Kazakh). */
  name: string;
  /** The role or title the text gives ("программный директор"). */
  role?: string;
  /** 0..1: how central the entity is to the article. */
  salience: number;
  mentions: Mention[];
}

/** A quote and its speaker. */
export interface Quote extends Span {
  /** Exactly `text.slice(start, end)`; excludes quote marks, the dialogue dash and the frame's comma. */
  text: string;
  kind: 'direct' | 'indirect';
  speaker?: { name: string; id?: string };
  /** The attribution verb ("отметил", "деді", "said"). */
  cue?: string;
  cueStart?: number;
}

/** A keyphrase of the article. */
export interface Keyword {
  /** Lemmatized, readable form. */
  term: string;
  score: number;
  mentions: Span[];
}

/** Everything news-enrich finds in one article. */
export interface Enrichment {
  /** The caller's `id`, when given. */
  id?: string;
  /** The text that offsets refer to, present when it is not the caller's string (HTML input). */
  text?: string;
  language: LanguageResult;
  body: Body;
  entities: Entity[];
  quotes: Quote[];
  keywords: Keyword[];
  /** Canonical, language-independent tags: `country:KZ`, `person:<key>`, `keyword:ru:<lemma>`. */
  tags: string[];
}

/** What {@link Enricher.enrich} accepts: plain text, or an object with text or HTML. */
export type EnrichInput =
  | string
  | {
      text?: string;
      html?: string;
      title?: string;
      url?: string;
      /** ISO 639-1 code; when given, it wins over detection. */
      lang?: string;
      id?: string;
    };
