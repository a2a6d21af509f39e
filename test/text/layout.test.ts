import { describe, it, expect } from 'vitest';
import { findBody } from '../../src/text/layout.js';
import type { Body } from '../../src/types.js';

// Every page below is invented for these tests: realistic in shape (as copied from a news site),
// not taken from any real page.

const RU_PAGE = `Главная / Новости / Экономика
В Караганде запустили новую линию по переработке угля

2 431
Мария Ковалёва
собственный корреспондент по Карагандинской области

На угольном разрезе под Карагандой начала работу линия глубокой переработки, которая позволит выпускать брикеты для частного сектора. Об этом на церемонии запуска сообщил директор предприятия Руслан Ахметов.

Фото: Kazpravda.kz / Мария Ковалёва

По его словам, мощность линии составит 120 тысяч тонн в год, а на производстве будет создано около 80 рабочих мест.

– Мы рассчитываем, что уже к отопительному сезону брикеты появятся в продаже по всей области, – отметил Руслан Ахметов.

Проект реализован за счет частных инвестиций в размере 4,2 млрд тенге.

 

Популярное

Все
Жителей Алматы предупредили о сильном ветре
Сколько стоит аренда жилья в Астане в ноябре
В Шымкенте открыли новую школу на 1200 мест
Какие дороги отремонтируют в следующем году?
Фермеры Костанайской области завершили уборку урожая
Читайте также

Энергетики подвели итоги отопительного сезона в…
Новый терминал аэропорта примет первых пассажиров

Архив
  • [[year]]
  • [[month.label]]`;

const KK_PAGE = `Қоғам
Алматыда жаңа саябақ ашылды
14 қараша 2025, 10:15

Алматы қаласының Бостандық ауданында ауданы 12 гектар болатын жаңа саябақ ашылды. Бұл туралы қала әкімдігінің баспасөз қызметі хабарлады.

Сурет: almaty.gov.kz

Саябақта балалар алаңы, велосипед жолдары және спорт аймақтары орналасқан. Жобаға жергілікті бюджеттен қаражат бөлінген.

Әкімдік өкілдерінің айтуынша, келесі жылы қалада тағы үш саябақ салу жоспарланып отыр.

Тағы оқыңыз

Астанада жылу беру маусымы басталды
Шымкентте жаңа мектеп пайдалануға берілді
Қарағандыда жол жөндеу жұмыстары аяқталды
Бөлісу
Facebook
Telegram`;

const EN_PAGE = `Home › World › Asia
Kazakhstan and Uzbekistan agree on new water-sharing plan
By Daniel Morris
May 18, 2025 14:20

ASTANA — Kazakhstan and Uzbekistan have agreed on a joint plan to share water from the Syr Darya river during the summer irrigation season, officials said on Monday.

The agreement was signed after two days of talks in Tashkent between the two countries' water ministers.
Photo: Reuters
“This is a fair deal for farmers on both sides of the border,” the Kazakh minister said.

Read more
Uzbekistan opens new border crossing with Tajikistan
Central Asian leaders meet in Samarkand
Related
Why is the Aral Sea shrinking again?
Share
Comments (12)`;

/** Checks the invariants every result must keep, whatever the input. */
function expectWellFormed(text: string, body: Body): void {
  expect(body.start).toBeGreaterThanOrEqual(0);
  expect(body.end).toBeGreaterThanOrEqual(body.start);
  expect(body.end).toBeLessThanOrEqual(text.length);
  let previous = -1;
  for (const c of body.chrome) {
    expect(c.start).toBeGreaterThanOrEqual(0);
    expect(c.end).toBeGreaterThan(c.start);
    expect(c.end).toBeLessThanOrEqual(text.length);
    expect(c.start).toBeGreaterThanOrEqual(previous);
    previous = c.start;
  }
}

function chromeText(text: string, body: Body, kind: string): string[] {
  return body.chrome.filter((c) => c.kind === kind).map((c) => text.slice(c.start, c.end));
}

