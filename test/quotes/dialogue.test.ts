import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers.js';

describe('dialogue lines', () => {
  it('takes a dash paragraph closed by an attribution, without the dash and the frame comma', () => {
    const text = 'Эксперт Алия Сапарова рассказала о проекте.\n\n- Мы уже встречаемся как друзья и решаем вопросы, - отметила гостья.';
    const [q] = quotesOf(text, 'ru');
    expect(q?.text).toBe('Мы уже встречаемся как друзья и решаем вопросы');
    expect(q?.cue).toBe('отметила');
  });

  it('resolves a role noun to the person named before', () => {
    const text = 'Выступил Эмин Гусейнов.\n\n- Наше сотрудничество тесное и проблем у нас нет, - отметил гость.';
    expect(quotesOf(text, 'ru')[0]?.speaker?.name).toBe('Эмин Гусейнов');
  });

  it('takes a paragraph whose marks were lost when a Kazakh frame ends it', () => {
    const text = 'Бүгін жиын өтті.\n\nБіздің экономикамыз біртіндеп қалпына келіп жатыр, – деді Асқар Мамин.';
    const [q] = quotesOf(text, 'kk');
    expect(q?.text).toBe('Біздің экономикамыз біртіндеп қалпына келіп жатыр');
    expect(q?.speaker?.name).toBe('Асқар Мамин');
  });

  it('omits the speaker when none can be recovered', () => {
    const text = '- Первая реплика интервью довольно длинная?\n- Вторая реплика интервью тоже довольно длинная.';
    const qs = quotesOf(text, 'ru');
    expect(qs).toHaveLength(2);
    expect(qs.every((q) => q.speaker === undefined)).toBe(true);
  });
});
