/**
 * Kazakh quoting vocabulary in Cyrillic and the common Latin romanisations. The quotative `деп`
 * ("saying") is itself a cue: `«Q» деп сұрады S`. Lower case.
 * @module
 */
import type { Agreement, CueLexicon } from './types.js';

const FINITE = [
  // Cyrillic
  'деді', 'дейді', 'деген', 'делінген', 'делген', 'айтты', 'айтады', 'мәлімдеді', 'жазды', 'жазады', 'түсіндірді',
  'нақтылады', 'сұрады', 'қосты', 'атап', 'жауап', 'санайды', 'есептейді', 'пайымдайды', 'сендірді', 'мәлім',
  'хабарлады', 'түйіндеді', 'ескертті', 'деседі', 'дейді ол', 'дейтін', 'мойындады',
  // Latin
  'dedi', 'dedı', 'deıdi', 'deıdı', 'deidi', 'deydi', 'degen', 'delingen', 'delіngen', 'aıtty', 'aitty', 'aytty',
  'málimdedi', 'malimdedi', 'jazdy', 'túsindirdi', 'tusindirdi', 'naqtylady', 'surady', 'qosty', 'sanaıdy',
];
const DEP = ['деп', 'dep'];

/** Kazakh quoting vocabulary. */
export const KK: CueLexicon = {
  verbs: new Map<string, Agreement>([...FINITE, ...DEP].map((w): [string, Agreement] => [w, undefined])),
  questionVerbs: new Set(['сұрады', 'surady']),
  reportVerbs: new Set(['хабарлайды', 'habarlaıdy', 'habarlaidy', 'xabarlaydi', 'жазады', 'таратады']),
  pronouns: new Map<string, Agreement>([['ол', undefined], ['ол кісі', undefined], ['ol', undefined]]),
  personRoles: ['әкім', 'министр', 'mınıstr', 'ministr', 'мемлекет басшы', 'президент', 'prezıdent', 'елбасы',
    'маман', 'maman', 'сенат', 'мәжіліс', 'өңір басшы', 'басшы', 'депутат', 'спикер', 'төраға', 'сарапшы', 'ғалым',
    'дәрігер', 'директор', 'бастық', 'орынбасар', 'вице-министр', 'премьер', 'экономист', 'саясаттанушы', 'akım', 'ákim',
    'basshy', 'memleket basshy', 'depýtat', 'elbasy', 'qonaq', 'қонақ', 'кейіпкер', 'мұғалім', 'ұстаз', 'тренер', 'жаттықтырушы'],
  orgRoles: ['баспасөз қызмет', 'ведомство', 'министрлі', 'әкімдік', 'әкімшілі', 'хабарлама', 'қаулы', 'mınıstrlik',
    'ákimdik', 'qaýly', 'баспасөз'],
  selfRoles: ['журналист', 'тілші', 'jýrnalıst', 'jurnalist', 'tilshi'],
  prepositions: new Set(['туралы', 'үшін', 'арқылы', 'бойынша', 'жөнінде', 'turaly', 'úshin', 'arqyly', 'boıynsha', 'boyynsha', 'jóninde']),
};

/** `деп` forms: the verb that follows completes the cue ("деп сұрады"). */
export const KK_DEP: ReadonlySet<string> = new Set(DEP);