/** Chrome of list kinds (other headlines) must never fall inside the body. */
function expectNoListInBody(body: Body): void {
  for (const c of body.chrome) {
    if (c.kind === 'related' || c.kind === 'headline' || c.kind === 'navigation') {
      expect(c.end <= body.start || c.start >= body.end).toBe(true);
    }
  }
}

describe('findBody on a Russian page', () => {
  const body = findBody(RU_PAGE);

  it('spans the running text from the first paragraph to the last', () => {
    expect(body.start).toBe(RU_PAGE.indexOf('На угольном разрезе'));
    expect(body.end).toBe(RU_PAGE.indexOf('4,2 млрд тенге.') + '4,2 млрд тенге.'.length);
    expectWellFormed(RU_PAGE, body);
  });

  it('finds the headline, the counter and the byline with its role', () => {
    expect(body.title).toBe('В Караганде запустили новую линию по переработке угля');
    expect(chromeText(RU_PAGE, body, 'headline')).toEqual([body.title]);
    expect(chromeText(RU_PAGE, body, 'counter')).toEqual(['2 431']);
    expect(body.byline).toEqual({ author: 'Мария Ковалёва', role: 'собственный корреспондент по Карагандинской области' });
    expect(chromeText(RU_PAGE, body, 'navigation')[0]).toBe('Главная / Новости / Экономика');
  });

  it('marks the photo credit between paragraphs as chrome inside the body', () => {
    const photo = body.chrome.find((c) => c.kind === 'photo');
    expect(photo && RU_PAGE.slice(photo.start, photo.end)).toBe('Фото: Kazpravda.kz / Мария Ковалёва');
    expect(photo!.start).toBeGreaterThan(body.start);
    expect(photo!.end).toBeLessThan(body.end);
  });

  it('leaves the "Популярное" and "Читайте также" lists out of the body and marks them related', () => {
    expectNoListInBody(body);
    const related = chromeText(RU_PAGE, body, 'related').join('\n');
    expect(related).toContain('Популярное');
    expect(related).toContain('Какие дороги отремонтируют в следующем году?');
    expect(related).toContain('Новый терминал аэропорта примет первых пассажиров');
    expect(chromeText(RU_PAGE, body, 'template').join('\n')).toContain('[[year]]');
  });
});

describe('findBody on a Kazakh page', () => {
  const body = findBody(KK_PAGE);

  it('finds the body between the date line and the "Тағы оқыңыз" list', () => {
    expect(body.start).toBe(KK_PAGE.indexOf('Алматы қаласының'));
    expect(body.end).toBe(KK_PAGE.indexOf('жоспарланып отыр.') + 'жоспарланып отыр.'.length);
    expect(body.title).toBe('Алматыда жаңа саябақ ашылды');
    expectWellFormed(KK_PAGE, body);
    expectNoListInBody(body);
  });

  it('labels the date, the photo credit, the list and the share buttons', () => {
    expect(chromeText(KK_PAGE, body, 'date')).toEqual(['14 қараша 2025, 10:15']);
    expect(chromeText(KK_PAGE, body, 'photo')).toEqual(['Сурет: almaty.gov.kz']);
    expect(chromeText(KK_PAGE, body, 'related').join('\n')).toContain('Шымкентте жаңа мектеп пайдалануға берілді');
    expect(chromeText(KK_PAGE, body, 'share').join('\n')).toContain('Telegram');
  });
});

describe('findBody on an English page', () => {
  const body = findBody(EN_PAGE);

  it('keeps "Read more" and "Related" lists out of the body', () => {
    expect(body.start).toBe(EN_PAGE.indexOf('ASTANA —'));
    expect(body.end).toBe(EN_PAGE.indexOf('the Kazakh minister said.') + 'the Kazakh minister said.'.length);
    expectWellFormed(EN_PAGE, body);
    expectNoListInBody(body);
    const related = chromeText(EN_PAGE, body, 'related').join('\n');
    expect(related).toContain('Central Asian leaders meet in Samarkand');
    expect(related).toContain('Why is the Aral Sea shrinking again?');
  });

  it('reads the "By" byline and the date line', () => {
    expect(body.byline).toEqual({ author: 'Daniel Morris' });
    expect(body.title).toBe('Kazakhstan and Uzbekistan agree on new water-sharing plan');
    expect(chromeText(EN_PAGE, body, 'date')).toEqual(['May 18, 2025 14:20']);
    expect(chromeText(EN_PAGE, body, 'photo')).toEqual(['Photo: Reuters']);
  });
});

