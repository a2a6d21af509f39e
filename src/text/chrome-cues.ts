/**
 * Cue words that mark page chrome in text copied from Russian, Kazakh and English news pages.
 *
 * All entries are lower case with single spaces; {@link normalizeCue} brings a line to the same
 * shape before lookup. Lists are per purpose, not per language, because pages mix languages
 * (a Kazakh page keeps "Фото:" and a Russian one keeps "Telegram").
 * @module
 */

/**
 * Labels that open a block of other articles' headlines ("Популярное" followed by a list).
 * A line that is exactly one of these ends the article: what follows is a list, not body text,
 * even when its items look like sentences.
 */
export const RELATED_BLOCK_CUES: readonly string[] = [
  // ru
  'популярное', 'популярные новости', 'самое популярное', 'самое читаемое', 'самое обсуждаемое',
  'читайте также', 'читайте еще', 'читайте ещё', 'смотрите также', 'смотрите еще', 'рекомендуем',
  'новости по теме', 'по теме', 'похожие новости', 'похожие материалы', 'похожие статьи',
  'другие новости', 'еще новости', 'ещё новости', 'ещё по теме', 'еще по теме', 'последние новости',
  'лента новостей', 'главные новости', 'главное', 'актуальное', 'выбор редакции', 'материалы по теме',
  'новости партнеров', 'новости партнёров', 'вам может быть интересно', 'также читайте', 'подробнее',
  'другие материалы', 'больше новостей', 'все новости', 'новое на сайте', 'сейчас читают', 'архив',
  // kk
  'тағы оқыңыз', 'оқи отырыңыз', 'оқыңыз', 'қосымша оқыңыз', 'соңғы жаңалықтар', 'басқа жаңалықтар',
  'ұқсас жаңалықтар', 'тақырыпқа қатысты', 'көп оқылған', 'көп оқылғандар', 'танымал', 'танымал жаңалықтар',
  'барлық жаңалықтар', 'жаңалықтар таспасы', 'басты жаңалықтар', 'өзекті', 'мұрағат',
  // en
  'read more', 'read also', 'see also', 'related', 'related news', 'related articles', 'related stories',
  'other news', 'more news', 'latest news', 'latest', 'most read', 'most popular', 'popular',
  'top stories', 'trending', 'you may also like', 'recommended', 'more stories', 'more from',
  'editor\'s picks', 'news feed', 'all news', 'archive',
];

/**
 * Starts of list labels that name a section ("More from Business", "Другие новости раздела").
 * Counted as list labels only on short lines without final punctuation.
 */
export const RELATED_BLOCK_PREFIXES: readonly string[] = [
  'more from', 'more in', 'more on', 'ещё из', 'еще из', 'другие новости', 'больше новостей', 'новости раздела',
  'все новости', 'другие материалы', 'тағы да', 'басқа да',
];

/** Labels of a tag list under the article ("Теги: налоги, Сенат"). */
export const TAG_PREFIXES: readonly string[] = ['теги', 'тэги', 'метки', 'тегтер', 'тег', 'tags', 'topics', 'keywords'];

/**
 * Starts of one-line links to an earlier article ("Ранее Глава государства провел совещание…").
 * Such a line is a headline without final punctuation; with it, it would be body prose
 * ("Ранее сообщалось, что…"), so the cue applies to unpunctuated lines only.
 */
export const RELATED_LINK_PREFIXES: readonly string[] = [
  'ранее ', 'напомним, ранее', 'бұған дейін', 'бұдан бұрын', 'earlier ', 'previously ',
];

/**
 * Labels that open a comments, reactions or sharing widget. Like related cues they end the
 * article; what follows them is counters and buttons.
 */
export const SOCIAL_BLOCK_CUES: readonly string[] = [
  'комментарии', 'свежие комментарии', 'комментарии читателей', 'оставить комментарий', 'добавить комментарий',
  'ваша реакция?', 'ваша реакция', 'оцените материал', 'оцените статью',
  'пікірлер', 'пікір қалдыру', 'пікір жазу', 'сіздің реакцияңыз',
  'comments', 'leave a comment', 'leave a reply', 'add a comment', 'your reaction', 'what do you think?',
];

/**
 * Single-line labels of sharing, reaction and subscription widgets. They sit between the body and
 * the lists, sometimes inside the body; they are chrome but do not end the article on their own.
 */
export const SHARE_CUES: readonly string[] = [
  'поделиться', 'поделиться:', 'поделитесь', 'нравится', 'не нравится', 'смешно', 'возмутительно', 'грустно',
  'удивительно', 'спасибо за ваше мнение', 'спасибо за ваш голос', 'печать', 'версия для печати',
  'скопировать ссылку', 'копировать ссылку', 'ссылка скопирована', 'в закладки', 'telegram', 'whatsapp',
  'facebook', 'twitter', 'vk', 'вконтакте', 'одноклассники', 'instagram', 'youtube', 'tiktok', 'x', 'ok',
  'бөлісу', 'ұнайды', 'ұнамайды', 'share', 'share this', 'share this article', 'tweet', 'print',
  'email', 'e-mail', 'copy link', 'like', 'likes', 'subscribe', 'follow us',
];

