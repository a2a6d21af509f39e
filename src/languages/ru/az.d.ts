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
    normalize(keepPOS?: boolean): AzParse;
    inflect(grammemes: string[] | Record<string, unknown>): AzParse | false;
  }
  export interface AzMorph {
    (word: string, config?: Record<string, unknown>): AzParse[];
    init(callback: (err: unknown) => void): void;
    init(path: string, callback: (err: unknown) => void): void;
  }
  const Az: { Morph: AzMorph };
  export default Az;
}