describe('photo credits and captions glued to body text', () => {
  it('cuts a credit off the start of the first body line', () => {
    const text = `Министр энергетики провел брифинг
Фото: inbusiness.kz После доклада министр ответил на вопросы журналистов о ценах на топливо.
Он пообещал, что цены на бензин не вырастут до конца года.`;
    const body = findBody(text);
    expect(body.start).toBe(text.indexOf('После доклада'));
    expect(body.end).toBe(text.length);
    expect(chromeText(text, body, 'photo')).toEqual(['Фото: inbusiness.kz']);
  });

  it('splits caption, credit and body sentence on one line inside the body', () => {
    const line = 'Участники форума в Астане. Фото: Kazpravda.kz / Игорь Петров Эксперт отметил, что сотрудничество развивается по всем направлениям.';
    const text = `Первый абзац статьи рассказывает о том, что форум собрал более семисот участников из разных стран.\n\n${line}\n\nПоследний абзац подводит итоги встречи и говорит о планах на следующий год.`;
    const body = findBody(text);
    expect(body.start).toBe(0);
    expect(body.end).toBe(text.length);
    expect(chromeText(text, body, 'caption')).toEqual(['Участники форума в Астане.']);
    expect(chromeText(text, body, 'photo')).toEqual(['Фото: Kazpravda.kz / Игорь Петров']);
  });

  it('treats a short caption that ends with its source as chrome', () => {
    const text = `Nazarbayev chairs government meeting\n\nPresident Nursultan Nazarbayev at the meeting (akorda.kz)\n\nThe president chaired a meeting on the results of the first quarter of the year.\n\nHe pointed to growth in agriculture and construction.`;
    const body = findBody(text);
    expect(body.start).toBe(text.indexOf('The president'));
    expect(chromeText(text, body, 'caption')).toEqual(['President Nursultan Nazarbayev at the meeting (akorda.kz)']);
  });
});

describe('text without chrome', () => {
  it('is all body, trimmed', () => {
    const text = `\n  Правительство утвердило план развития транспортной инфраструктуры до 2030 года.\n\nДокумент предусматривает строительство новых дорог и модернизацию аэропортов.\n\nФинансирование будет выделено из республиканского бюджета.  \n`;
    const body = findBody(text);
    expect(text.slice(body.start, body.end)).toBe(text.trim());
    expect(body.chrome).toEqual([]);
    expect(body.title).toBeUndefined();
  });

  it('keeps a subheading and a list introduced by a colon inside the body', () => {
    const text = `Министерство опубликовало новые правила въезда в страну для иностранных граждан.

Что изменится

Правила вводятся в три этапа:
- регистрация по месту пребывания
- электронная виза для туристов
- новые сроки пребывания

Изменения вступят в силу с первого января следующего года.`;
    const body = findBody(text);
    expect(text.slice(body.start, body.end)).toBe(text);
    expect(body.chrome).toEqual([]);
  });

  it('joins a hard-wrapped paragraph', () => {
    const text = `Министерство опубликовало новые правила въезда в страну для
иностранных граждан, которые вступят в силу в следующем году.
Документ размещен на портале открытых нормативных правовых актов
для публичного обсуждения до конца месяца.`;
    const body = findBody(text);
    expect(text.slice(body.start, body.end)).toBe(text);
  });
});

