import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedLanguage } from '../../src/languages/pack.js';
import { createRussianPack } from '../../src/languages/ru/index.js';
import { kazakhPersonName } from '../../src/quotes/people.js';
import type { Entity } from '../../src/types.js';
import { quotesOf } from './helpers.js';

const speakers = (text: string, lang: string, entities: Entity[] = [], pack?: LoadedLanguage) =>
  quotesOf(text, lang, entities, pack)
    .filter((q) => q.kind === 'direct')
    .map((q) => q.speaker?.name);

/** A person entity whose mentions are every occurrence of each of `forms` in `text`. */
function person(text: string, id: string, name: string, forms: string[], type: Entity['type'] = 'person'): Entity {
  const mentions = forms.flatMap((form) => {
    const out: Entity['mentions'] = [];
    for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) out.push({ start: i, end: i + form.length, text: form, kind: 'name' });
    return out;
  });
  return { id, type, name, salience: 1, mentions };
}

describe('English frames', () => {
  it('takes the name after a descriptor ("said 9/11 widow X")', () => {
    const text = 'Critics were unmoved. “The arguments do not hold. They are wrong,” said 9/11 widow Maria Lopez.';
    expect(speakers(text, 'en')).toEqual(['Maria Lopez']);
  });

  it('does not read a new sentence after "Q." as the frame', () => {
    const text = 'Tokyo condemned the launch. Moscow insisted that the North "halt its tests at once." The Atomic Agency said Pyongyang had ignored "every demand of the council."';
    expect(speakers(text, 'en')).toEqual(['Moscow', 'Atomic Agency']);
  });

  it('does not take a capitalised verb form inside a name ("United States") for a cue', () => {
    const text = 'In an interview, Mr. Porter said, most voters now believe "that the climate is changing fast." He set rules across the United States economy.';
    expect(speakers(text, 'en')).toEqual(['Porter']);
  });

  it('ignores a subordinate clause after the quote and finds the participle subject', () => {
    const text = 'The ad closes with footage of Smith saying during the debate last week, “That makes me clever,” when Jones attacked him.';
    expect(speakers(text, 'en')).toEqual(['Smith']);
  });

  it('reads a speaker whose apposition is long', () => {
    const text = 'It is all in the film. “This story is not only in our courts, it is pushed by the media,” Dana Reyes, the executive director at the Center for Media Fairness and a voice in the film, told the paper.';
    expect(speakers(text, 'en')).toEqual(['Dana Reyes']);
  });

  it('keeps "said this month" as the frame, but "She says it …" is a sentence of its own', () => {
    const text = '“Let us sit there and just debate, because the system is rigged,” Adams said this month on the radio.';
    expect(speakers(text, 'en')).toEqual(['Adams']);
    const next = 'Gray cited it as an example. Gray says Adams\'s “latest outburst is unhinged, even for him.” She says it shows he is unfit.';
    expect(speakers(next, 'en')).toEqual(['Gray']);
  });

  it('takes the subject after a comma, not the words of an earlier quote', () => {
    const text = '"Bringing up Adams again is insane," Gray said, going on to say that the country has spent "hundreds of years fighting against prejudice of every kind."';
    expect(speakers(text, 'en')).toEqual(['Gray', 'Gray']);
    const gingrich = 'That was then. In July, Newman cynically dismissed the member state as being in the “suburbs of the capital” and moved on.';
    expect(speakers(gingrich, 'en')).toEqual(['Newman']);
  });

  it('skips titles, nicknames and stage directions in quote marks', () => {
    const text = 'On Sunday\'s "Meet the Voters," Governor Alan Reed said the plan works. His niece, Del. Clara "Cee" Reed, shouted to the crowd. "(CROSSTALK.)"';
    expect(quotesOf(text, 'en').filter((q) => q.kind === 'direct')).toEqual([]);
  });

  it('uses the head person of "<Place> Mayor <Name>" and the written name of an abbreviated organisation', () => {
    const text = '"We will release the video soon," Riverton Mayor Jane Holt said. The International Energy Agency said the plant showed "a complete disregard of the rules."';
    const entities = [
      person(text, 'person:riverton', 'Riverton', ['Riverton']),
      person(text, 'person:jane-holt', 'Jane Holt', ['Jane Holt']),
      person(text, 'org:iea', 'IEA', ['International Energy Agency'], 'organization'),
    ];
    expect(quotesOf(text, 'en', entities).filter((q) => q.kind === 'direct').map((q) => q.speaker)).toEqual([
      { name: 'Jane Holt', id: 'person:jane-holt' },
      { name: 'International Energy Agency', id: 'org:iea' },
    ]);
  });
});

