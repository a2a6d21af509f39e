// Types for the parts of `az` (OpenCorpora morphology for Russian, MIT) that we use.
declare module 'az' {
  export interface AzTag {
    /** Part of speech (NOUN, ADJF, VERB, ...). */
    POS?: string;
    /** Case (nomn, gent, datv, accs, ablt, loct, ...). */
    CAse?: string;
    /** Gender (masc, femn, neut, ms-f). */
    GNdr?: string;
    /** Number (sing, plur). */
    NMbr?: string;
    /** Every grammeme is also a boolean property (Name, Surn, Patr, Geox, Orgn, Abbr, ...). */
    [grammeme: string]: unknown;
    stat: string[];
    flex: string[];
    toString(): string;
  }
  export interface AzParse {
    word: string;
    tag: AzTag;
    score: number;
    stutter?: number;
    typos?: number;
    /** The az parser that produced this reading ('Dictionary' for dictionary words). */
    parser?: string;
    normalize(keepPOS?: boolean): AzParse;
    inflect(grammemes: string[] | Record<string, unknown>): AzParse | false;
  }
  export interface AzMorph {
    (word: string, config?: Record<string, unknown>): AzParse[];
    init(callback: (err: unknown) => void): void;
    init(path: string, callback: (err: unknown) => void): void;
  }
  /** az's file loader (fs in Node, XHR in the browser); every dictionary file goes through it. */
  export type AzLoad = (url: string, responseType: 'json' | 'arraybuffer', callback: (err: unknown, data?: unknown) => void) => void;
  const Az: { Morph: AzMorph; load: AzLoad };
  export default Az;
}