describe('other page shapes', () => {
  it('drops a teaser that repeats the article run together', () => {
    const p1 = 'The government approved a new plan for the development of regional airports, the press service said on Tuesday.';
    const p2 = 'According to the plan, eleven airports will be modernized by 2030 with the help of private investors.';
    const text = `${p1} ${p2}\n${p1}\n${p2}`;
    const body = findBody(text);
    expect(body.start).toBe(text.indexOf(p1, 10));
    expect(body.end).toBe(text.length);
  });

  it('stops at the next article after a date line', () => {
    const text = `12.03.2025, 10:15 4210
Senate passes water code amendments
The Senate passed amendments to the Water Code that tighten control over irrigation, the press service reported.
The amendments now go to the President for signature.
12.03.2025, 11:40 3987
Astana to host regional transport forum
The forum will bring together ministers of transport from five countries.`;
    const body = findBody(text);
    expect(body.start).toBe(text.indexOf('The Senate'));
    expect(body.end).toBe(text.indexOf('for signature.') + 'for signature.'.length);
  });

  it('uses the caller\'s title to prefer the text that follows it', () => {
    const text = `Новости партнеров\nВ Алматы прошла ярмарка выходного дня, на которой фермеры продавали овощи и мясо.\n\nТокаев подписал закон о туризме\n\nГлава государства подписал закон о развитии туризма в Казахстане.\n\nЗакон вводит новые правила для туроператоров.`;
    const body = findBody(text, { title: 'Токаев подписал закон о туризме' });
    expect(body.start).toBe(text.indexOf('Глава государства'));
    expect(body.title).toBe('Токаев подписал закон о туризме');
    expect(chromeText(text, body, 'headline')).toEqual(['Токаев подписал закон о туризме']);
  });

  it('keeps an ad label between paragraphs inside the body', () => {
    const text = `Inflation slows in October\n\nAnnual inflation slowed to 11.2% in October, the statistics bureau said on Friday.\n\nFood prices rose 10.5% year-on-year.\nAdvertisement\nScroll to continue\nPaid services rose the most, at 14.1%.\n\nTags: inflation, economy\nMore from Business\nOil output reaches record high`;
    const body = findBody(text);
    expect(body.start).toBe(text.indexOf('Annual inflation'));
    expect(body.end).toBe(text.indexOf('at 14.1%.') + 'at 14.1%.'.length);
    expect(chromeText(text, body, 'ad')).toEqual(['Advertisement\nScroll to continue']);
    expect(chromeText(text, body, 'related')).toEqual(['More from Business\nOil output reaches record high']);
    expect(chromeText(text, body, 'navigation')).toEqual(['Tags: inflation, economy']);
  });

  it('keeps the body whole around a "Читайте также" link, but not a list of teasers after it', () => {
    const text = `Аким города провел встречу с жителями района и ответил на их вопросы о ремонте дорог.
Жители пожаловались на состояние дорог и нехватку освещения.

Читайте также
В Алматы отремонтируют 300 улиц

Аким пообещал, что ремонт дорог завершится до конца следующего года.
Кроме того, в районе установят 500 новых фонарей.

Читайте также
В Астане открыли новый парк
В парке высадили 2000 деревьев и установили детские площадки, сообщает акимат.
Жители Шымкента получат новые автобусы
Первая партия из 50 автобусов поступит в город в декабре, сообщили в акимате.`;
    const body = findBody(text);
    expect(body.start).toBe(0);
    expect(body.end).toBe(text.indexOf('новых фонарей.') + 'новых фонарей.'.length);
    const related = chromeText(text, body, 'related');
    expect(related[0]).toBe('Читайте также\nВ Алматы отремонтируют 300 улиц');
    expect(related[1]).toContain('Жители Шымкента получат новые автобусы');
  });

  it('marks the caption line above a credit', () => {
    const text = `Первый абзац рассказывает о том, как прошел форум в столице.\n\nУчастники форума во Дворце мира и согласия\nФото: Kazpravda.kz\n\nВторой абзац подводит итоги встречи.`;
    const body = findBody(text);
    expect(body.start).toBe(0);
    expect(body.end).toBe(text.length);
    expect(chromeText(text, body, 'caption')).toEqual(['Участники форума во Дворце мира и согласия']);
  });

  it('marks subscription appeals, footers and author bios after the body', () => {
    const text = `Headline of the story goes here\n\nThe first paragraph of the story explains what happened in the capital on Monday.\n\nThe second paragraph adds the details.\n\nSubscribe to our Telegram channel to get the news first.\n\n© 2025 Example News. All rights reserved.`;
    const body = findBody(text);
    expect(body.end).toBe(text.indexOf('the details.') + 'the details.'.length);
    expect(chromeText(text, body, 'share')[0]).toContain('Subscribe');
  });
});

