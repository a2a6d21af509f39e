/**
 * English quoting vocabulary: reporting verbs (past and present), pronouns, role nouns.
 * @module
 */
import type { Agreement, CueLexicon } from './types.js';

const VERBS = ['said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'noted', 'notes', 'stressed', 'explained',
  'explains', 'wrote', 'writes', 'asked', 'asks', 'continued', 'continues', 'argued', 'argues', 'insisted', 'insists',
  'claimed', 'claims', 'declared', 'warned', 'warns', 'tweeted', 'recalled', 'recalls', 'replied', 'answered',
  'admitted', 'acknowledged', 'announced', 'suggested', 'remarked', 'observed', 'concluded', 'responded', 'joked',
  'cautioned', 'contended', 'emphasized', 'emphasised', 'maintained', 'posted', 'stated', 'states', 'predicted',
  'quipped', 'vowed', 'declared', 'conceded', 'countered', 'complained', 'boasted', 'charged', 'urged', 'shouted',
  'exclaimed', 'mused', 'offered', 'agreed', 'pointed', 'went', 'reported', 'testified', 'recounted', 'promised',
  'thundered', 'blasted', 'fumed', 'lamented', 'wondered', 'according', 'stressed', 'reiterated', 'interjected',
  'opined', 'ventured', 'snapped', 'retorted', 'laughed', 'began', 'concluded', 'echoed', 'assured', 'alleged',
  'saying', 'tweeting', 'reports', 'demanded', 'pleaded', 'yelled', 'screamed', 'chanted', 'whispered',
  'bragged', 'scoffed', 'sniped', 'teased', 'elaborated', 'chimed', 'asserted', 'asserts', 'wrote', 'texted',
  'emailed', 'summarized', 'summed', 'proclaimed', 'marveled', 'griped'];

/**
 * Verbs whose object or participle clause carries a quote ("X called it "Q"", "…, adding "Q""):
 * they name the speaker of a quote in their sentence but do not make a quote (measured: as cues
 * they accepted more quoted phrases than quotes on PolNeAR).
 */
const OBJECT_VERBS = ['called', 'calling', 'calls', 'described', 'describes', 'describing', 'branded', 'likened',
  'dismissed', 'condemned', 'labeled', 'labelled', 'dubbed', 'writing', 'asking', 'adding', 'noting', 'sings', 'sang',
  'accused', 'exhorted', 'promising', 'insisting', 'arguing', 'warning', 'telling', 'compared', 'attacked',
  'admitting', 'acknowledging', 'conceding', 'claiming', 'explaining', 'recalling', 'declaring'];

/** English quoting vocabulary. */
export const EN: CueLexicon = {
  verbs: new Map<string, Agreement>(VERBS.map((w): [string, Agreement] => [w, undefined])),
  speakerVerbs: new Set(OBJECT_VERBS),
  questionVerbs: new Set(['asked', 'asks']),
  reportVerbs: new Set<string>(),
  pronouns: new Map<string, Agreement>([['he', 'm'], ['she', 'f'], ['they', 'pl']]),
  personRoles: ['minister', 'president', 'senator', 'governor', 'spokesman', 'spokeswoman', 'spokesperson', 'candidate',
    'nominee', 'official', 'secretary', 'mayor', 'chairman', 'chairwoman', 'leader', 'expert', 'analyst', 'adviser',
    'advisor', 'aide', 'congressman', 'congresswoman', 'representative', 'director', 'ambassador', 'businessman', 'chief', 'commissioner',
    'billionaire', 'democrat', 'republican', 'speaker', 'manager', 'strategist', 'host', 'pollster', 'professor'],
  orgRoles: ['campaign', 'police', 'statement', 'ministry', 'department', 'office', 'agency', 'committee', 'government',
    'administration', 'company', 'report', 'spokesperson'],
  selfRoles: ['journalist', 'reporter', 'moderator', 'interviewer'],
  prepositions: new Set(['in', 'on', 'at', 'to', 'from', 'for', 'with', 'about', 'of', 'by', 'during', 'after', 'before',
    'into', 'over', 'via', 'than', 'on']),
};
