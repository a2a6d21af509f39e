import { describe, expect, it } from 'vitest';
import { loadGazetteer, normalizeForm } from '../../../src/entities/link/gazetteer.js';
import countriesData from '../../../data/gazetteer/countries.json' with { type: 'json' };
import placesData from '../../../data/gazetteer/places.json' with { type: 'json' };
import orgsData from '../../../data/gazetteer/orgs.json' with { type: 'json' };

const g = loadGazetteer();

describe('loadGazetteer', () => {
  it('loads once and knows every real country', () => {
    expect(loadGazetteer()).toBe(g);
    expect(g.size.countries).toBe(250);
    expect(g.byId('country:KZ')?.name).toEqual({ ru: 'Казахстан', kk: 'Қазақстан', en: 'Kazakhstan' });
    expect(g.byId('country:SU')).toBeUndefined();
    expect(g.maxWords).toBeGreaterThanOrEqual(5);
  });

  it('matches acronyms only as written, so English words stay words', () => {
    expect(g.countryByName('US')?.id).toBe('country:US');
    expect(g.countryByName('us')).toBeUndefined();
    expect(g.orgByName('who')).toBeUndefined();
    expect(g.orgByName('WHO')?.id).toBe('org:who');
  });

  it('finds Russian case forms, folding ё and quotes', () => {
    expect(g.placeByName('Северо-Казахстанской области')?.id).toBe('place:north-kazakhstan-region');
    expect(g.countryByName('Соединённых Штатов')?.id).toBe('country:US');
    expect(g.countryByName('Соединенных Штатов')?.id).toBe('country:US');
    expect(g.orgByName('«Большой семёрки»')?.id).toBe('org:g7');
    expect(normalizeForm('  Папуа —  Новая Гвинея ')).toBe('папуа - новая гвинея');
  });

  it('restricts names to one language when asked', () => {
    expect(g.countryByName('Ресей', 'kk')?.id).toBe('country:RU');
    expect(g.countryByName('Ресей', 'en')).toBeUndefined();
    expect(g.countryByName('России', 'ru')?.id).toBe('country:RU');
  });

  it('links adjectives, compounds and flags ethnic or language adjectives', () => {
    expect(g.countriesByAdjective('узбекско-казахстанских').map((h) => h.entry.id)).toEqual(['country:UZ', 'country:KZ']);
    expect(g.countriesByAdjective('Kazakh-Chinese').map((h) => h.entry.id)).toEqual(['country:KZ', 'country:CN']);
    expect(g.countryByAdjective('казахский')).toMatchObject({ entry: { id: 'country:KZ' }, ambiguous: true });
    expect(g.countryByAdjective('казахстанский')).toMatchObject({ entry: { id: 'country:KZ' }, ambiguous: false });
    expect(g.countryByAdjective('Kazakhstanis')?.entry.id).toBe('country:KZ');
    expect(g.countryByAdjective('австрийских')?.entry.id).toBe('country:AT');
    expect(g.countryByAdjective('австралийских')?.entry.id).toBe('country:AU');
    expect(g.countryByAdjective('красный')).toBeUndefined();
  });

  it('marks names that are also common words', () => {
    expect(g.countryByName('Того')).toMatchObject({ id: 'country:TG', ambiguous: true });
    expect(g.countryByName('Togo')).toMatchObject({ id: 'country:TG', ambiguous: true });
    expect(g.countryByName('Turkey')?.ambiguous).toBe(true);
    expect(g.countryByName('Türkiye')?.ambiguous).toBeUndefined();
    expect(g.placeByName('Абай')).toMatchObject({ id: 'place:abai', ambiguous: true });
  });

  it('returns every reading of a shared name, country first', () => {
    expect(g.lookup('Алжир').map((e) => e.id)).toEqual(['country:DZ', 'place:algiers']);
    expect(g.placeByName('Алматы')).toMatchObject({ id: 'place:almaty', type: 'city', country: 'KZ' });
    expect(g.placeByName('Астана')).toMatchObject({ type: 'capital', country: 'KZ' });
  });

  it('has Kazakhstan\'s 17 regions and 3 cities of republican significance', () => {
    const regions = ['abai', 'akmola', 'aktobe', 'almaty', 'atyrau', 'east-kazakhstan', 'jambyl', 'zhetysu', 'west-kazakhstan',
      'karaganda', 'kostanay', 'kyzylorda', 'mangystau', 'pavlodar', 'north-kazakhstan', 'turkistan', 'ulytau'];
    for (const r of regions) expect(g.byId(`place:${r}-region`)?.type).toBe('region');
    for (const c of ['astana', 'almaty', 'shymkent']) expect(g.byId(`place:${c}`)?.country).toBe('KZ');
  });

  it('stores every lookup key as the index uses it, so loading normalizes nothing', () => {
    type Row = { nameKeys: Record<string, string[]>; acronyms?: Record<string, string[]>; forms: string[]; adjectives?: Record<string, string[]>; ambiguousAdjectives?: Record<string, string[]> };
    const rows = [...countriesData.countries, ...placesData.places, ...orgsData.orgs] as Row[];
    const isAcronym = (key: string) => /\p{Lu}/u.test(key) && !/\p{Ll}/u.test(key);
    const bad: unknown[] = [];
    for (const row of rows) {
      // Folded keys: normalizing changes nothing and none looks like an acronym (matched as written).
      const folded = [...Object.values(row.nameKeys).flat(), ...row.forms,
        ...Object.values(row.adjectives ?? {}).flat(), ...Object.values(row.ambiguousAdjectives ?? {}).flat()];
      for (const key of folded) if (normalizeForm(key) !== key || isAcronym(key)) bad.push(key);
      // Acronyms: case-kept, i.e. normalizing them only lowercases.
      for (const key of Object.values(row.acronyms ?? {}).flat()) {
        if (!isAcronym(key) || normalizeForm(key) !== key.toLowerCase()) bad.push(key);
      }
    }
    expect(bad).toEqual([]);
  });

  it('looks names up by their folded keys and acronyms only as written', () => {
    expect(g.countryByName('Кот-д’Ивуар', 'ru')?.id).toBe('country:CI');
    expect(g.countryByName('Объединённые Арабские Эмираты')?.id).toBe('country:AE');
    expect(g.orgByName('U.N.', 'en')?.id).toBe('org:un');
    expect(g.orgByName('u.n.', 'en')).toBeUndefined();
    expect(g.orgByName('ООН', 'en')).toBeUndefined();
    expect(g.countryByAdjective('Emirati', 'en')?.entry.id).toBe('country:AE');
  });

  it('answers each language scope from the same keys', () => {
    // Scope maps are built on first use: any-language lookups must see every language's keys.
    expect(g.countryByName('Ресей')?.id).toBe('country:RU');
    expect(g.countryByName('Russia')?.id).toBe('country:RU');
    expect(g.countryByName('Ресей', 'ru')).toBeUndefined();
    expect(g.startsName?.('Северо-Казахстанской')).toBe(true);
    expect(g.startsName?.('Северо-Казахстанской области')).toBe(true);
    expect(g.startsName?.('синий')).toBe(false);
  });
});