describe('robustness', () => {
  const inputs: [string, string][] = [
    ['empty', ''],
    ['whitespace only', ' \n\t\r\n \u00a0 \n'],
    ['single newline', '\n'],
    ['lone surrogates', '\ud800 текст.\n\udfff'],
    ['template only', '[[year]] {{month}}'],
    ['unclosed quote credit', 'Фото: «без конца и края'],
  ];
  let seed = 7;
  let garbage = '';
  for (let i = 0; i < 20000; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    garbage += String.fromCharCode(seed % 0x500);
  }
  inputs.push(['garbage', garbage]);

  for (const [name, text] of inputs) {
    it(`does not throw on ${name} and keeps offsets inside the text`, () => {
      const body = findBody(text);
      expectWellFormed(text, body);
    });
  }

  it('gives an empty body for empty and whitespace-only text', () => {
    expect(findBody('')).toEqual({ start: 0, end: 0, chrome: [] });
    const ws = findBody('  \n\n  ');
    expect(ws.end - ws.start).toBe(0);
  });

  it('handles a 1 MB single line and 10 MB of lines', () => {
    const line = 'слово '.repeat(200_000);
    expectWellFormed(line, findBody(line));
    const big = 'Короткая строка без точки\nПредложение с точкой в конце, чтобы было что читать.\n'.repeat(130_000);
    expect(big.length).toBeGreaterThan(10_000_000);
    expectWellFormed(big, findBody(big));
  }, 60_000);

  it('is deterministic', () => {
    expect(findBody(RU_PAGE)).toEqual(findBody(RU_PAGE));
  });
});

describe('findBody: two-item breadcrumbs', () => {
  it('takes "Басты бет » Экономика" for navigation, not for the headline', () => {
    const page = [
      'Басты бет » Спорт',
      '',
      'Қарағанды командасы маусымды жеңіспен бастады',
      '',
      'Қарағанды футбол клубы жаңа маусымның алғашқы ойынында қонақта Павлодар командасын 2:0 есебімен жеңді. Екі голды да шабуылшы екінші таймда соқты.',
      '',
      'Клуб басшылығы келесі ойынға жанкүйерлерді стадионға шақырды.',
    ].join('\n');
    const body = findBody(page);
    expect(body.title).toBe('Қарағанды командасы маусымды жеңіспен бастады');
    expect(body.chrome.find((c) => c.start === 0)?.kind).toBe('navigation');
  });
});

