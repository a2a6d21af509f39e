import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers.js';

const indirect = (text: string, lang: string) => quotesOf(text, lang).filter((q) => q.kind === 'indirect');

describe('indirect speech', () => {
  it('takes "X отметил, что …" from the complementizer to the sentence end', () => {
    const [q] = indirect('Вчера Серик Ахметов отметил, что новая дорога откроется уже весной.', 'ru');
    expect(q?.text).toBe('что новая дорога откроется уже весной');
    expect(q?.cue).toBe('отметил');
    expect(q?.speaker?.name).toBe('Серик Ахметов');
  });

  it('takes "По словам X, …" after the source phrase', () => {
    const [q] = indirect('По словам Берика Жумабаева, работы завершатся к осени этого года.', 'ru');
    expect(q?.text).toBe('работы завершатся к осени этого года');
    expect(q?.speaker?.name).toContain('Жумабаев');
  });

  it('splits "Q1, по мнению X, Q2" into two pieces with one source', () => {
    const qs = indirect('Такие меры, по мнению экспертов, помогут снизить цены на продукты.', 'ru');
    expect(qs.map((q) => q.text)).toEqual(['Такие меры', 'помогут снизить цены на продукты']);
  });

  it('takes an inverted frame without marks: "Q, говорят эксперты."', () => {
    const [q] = indirect('Рост цен продолжится и в следующем году, говорят эксперты.', 'ru');
    expect(q?.text).toBe('Рост цен продолжится и в следующем году');
  });

  it('takes Kazakh "X-тың айтуынша, …"', () => {
    const [q] = indirect('Министрдің айтуынша, жаңа мектептер биыл салынып бітеді.', 'kk');
    expect(q?.text).toBe('жаңа мектептер биыл салынып бітеді');
  });

  it('takes English "according to X, …" and "X said that …"', () => {
    const [a] = indirect('According to John Miller, the plant will reopen next spring.', 'en');
    expect(a?.text).toBe('the plant will reopen next spring');
    expect(a?.speaker?.name).toBe('John Miller');
    const [b] = indirect('On Monday Jane Porter said that the budget would be cut again.', 'en');
    expect(b?.text).toBe('that the budget would be cut again');
    expect(b?.speaker?.name).toBe('Jane Porter');
  });

  it('leaves a partial direct quote inside reported speech to the direct quote', () => {
    const qs = quotesOf('Председатель правления отметил, что инфляция замедлится, и «это не тот случай, когда цены разгоняются».', 'ru');
    expect(qs.filter((q) => q.kind === 'direct')).toHaveLength(1);
    expect(qs.filter((q) => q.kind === 'indirect')).toHaveLength(0);
  });

  it('stays linear on a long sentence without a frame', () => {
    const text = `Он сказал, что ${'очень '.repeat(20000)}долго.`;
    const t0 = performance.now();
    quotesOf(text, 'ru');
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('English speakers', () => {
  it('reads "Mr. X said" after the quote', () => {
    const qs = quotesOf('"We are not done with this work yet," Mr. Holden said. "There is more to come."', 'en');
    expect(qs[0]?.speaker?.name).toBe('Holden');
  });

  it('takes the person after a role, not the organisation before it, and skips a party label', () => {
    const a = quotesOf('"We will win this state," Acme campaign spokesman Peter Lowe added.', 'en');
    expect(a[0]?.speaker?.name).toBe('Peter Lowe');
    const b = quotesOf('"This bill is a mistake," Sen. Mary Dunn (D-Ore.) said.', 'en');
    expect(b[0]?.speaker?.name).toBe('Mary Dunn');
  });

  it('takes the speaker of "…, X said." for the quote that follows in the paragraph', () => {
    const qs = quotesOf('The talks may stall again, Harlow said. "We have to be patient with both sides of this dispute."', 'en');
    expect(qs[0]?.speaker?.name).toBe('Harlow');
  });

  it('takes the possessor of "X\'s claim that "Q"" when no verb names a speaker', () => {
    const qs = quotesOf('A review of Tom Becker\'s claim that "the county has never been this safe" followed.', 'en');
    expect(qs[0]?.speaker?.name).toBe('Tom Becker');
  });
});
