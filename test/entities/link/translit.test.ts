import { describe, expect, it } from 'vitest';
import { latinKey, matchKey, transliterate } from '../../../src/entities/link/translit.js';
import { countryId, entityId, parseId, personId } from '../../../src/entities/link/keys.js';

describe('transliterate', () => {
  it('follows the documented table for Russian and Kazakh letters', () => {
    expect(transliterate('Қасым-Жомарт Тоқаев')).toBe('Kasym-Zhomart Tokaev');
    expect(transliterate('щука ёж цех юла яма подъезд')).toBe('shchuka ezh tsekh yula yama podezd');
    expect(transliterate('әғқңөұүһі ӘҒҚҢӨҰҮҺІ')).toBe('agknouuhi AGKNOUUHI');
    expect(transliterate('Astana 2024')).toBe('Astana 2024');
  });
});

describe('latinKey', () => {
  it('is readable, lowercase and hyphenated', () => {
    expect(latinKey('Эмин Гусейнов')).toBe('emin-guseinov');
    expect(latinKey('  «Ерлан»   Карин! ')).toBe('erlan-karin');
    expect(latinKey('')).toBe('');
  });

  it('is idempotent', () => {
    for (const n of ['Tokayev', 'Мирзиёев', 'Kassym-Jomart', 'Xi Jinping']) expect(latinKey(latinKey(n))).toBe(latinKey(n));
  });

  it('meets passport and BGN spellings of я, ю and the Kazakh ы after у', () => {
    expect(latinKey('Илья Малинин')).toBe(latinKey('Ilia Malinin'));
    expect(latinKey('Ilya Malinin')).toBe(latinKey('Ilia Malinin'));
    expect(latinKey('Юлия')).toBe(latinKey('Iuliia'));
    expect(latinKey('Yulia')).toBe(latinKey('Юлия'));
    expect(latinKey('Бауыржан')).toBe(latinKey('Baurzhan'));
    expect(latinKey('Bauyrzhan')).toBe(latinKey('Бауржан'));
    expect(latinKey('Alexander Bublik')).toBe(latinKey('Александр Бублик'));
  });

  it('keeps names one letter apart apart', () => {
    expect(latinKey('Илья')).not.toBe(latinKey('Ильяс'));
    expect(latinKey('Юрий')).not.toBe(latinKey('Юлий'));
    expect(latinKey('Александр')).not.toBe(latinKey('Александра'));
  });

  it('folds Turkic Latin letters', () => {
    expect(latinKey('Erdoğan')).toBe(latinKey('Эрдоган'));
    expect(latinKey('Qasym-Jomart Toqaev')).toBe(latinKey('Қасым-Жомарт Тоқаев'));
    expect(latinKey('Ilham Əliyev')).toBe('ilham-aliev');
  });
});

describe('matchKey', () => {
  it('meets the spellings latinKey keeps apart', () => {
    expect(latinKey('Huseynov')).not.toBe(latinKey('Гусейнов'));
    expect(matchKey('Huseynov')).toBe(matchKey('Гусейнов'));
    expect(matchKey('Ilham Aliyev')).toBe(matchKey('Ильхам Алиев'));
    expect(matchKey('Emomali Rahmon')).toBe(matchKey('Эмомали Рахмон'));
    expect(matchKey('Berdimuhamedow')).toBe(matchKey('Бердымухамедов'));
  });

  it('keeps sh, ch and ts apart from s, c and t', () => {
    expect(matchKey('Шамиль')).not.toBe(matchKey('Самиль'));
    expect(matchKey('Чапаев')).not.toBe(matchKey('Капаев'));
  });
});

describe('ids', () => {
  it('builds and parses ids', () => {
    expect(countryId('kz')).toBe('country:KZ');
    expect(() => countryId('KAZ')).toThrow(TypeError);
    expect(personId('Эмин Гусейнов')).toBe('person:emin-guseinov');
    expect(personId('!!')).toBe('');
    expect(entityId('org', 'csto')).toBe('org:csto');
    expect(entityId('org', 'Казахтелеком')).toBe('org:kazahtelekom');
    expect(entityId('country', 'us')).toBe('country:US');
    expect(parseId('place:almaty')).toEqual({ kind: 'place', key: 'almaty' });
    expect(parseId('keyword:ru:медиа')).toBeUndefined();
  });
});

describe('place keys of administrative units', () => {
  it('give a region or district the same key in Russian, Kazakh and English', () => {
    const same = [
      ['Баткенская область', 'Баткен облысы', 'Batken Region'],
      ['Ошская область', 'Ош облысы', 'Osh Region'],
      ['Бостандыкский район', 'Бостандық ауданы', 'Bostandyk District'],
      ['Свердловская область', 'Sverdlovsk Oblast'],
    ];
    for (const names of same) {
      const ids = new Set(names.map((n) => entityId('place', n)));
      expect([...ids], names.join(' / ')).toHaveLength(1);
    }
    expect(entityId('place', 'Баткенская область')).toBe('place:batken-region');
    expect(entityId('place', 'Бостандыкский район')).not.toBe(entityId('place', 'Бостандыкская область'));
  });
});
