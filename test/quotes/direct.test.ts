import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers.js';

describe('direct quotes in marks', () => {
  it('takes «Q», - verb S with the span inside the marks and the cue as written', () => {
    const text = 'Вступление.\n\n«Мы уже встречаемся как друзья и решаем вопросы», — заявил Арман Сейтказиев.';
    const [q] = quotesOf(text, 'ru');
    expect(q?.text).toBe('Мы уже встречаемся как друзья и решаем вопросы');
    expect(q?.kind).toBe('direct');
    expect(q?.cue).toBe('заявил');
    expect(text.slice(q!.cueStart!, q!.cueStart! + 6)).toBe('заявил');
    expect(q?.speaker?.name).toBe('Арман Сейтказиев');
  });

  it('does not take quoted names («Культура») for quotes', () => {
    const text = 'Канал «Культура» показал сериал, а «Казпочта» доставила письма в срок.';
    expect(quotesOf(text, 'ru')).toEqual([]);
  });

  it('splits «Q1, - сказал S, - Q2» into two spans with one speaker', () => {
    const text = '«Первая часть мысли очень важна, — сказал Берик Жумабаев, — а вторая часть продолжает её».';
    const qs = quotesOf(text, 'ru');
    expect(qs.map((q) => q.text)).toEqual(['Первая часть мысли очень важна', 'а вторая часть продолжает её']);
    expect(qs.every((q) => q.speaker?.name === 'Берик Жумабаев')).toBe(true);
  });

  it('closes two levels of straight quotes with one mark before the frame', () => {
    const text = '"Мы работаем с компанией "Альфа строй групп", - сказал Данияр Оспанов.';
    const [q] = quotesOf(text, 'ru');
    expect(q?.text).toBe('Мы работаем с компанией "Альфа строй групп');
    expect(q?.speaker?.name).toBe('Данияр Оспанов');
  });

  it('keeps a quote over several paragraphs as one span (ru/kk)', () => {
    const text = 'Вступление.\n«Первый абзац цитаты длинный.\nВторой абзац цитаты тоже длинный», - добавил Серик Ахметов.';
    const qs = quotesOf(text, 'ru');
    expect(qs).toHaveLength(1);
    expect(qs[0]?.text).toBe('Первый абзац цитаты длинный.\nВторой абзац цитаты тоже длинный');
  });

  it('resolves a pronoun speaker to the last person named', () => {
    const text = 'Об этом рассказал Нурлан Касымов.\n\n«Мы будем продолжать работу во всех регионах», - сказал он.';
    expect(quotesOf(text, 'ru')[0]?.speaker?.name).toBe('Нурлан Касымов');
  });

  it('gives journalists as the speaker of an unattributed question', () => {
    const text = '"Не было ли у вас желания уйти в отставку?" - спросили министра в кулуарах.';
    expect(quotesOf(text, 'ru')[0]?.speaker?.name).toBe('журналисты');
  });

  it('takes an organisation as the speaker', () => {
    const text = '«Экспертизу проводят девятнадцать местных специалистов», — сообщила пресс-служба акимата области.';
    expect(quotesOf(text, 'ru')[0]?.speaker?.name).toBe('пресс-служба акимата области');
  });

  it('uses the entity name and id when an entity covers the speaker', () => {
    const text = '«Работа идёт по плану и без задержек», — сказал Токаеву министр.\n\n«Всё в порядке у нас», — заявил Токаев.';
    const start = text.lastIndexOf('Токаев');
    const entity = { id: 'person:tokayev', type: 'person' as const, name: 'Касым-Жомарт Токаев', salience: 1,
      mentions: [{ start, end: start + 6, text: 'Токаев', kind: 'name' as const }] };
    const qs = quotesOf(text, 'ru', [entity]);
    expect(qs.at(-1)?.speaker).toEqual({ name: 'Касым-Жомарт Токаев', id: 'person:tokayev' });
  });
});

describe('Kazakh and English frames', () => {
  it('reads «Q», - деді S and «Q» деп сұрады S', () => {
    const text = '«Біз бұл жұмысты жалғастыра береміз», – деді Ерболат Досаев.\n\n«Бұл мәселе қашан шешіледі?» деп сұрады журналист.';
    const qs = quotesOf(text, 'kk');
    expect(qs.map((q) => q.speaker?.name)).toEqual(['Ерболат Досаев', 'журналист']);
    expect(qs[1]?.cue).toBe('деп сұрады');
  });

  it('drops "деп хабарлайды <outlet>": the outlet reports, it is not a quote', () => {
    const text = '"Елімізде жаңа зауыт салынады және жұмыс орындары ашылады", - деп хабарлайды Kazinform.';
    expect(quotesOf(text, 'kk')).toEqual([]);
  });

  it('reads "Q," said S and carries the speaker to the second half', () => {
    const text = '“One of the things I am surprised about is the health issue,” said Caddell. “Yesterday, there were two polls.”';
    const qs = quotesOf(text, 'en');
    expect(qs.map((q) => q.speaker?.name)).toEqual(['Caddell', 'Caddell']);
    expect(qs[0]?.text).toBe('One of the things I am surprised about is the health issue,');
  });

  it('reads S said: "Q" and titles before names', () => {
    const text = '“This is a disgusting day,” said Rep. G.K. Butterfield, head of the caucus.';
    expect(quotesOf(text, 'en')[0]?.speaker?.name).toBe('G K Butterfield');
  });
});