/**
 * Starts of subscription and "follow us" appeals. These are full sentences that end with a
 * period, so without the cue they would pass for a body paragraph.
 */
export const SUBSCRIBE_PREFIXES: readonly string[] = [
  'подписывайтесь', 'подпишитесь', 'хочешь получать', 'хотите получать', 'хочешь первым', 'хотите первыми',
  'следите за новостями', 'читайте нас в', 'читайте нас', 'больше новостей в', 'присоединяйтесь к нам',
  'наш telegram', 'наш телеграм', 'жазылыңыз', 'жазылып қойыңыз', 'біздің telegram',
  'subscribe to', 'sign up for', 'follow us on', 'join our',
];

/** Starts of site footers and error-report appeals, also full sentences. */
export const FOOTER_PREFIXES: readonly string[] = [
  'если вы нашли ошибку', 'нашли ошибку', 'при использовании материалов', 'при полном или частичном',
  'использование материалов', 'копирование материалов', 'все права защищены', 'қате тапсаңыз',
  'барлық құқықтар қорғалған', 'all rights reserved', 'if you found a mistake', '©', '(c) ',
];

/**
 * Photo credit labels. A line that starts with one is a credit; when the credit is glued to a
 * body sentence ("Фото: inbusiness.kz После доклада…") only the credit is chrome.
 * Longer labels come first so that "источник фото:" wins over "фото:".
 */
export const PHOTO_CUES: readonly string[] = [
  'источник фото:', 'автор фото:', 'фото из открытых источников', 'фото с сайта', 'фото пресс-службы',
  'фото предоставлено', 'фото:', 'фото -', 'фото –', 'фото —', 'фото/', 'фото ', 'фотография:', 'коллаж:',
  'иллюстрация:', 'иллюстративное фото', 'скриншот:', 'кадр из видео', 'видео:', 'инфографика:',
  'сурет:', 'фотосурет:', 'суреттер:', 'сурет ', 'фото автордікі', 'фото көзі:', 'бейне:',
  'foto:', 'photo:', 'photo by', 'photo credit:', 'photos:', 'photo -', 'photo –', 'photo ', 'image:', 'image credit:',
  'picture:', 'credit:', 'illustration:', 'screenshot:', 'video:', 'getty images', 'shutterstock',
];

/** Lower-case words that may continue a photo credit after its label ("Фото: пресс-служба Акорды"). */
export const CREDIT_WORDS: readonly string[] = [
  'пресс-служба', 'пресс-службы', 'архив', 'архива', 'из', 'открытых', 'источников', 'соцсетей', 'соцсети',
  'сайта', 'сайт', 'официального', 'официальный', 'автора', 'редакции', 'личного', 'личный', 'архиве',
  'баспасөз', 'қызметі', 'қызметінің', 'мұрағаты', 'ашық', 'дереккөздерден', 'автордікі',
  'press', 'service', 'archive', 'courtesy', 'of', 'via', 'the', 'file', 'official', 'website', 'social', 'media',
];

/** Separators inside a photo credit ("Kazpravda.kz / Игорь Бургандинов"). */
export const CREDIT_SEPARATORS: readonly string[] = ['/', '|', ',', '\\', '&', 'и', 'және', 'and', '©', '—', '–', '-'];

/** Source stubs and reading-time labels: metadata lines that belong to neither body nor lists. */
export const SOURCE_PREFIXES: readonly string[] = [
  'источник:', 'источник', 'по материалам', 'дереккөз:', 'дереккөз', 'source:', 'source', 'около минуты',
  'мин чтения', 'минут чтения', 'min read', 'minute read', 'минут оқу',
];

/** Byline labels that precede an author name ("Автор: Асет Сыздыков"). */
export const AUTHOR_PREFIXES: readonly string[] = [
  'автор:', 'авторы:', 'автор', 'текст:', 'подготовил:', 'подготовила:', 'беседовал:', 'беседовала:',
  'авторы', 'автор материала:', 'тілші:', 'дайындаған:', 'by', 'by:', 'author:', 'authors:', 'written by',
  'reporting by',
];

/**
 * Nouns of journalists' roles: a line under an author's name that contains one is the author's
 * role ("старший корреспондент отдела общества"), not a headline.
 */
export const ROLE_WORDS: readonly string[] = [
  'корреспондент', 'журналист', 'редактор', 'обозреватель', 'колумнист', 'автор', 'фотокорреспондент',
  'шеф-редактор', 'главный', 'собкор', 'спецкор', 'тілші', 'журналисі', 'редакторы', 'шолушы', 'меншікті',
  'correspondent', 'reporter', 'editor', 'journalist', 'columnist', 'writer', 'contributor', 'staff',
];