describe('Russian partial quotes and pronouns', () => {
  it('keeps a partial quote inside reported speech before "передает <outlet>", drops a whole reported sentence', () => {
    const text = 'Аскар Умаров заявил, что нападавшие говорили не на казахском, а на "других восточных языках", передает Tengrinews.kz.';
    const [q] = quotesOf(text, 'ru').filter((x) => x.kind === 'direct');
    expect(q?.text).toBe('других восточных языках');
    expect(q?.speaker?.name).toBe('Аскар Умаров');
    expect(quotesOf('"Новый завод заработает уже весной этого года", передает Tengrinews.kz.', 'ru')).toEqual([]);
  });

  it('does not take a short quoted name inside the next quote\'s frame for a quote', () => {
    const texts = [
      'Как заявили «Курьеру» в министерстве образования, «бюджетных мест станет заметно меньше уже в этом году».',
      'Один из деканов «не для записи» заявил: «Если считать только выгоду, я бы закрыл все программы».',
    ];
    for (const text of texts) {
      const qs = quotesOf(text, 'ru').filter((q) => q.kind === 'direct');
      expect(qs).toHaveLength(1);
      expect(qs[0]!.text.split(' ').length).toBeGreaterThan(5);
    }
  });

  it('does not resolve an opening pronoun to a name inside its own reported words', () => {
    const [q] = quotesOf('По его словам, авария произошла утром в районе Жамбыла Ахметова.', 'ru').filter((x) => x.kind === 'indirect');
    expect(q?.speaker).toBeUndefined();
  });

  it('resolves a pronoun that opens the text to the person named next', () => {
    const text = 'Он заявил, что решение примут осенью.\n\n«Мы не будем спешить с этим решением», — сказал Аскар Умаров.';
    const [indirect] = quotesOf(text, 'ru').filter((x) => x.kind === 'indirect');
    expect(indirect?.speaker?.name).toBe('Аскар Умаров');
    // With someone named before it, "он" stays with that person.
    const before = 'Марат Оспанов выступил первым. Он заявил, что решение примут осенью.\n\n«Мы не будем спешить», — сказал Аскар Умаров.';
    expect(quotesOf(before, 'ru').find((x) => x.kind === 'indirect')?.speaker?.name).toBe('Марат Оспанов');
  });
});

describe('entity names for speakers', () => {
  it('gives the whole written name when the entity holds only its first part', () => {
    const text = 'Spokeswoman Lena Marsh said via email that, “Of course the governor is going to defend himself against this.”';
    const [q] = quotesOf(text, 'en', [person(text, 'person:lena', 'Lena', ['Lena'])]).filter((x) => x.kind === 'direct');
    expect(q?.speaker).toEqual({ name: 'Lena Marsh', id: 'person:lena' });
  });

  it('strips Kazakh case endings from a speaker entity name and ignores a bare role noun tagged as a person', () => {
    const text = 'Ішкі істер министрі Марат Ахметжановтың айтуынша, жұмыс жүріп жатыр. Бұл Президенттің тапсырмасы.\n«Қазір бұл мәселе талқыланып жатыр, шешім жақында шығады», - деді министр.';
    const entities = [
      person(text, 'person:ahmetzhanov', 'Марат Ахметжановтың', ['Марат Ахметжановтың']),
      person(text, 'person:bad', 'Президенттің', ['Президенттің']),
    ];
    expect(speakers(text, 'kk', entities)).toEqual(['Марат Ахметжанов']);
  });
});

describe('Kazakh speakers', () => {
  it('does not take an attributive place form ("Алматыдағы") for a person', () => {
    expect(kazakhPersonName('Алматыдағы Қаңтар')).toBe(false);
    expect(kazakhPersonName('Almatydaghy Qantar')).toBe(false);
    expect(kazakhPersonName('Қасым-Жомарт Тоқаев')).toBe(true);
  });

  it('resolves a pro-drop "- деді." past a place phrase tagged as a person', () => {
    const text = 'Qasym-Jomart Toqaev býgin Almaty júrtshylyghymen kezdesti. Memleket basshysy Almatydaghy Qantar oqighasy turaly aitty.\n«Biz birligimizdi saqtaýymyz kerek, bul eń bastysy», - dedi.';
    const entities = [
      person(text, 'person:toqaev', 'Qasym-Jomart Toqaev', ['Qasym-Jomart Toqaev']),
      person(text, 'person:bad', 'Almatydaghy Qantar', ['Almatydaghy Qantar']),
    ];
    expect(speakers(text, 'kk', entities)).toEqual(['Qasym-Jomart Toqaev']);
  });
});

describe('Russian speakers with morphology', () => {
  let pack: LoadedLanguage;
  beforeAll(async () => {
    pack = await createRussianPack().load();
  }, 60_000);

  it('takes a person noun outside the role list as the speaker as written', () => {
    const text = 'Гости ждали у входа.\n\n«Как будет вам угодно, господа», — с поклоном сказал швейцар и ушел за ключами.';
    expect(speakers(text, 'ru', [], pack)).toEqual(['швейцар']);
  });

  it('does not take a capitalised conjunction for a name ("Как он говорит")', () => {
    const text = 'Виктор Лебедев вернулся домой. Как он говорит, «четыре раза стал чемпионом области среди взрослых».';
    expect(speakers(text, 'ru', [], pack)).toEqual(['Виктор Лебедев']);
  });

  it('does not take the addressee in the dative for the speaker', () => {
    const text = 'Вернувшись в кабинет, директор сказал Петровскому: «Ехать сегодня невозможно, дороги закрыты».';
    expect(speakers(text, 'ru', [], pack)).toEqual(['директор']);
  });
});