describe('findBody on plain article text (no page chrome)', () => {
  // Invented wire story in the tokenized style of old agency copy: an all-caps headline, a
  // dateline, short lines and a results table inside the story.
  const WIRE = [
    'FOOTBALL - NORTHVALE EDGE RIVERTON IN CUP OPENER',
    'PORTHAVEN , Westland 2031-04-12',
    'Northvale beat Riverton 2-1 on Saturday in the opening match of the regional cup , with Tom Baxter scoring the winner ten minutes from time .',
    'Riverton had led at half-time through a header from Sam Okoro .',
    'Results of other first-round matches :',
    'Eastford 3 Lakeside 0',
    'Millbrook 1 Stonebridge 1',
    'Ashcombe 0 Harrowgate 2',
    'Standings ( played , won , drawn , lost , points ) :',
    'Northvale 1 1 0 0 3',
    'Eastford 1 1 0 0 3',
    'The second round will be played on April 26 .',
    'Group winners qualify for the national finals in Kingsport .',
  ].join('\n');

  it('keeps the dateline, the tables and the last paragraph in the body; the headline is the headline', () => {
    const body = findBody(WIRE);
    expectWellFormed(WIRE, body);
    expect(body.start).toBe(WIRE.indexOf('PORTHAVEN'));
    expect(body.end).toBe(WIRE.length);
    expect(chromeText(WIRE, body, 'headline')).toEqual(['FOOTBALL - NORTHVALE EDGE RIVERTON IN CUP OPENER']);
    expect(body.chrome.filter((c) => c.kind !== 'headline')).toEqual([]);
  });

  it('takes a period-closed headline over a byline for the headline, and starts the body at the dateline', () => {
    const text = [
      'Harbour workers end strike after pay deal .',
      'Anna Kowalczyk',
      'PORTHAVEN 2031-04-12',
      'Dock workers in Porthaven returned to work on Saturday after the union accepted a new pay offer .',
      'The strike had halted shipping for nine days .',
    ].join('\n');
    const body = findBody(text);
    expect(body.start).toBe(text.indexOf('PORTHAVEN'));
    expect(body.end).toBe(text.length);
    expect(body.byline).toEqual({ author: 'Anna Kowalczyk' });
    expect(chromeText(text, body, 'headline')).toEqual(['Harbour workers end strike after pay deal .']);
  });

  it('keeps a short one-line paragraph in the middle of a Russian article', () => {
    const text = `Городской совет утвердил программу ремонта дворов на ближайшие три года. Первыми отремонтируют дворы в старых микрорайонах, где покрытие не менялось с девяностых годов.

Жители смогут сами выбрать

Перечень работ для каждого двора составят вместе с жителями на общих собраниях. Предложения можно будет подать и через портал городских услуг до конца весны.`;
    const body = findBody(text);
    expect(body.start).toBe(0);
    expect(body.end).toBe(text.length);
    expect(body.chrome).toEqual([]);
  });

  it('keeps a results table between paragraphs even when the page has chrome around it', () => {
    const text = `Главная / Спорт
Итоги первого тура

Первый тур чемпионата прошел без сенсаций, все фавориты выиграли свои матчи.
Результаты матчей:
Астра - Восток 2:0
Сокол - Заря 1:1
Нива - Темп 3:2
Турнирная таблица
Следующий тур пройдет в субботу на стадионах хозяев.

Читайте также
Сборная объявила состав на товарищеский матч`;
    const body = findBody(text);
    expect(body.start).toBe(text.indexOf('Первый тур'));
    expect(body.end).toBe(text.indexOf('стадионах хозяев.') + 'стадионах хозяев.'.length);
    expect(body.chrome.filter((c) => c.start >= body.start && c.end <= body.end)).toEqual([]);
    expectNoListInBody(body);
  });
});

describe('findBody: lists of other articles copied without their label', () => {
  it('leaves three headlines under a plain text out of the body', () => {
    const text = `Городской совет утвердил программу ремонта дворов на ближайшие три года.

Первыми отремонтируют дворы в старых микрорайонах.

В Шымкенте открыли новую школу
Фермеры завершили уборку урожая
Жителей предупредили о сильном ветре`;
    const body = findBody(text);
    expect(body.start).toBe(0);
    expect(body.end).toBe(text.indexOf('микрорайонах.') + 'микрорайонах.'.length);
  });

  it('does not join teaser prose under an unlabelled list of headlines on a page', () => {
    const text = `Home › Business
Central bank keeps its base rate unchanged

The central bank kept its base rate at 14.25% on Friday, citing persistent inflation risks.
Analysts had expected the decision after last month's data.

Oil output reaches record high in October
New airport terminal opens to passengers
Regional airline adds flights to the capital
The new terminal will handle up to four million passengers a year, the operator said.`;
    const body = findBody(text);
    expect(body.start).toBe(text.indexOf('The central bank'));
    expect(body.end).toBe(text.indexOf('last month\'s data.') + 'last month\'s data.'.length);
  });

  it('does not join prose above the headline on a page', () => {
    const text = `Example News is an independent news site about the region, published since 2010.
Home / Politics
Senate approves the new budget code

The Senate approved the new budget code on Thursday after two months of debate in committees.
The code now goes to the president for signature.`;
    const body = findBody(text);
    expect(body.start).toBe(text.indexOf('The Senate approved'));
    expect(body.title).toBe('Senate approves the new budget code');
  });
});