/** Navigation and site furniture: menus, breadcrumbs, version switches. */
export const NAVIGATION_CUES: readonly string[] = [
  'главная', 'главная страница', 'на главную', 'вы здесь', 'вы здесь:', 'меню', 'поиск', 'войти', 'вход',
  'регистрация', 'перейти к полной версии', 'мобильная версия', 'полная версия', 'вернуться', 'назад',
  'наверх', 'далее', 'ещё', 'еще', 'все', 'показать еще', 'показать ещё', 'загрузить еще', 'загрузить ещё',
  'басты бет', 'басты бетке', 'іздеу', 'кіру', 'барлығы', 'толығырақ', 'тағы',
  'home', 'menu', 'search', 'login', 'log in', 'sign in', 'you are here', 'back', 'next', 'previous',
  'load more', 'show more', 'more', 'all', 'skip to content',
];

/** Advertising labels. */
export const AD_CUES: readonly string[] = [
  'реклама', 'на правах рекламы', 'партнерский материал', 'партнёрский материал', 'спецпроект',
  'жарнама', 'жарнама құқығында', 'advertisement', 'advertising', 'sponsored', 'sponsored content', 'ad',
  'партнерские новости', 'promo', 'реклама 18+', 'scroll to continue', 'scroll to continue with content',
  'continue reading', 'story continues below', 'article continues below', 'продолжение ниже',
  'читать далее', 'жалғасы төменде',
];

/** Prefixes of ad-slot identifiers left in copied text (`div-gpt-ad-1234-0`, `adfox_123`). */
export const AD_SLOT_PREFIXES: readonly string[] = [
  'div-gpt-ad', 'gpt-ad', 'adfox', 'yandex_rtb', 'r-a-', 'ad-slot', 'adslot', 'ad_slot', 'banner_', 'banner-',
  'admixer', 'adriver', 'google_ads', 'googletag', 'ads-', 'ads_',
];

/** Words that, next to a number, make a line a counter ("1854", "20,9 тыс подписчиков"). */
export const COUNTER_WORDS: readonly string[] = [
  'просмотров', 'просмотра', 'просмотр', 'просмотры', 'прочтений', 'подписчиков', 'подписчика', 'подписчик',
  'комментариев', 'комментария', 'тыс', 'тыс.', 'млн', 'k', 'к', 'қаралым', 'қаралды', 'көрілім', 'оқылды',
  'views', 'view', 'reads', 'subscribers', 'followers', 'comments', 'shares', '👁', '💬',
];

/** Month names and their short forms in ru, kk, en and Uzbek Latin (Central Asian sites mix them). */
export const MONTH_WORDS: readonly string[] = [
  'января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября',
  'декабря', 'январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь',
  'ноябрь', 'декабрь', 'янв', 'фев', 'мар', 'апр', 'июн', 'июл', 'авг', 'сен', 'сент', 'окт', 'ноя', 'дек',
  'қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша',
  'желтоқсан', 'қаңтардағы', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
  'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'yanvar', 'fevral', 'mart', 'aprel', 'iyun', 'iyul', 'avgust', 'sentabr',
  'sentyabr', 'oktabr', 'oktyabr', 'noyabr', 'dekabr',
];

/** Words that may sit on a date line without making it prose ("Сегодня, 16:45", "Updated"). */
export const DATE_LINE_WORDS: readonly string[] = [
  'г', 'г.', 'год', 'года', 'жыл', 'жылы', 'ж.', 'ж', 'сегодня', 'вчера', 'бүгін', 'кеше', 'today', 'yesterday',
  'в', 'at', 'on', 'updated', 'published', 'обновлено', 'опубликовано', 'жарияланды', 'жаңартылды', 'am', 'pm',
  'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun',
  'дүйсенбі', 'сейсенбі', 'сәрсенбі', 'бейсенбі', 'жұма', 'сенбі', 'жексенбі', 'gmt', 'utc', 'мск', '|', '•', '·',
  ...COUNTER_WORDS,
];

/**
 * Lower-case a line, collapse its spaces and drop bullets, trailing counts ("Комментарии (3)")
 * and trailing colons so that it can be looked up in the cue lists. Bounded to the first 120
 * characters: cues are short, and this keeps the work per line constant on huge lines.
 */
export function normalizeCue(line: string): string {
  let s = line.length > 120 ? line.slice(0, 120) : line;
  s = s.toLowerCase().replace(/\s+/g, ' ').trim();
  s = s.replace(/^[•·*▪►▶→»>\-–—]+\s*/, '');
  s = withoutTrailingCount(s);
  let end = s.length;
  while (end > 0 && ':.! \t'.includes(s[end - 1]!)) end--;
  return s.slice(0, end);
}

/** "комментарии (3)" → "комментарии": a trailing number, bracketed or not, with the space before it. */
function withoutTrailingCount(s: string): string {
  let end = s.length;
  if (end > 0 && (s[end - 1] === ')' || s[end - 1] === ']')) end--;
  const digitsEnd = end;
  while (end > 0 && s.charCodeAt(end - 1) >= 48 && s.charCodeAt(end - 1) <= 57) end--;
  if (end === digitsEnd) return s;
  if (end > 0 && (s[end - 1] === '(' || s[end - 1] === '[')) end--;
  while (end > 0 && s[end - 1] === ' ') end--;
  return s.slice(0, end);
}
