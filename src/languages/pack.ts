/**
 * The language pack interface: everything language-specific sits behind it, so adding a language
 * is adding a folder under `src/languages/`. Packs are passed to {@link createEnricher} explicitly
 * (no global self-registration: bundlers would drop such side-effect imports).
 * @module
 */

/** Resources a pack has loaded; grows as the entity, quote and keyword stages land. */
export interface LoadedLanguage {
  /** ISO 639-1 code. */
  readonly code: string;
}

/** A language pack: cheap to import, its heavy resources load in {@link LanguagePack.load}. */
export interface LanguagePack {
  /** ISO 639-1 code. */
  readonly code: string;
  /** English name of the language. */
  readonly name: string;
  /** Loads the pack's resources once; called by `createEnricher`. */
  load(): Promise<LoadedLanguage>;
}

/** Builds a pack whose resources are loaded lazily on first `load()` and then shared. */
export function definePack(code: string, name: string, loader: () => Promise<LoadedLanguage>): LanguagePack {
  let loading: Promise<LoadedLanguage> | undefined;
  return {
    code,
    name,
    load: () => (loading ??= loader()),
  };
}
