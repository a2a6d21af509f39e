#!/usr/bin/env node
// Builds data/en/gazetteer.json: English place names the shared gazetteer (data/gazetteer, owned
// by the cross-language linker) does not list, and the words that end organization names. Used by
// the English tagger's features only (src/languages/en/features.ts), never for linking.
//   node scripts/build-en-gazetteer.mjs
// Sources: the IANA time zone database's city names as Node's ICU exposes them
// (Intl.supportedValuesOf('timeZone'); tz data is public domain, ICU/CLDR under the Unicode
// License v3), and the lists below, written by us for news-enrich from general knowledge (names
// are facts; MIT like the project). Nothing here comes from an evaluation set.
import { writeFileSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** States, provinces and regions that news names on their own. */
const REGIONS = [
  // United States
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts',
  'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey',
  'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island',
  'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia',
  'Wisconsin', 'Wyoming',
  // Canada, Australia
  'Ontario', 'Quebec', 'British Columbia', 'Alberta', 'Manitoba', 'Saskatchewan', 'Nova Scotia', 'New Brunswick',
  'Newfoundland', 'New South Wales', 'Victoria', 'Queensland', 'Tasmania',
  // Regions of the world
  'Europe', 'Asia', 'Africa', 'America', 'North America', 'South America', 'Latin America', 'Central Asia', 'Middle East',
  'Siberia', 'Caucasus', 'Balkans', 'Scandinavia', 'Persian Gulf', 'Pacific', 'Atlantic', 'Mediterranean', 'Baltic',
  'Caspian', 'Black Sea', 'Arctic', 'Antarctica', 'Sahara', 'Kashmir', 'Kurdistan', 'Chechnya', 'Dagestan', 'Crimea',
  'Donbas', 'Tibet', 'Xinjiang', 'Bavaria', 'Catalonia', 'Scotland', 'Wales', 'England', 'Northern Ireland', 'Ulster',
  'Gaza', 'West Bank', 'Golan Heights', 'Kurdistan', 'Punjab', 'Bengal', 'Sicily', 'Sardinia', 'Corsica', 'Flanders',
  'Wallonia', 'Silesia', 'Transylvania', 'Anatolia', 'Patagonia', 'Amazon', 'Yukon', 'Midwest', 'Mindanao', 'Java',
  'Sumatra', 'Borneo', 'Hokkaido', 'Okinawa', 'Taiwan', 'Hong Kong', 'Macau',
];

/** Cities in the news beyond the capitals the shared gazetteer has. */
const CITIES = [
  // United States
  'Chicago', 'Houston', 'Phoenix', 'Philadelphia', 'San Antonio', 'San Diego', 'Dallas', 'San Jose', 'Austin',
  'Jacksonville', 'San Francisco', 'Columbus', 'Indianapolis', 'Seattle', 'Denver', 'Boston', 'Detroit', 'Nashville',
  'Memphis', 'Portland', 'Las Vegas', 'Louisville', 'Baltimore', 'Milwaukee', 'Albuquerque', 'Tucson', 'Fresno',
  'Sacramento', 'Kansas City', 'Atlanta', 'Miami', 'Oakland', 'Minneapolis', 'Tulsa', 'Cleveland', 'New Orleans',
  'Tampa', 'Pittsburgh', 'Cincinnati', 'St. Louis', 'St Louis', 'Orlando', 'Buffalo', 'Anchorage', 'Honolulu',
  'Salt Lake City', 'Richmond', 'Hartford', 'Charlotte', 'Raleigh', 'Omaha', 'Newark', 'Arlington', 'Palo Alto',
  'Silicon Valley', 'Hollywood', 'Brooklyn', 'Manhattan', 'Queens', 'Bronx', 'Harlem', 
  'Capitol Hill', 'Annapolis', 'Princeton', 'Cambridge', 'Oxford',
  // Canada, Australia, New Zealand
  'Toronto', 'Montreal', 'Vancouver', 'Calgary', 'Edmonton', 'Winnipeg', 'Halifax', 'Sydney', 'Melbourne', 'Brisbane',
  'Perth', 'Adelaide', 'Darwin', 'Auckland', 'Christchurch',
  // Britain and Ireland
  'Birmingham', 'Manchester', 'Liverpool', 'Leeds', 'Glasgow', 'Edinburgh', 'Bristol', 'Sheffield', 'Newcastle',
  'Nottingham', 'Leicester', 'Southampton', 'Portsmouth', 'Brighton', 'Cardiff', 'Belfast', 'Aberdeen', 'Dundee', 'Cork',
  'Limerick', 'Galway', 'York', 'Bath', 'Canterbury', 'Dover', 'Heathrow', 'Westminster',
  // Europe
  'Hamburg', 'Cologne', 'Stuttgart', 'Dusseldorf', 'Düsseldorf', 'Dortmund', 'Essen', 'Leipzig', 'Dresden', 'Hanover',
  'Bremen', 'Nuremberg', 'Bonn', 'Karlsruhe', 'Mannheim', 'Freiburg', 'Marseille', 'Lyon', 'Toulouse', 'Nice',
  'Nantes', 'Bordeaux', 'Lille', 'Rennes', 'Grenoble', 'Montpellier', 'Naples', 'Turin', 'Palermo', 'Genoa', 'Bologna',
  'Florence', 'Venice', 'Verona', 'Valencia', 'Seville', 'Zaragoza', 'Malaga', 'Bilbao', 'Porto', 'Rotterdam',
  'Utrecht', 'Eindhoven', 'Antwerp', 'Ghent', 'Bruges', 'Zurich', 'Zürich', 'Basel', 'Lausanne',
  'Salzburg', 'Innsbruck', 'Graz', 'Krakow', 'Kraków', 'Gdansk', 'Gdańsk', 'Wroclaw', 'Poznan', 'Lodz', 'Brno',
  'Gothenburg', 'Malmo', 'Malmö', 'Bergen', 'Aarhus', 'Tampere', 'Turku', 'Thessaloniki', 'Cluj', 'Timisoara',
  'Varna', 'Plovdiv', 'Split', 'Novi Sad', 'Lviv', 'Dnipro', 'Donetsk', 'Luhansk', 'Zaporizhzhia', 'Mariupol',
  'Sevastopol', 'Simferopol', 'Gomel', 'Brest', 'Grodno', 'Murmansk', 'Arkhangelsk', 'Grozny', 'Makhachkala',
  'Nalchik', 'Vladikavkaz', 'Stavropol', 'Khabarovsk', 'Yakutsk', 'Norilsk', 'Chita', 'Ulan-Ude',
  // Asia and the Middle East
  'Osaka', 'Kyoto', 'Yokohama', 'Nagoya', 'Kobe', 'Hiroshima', 'Nagasaki', 'Fukushima', 'Incheon', 'Daegu',
  'Hangzhou', 'Nanjing', 'Suzhou', 'Xiamen', 'Qingdao', 'Dalian', 'Shenyang', 'Kunming', 'Lhasa', 'Kashgar',
  'Hong Kong', 'Macau', 'Kaohsiung', 'Ho Chi Minh City', 'Saigon', 'Haiphong', 'Chiang Mai', 'Phuket', 'Yangon',
  'Rangoon', 'Mandalay', 'Penang', 'Surabaya', 'Bandung', 'Bali', 'Cebu', 'Davao', 'Delhi', 'Kolkata', 'Calcutta',
  'Chennai', 'Madras', 'Bangalore', 'Bengaluru', 'Hyderabad', 'Ahmedabad', 'Pune', 'Jaipur', 'Lucknow', 'Bombay',
  'Srinagar', 'Peshawar', 'Quetta', 'Rawalpindi', 'Faisalabad', 'Multan', 'Chittagong', 'Kandy', 'Jalalabad',
  'Kunduz', 'Basra', 'Mosul', 'Kirkuk', 'Erbil', 'Fallujah', 'Aleppo', 'Homs', 'Idlib', 'Raqqa', 'Haifa',
  'Nablus', 'Hebron', 'Ramallah', 'Bethlehem', 'Jericho', 'Eilat', 'Medina', 'Dammam', 'Aden', 'Shiraz', 'Qom',
  'Ankara', 'Diyarbakir', 'Mersin', 'Kayseri', 'Alexandria', 'Giza', 'Luxor', 'Aswan', 'Suez', 'Benghazi', 'Misrata',
  // Africa and Latin America
  'Lagos', 'Kano', 'Johannesburg', 'Cape Town', 'Durban', 'Soweto', 'Mombasa', 'Casablanca', 'Marrakesh', 'Tangier',
  'Oran', 'Abidjan', 'Douala', 'Goma', 'Lubumbashi', 'Benghazi', 'Darfur', 'Timbuktu', 'Sao Paulo', 'São Paulo',
  'Rio de Janeiro', 'Rio', 'Salvador', 'Recife', 'Porto Alegre', 'Belo Horizonte', 'Manaus', 'Medellin', 'Medellín',
  'Cali', 'Cartagena', 'Guadalajara', 'Monterrey', 'Tijuana', 'Cancun', 'Acapulco', 'Valparaiso', 'Cordoba', 'Rosario',
  'Guayaquil', 'Cusco', 'Maracaibo',
];

/** Words that end (or make) organization names: legal forms, kinds of bodies, team words. */
const ORG_WORDS = [
  'inc', 'corp', 'corporation', 'co', 'company', 'ltd', 'limited', 'plc', 'llc', 'llp', 'ag', 'gmbh', 'sa', 'nv', 'bv',
  'spa', 'ab', 'asa', 'oyj', 'kk', 'pty', 'holdings', 'holding', 'group', 'bank', 'bancorp', 'bancshares', 'trust',
  'capital', 'partners', 'securities', 'investments', 'fund', 'insurance', 'assurance', 'airlines', 'airways', 'motors',
  'industries', 'industrial', 'international', 'technologies', 'systems', 'communications', 'telecom', 'energy',
  'petroleum', 'oil', 'gas', 'mining', 'steel', 'chemical', 'chemicals', 'pharmaceuticals', 'electric', 'electronics',
  'foods', 'brewery', 'press', 'media', 'news', 'newspaper', 'times', 'post', 'herald', 'journal', 'gazette', 'tribune',
  'television', 'tv', 'radio', 'broadcasting', 'agency', 'exchange', 'ministry', 'department', 'office', 'council',
  'committee', 'commission', 'board', 'bureau', 'authority', 'assembly', 'parliament', 'senate', 'congress', 'court',
  'party', 'front', 'movement', 'alliance', 'coalition', 'union', 'federation', 'confederation', 'association',
  'society', 'institute', 'foundation', 'organisation', 'organization', 'league', 'club', 'fc', 'afc', 'cf', 'sc',
  'united', 'rovers', 'wanderers', 'athletic', 'hotspur', 'university', 'college', 'school', 'academy', 'hospital',
  'church', 'army', 'navy', 'force', 'forces', 'police', 'guard', 'service', 'services', 'reserve', 'nations',
];

/**
 * Surnames of public figures the region's news names alone, in their usual English spellings
 * (heads of state and government, foreign ministers): a name on its own ("Rahmon said") is a person.
 */
const PEOPLE = [
  'Tokayev', 'Nazarbayev', 'Mirziyoyev', 'Karimov', 'Japarov', 'Zhaparov', 'Jeenbekov', 'Atambayev', 'Rahmon', 'Rakhmon',
  'Berdimuhamedov', 'Berdymukhamedov', 'Niyazov', 'Aliyev', 'Pashinyan', 'Lukashenko', 'Putin', 'Medvedev', 'Lavrov',
  'Mishustin', 'Peskov', 'Zelensky', 'Zelenskyy', 'Erdogan', 'Xi', 'Kallas', 'Saidov', 'Aripov', 'Kasymaliev',
  'Rasulzoda', 'Smailov', 'Bektenov', 'Nurtleu', 'Kosherbayev', 'Tileuberdi', 'Biden', 'Trump', 'Obama', 'Blinken',
  'Rubio', 'Macron', 'Scholz', 'Merkel', 'Merz', 'Starmer', 'Sunak', 'Modi', 'Sharif', 'Khamenei', 'Pezeshkian',
  'Raisi', 'Netanyahu', 'Guterres', 'Stoltenberg', 'Rutte', 'Borrell', 'Leyen', 'Michel', 'Costa', 'Orban', 'Meloni',
  'Kishida', 'Ishiba', 'Yoon', 'Lula', 'Milei', 'Ramaphosa',
];

/**
 * News agencies and broadcasters that stories cite by name alone ("told Reuters", "Interfax
 * said", "Xinhua reported"): unknown single words that the tagger would otherwise guess to be
 * people. Only names that are not ordinary words or common surnames.
 */
const NEWS_ORGANIZATIONS = [
  'Reuters', 'Associated Press', 'AP', 'AFP', 'Agence France-Presse', 'Agence France Presse', 'DPA', 'Deutsche Presse-Agentur',
  'ANSA', 'EFE', 'Interfax', 'TASS', 'Itar-Tass', 'ITAR-TASS', 'RIA Novosti', 'RIA', 'Xinhua', 'Kyodo', 'Jiji', 'Yonhap', 'KCNA',
  'Anadolu', 'IRNA', 'ISNA', 'PTI', 'Press Trust of India', 'Bernama', 'Antara', 'Tanjug', 'MTI', 'CTK', 'BTA', 'Ukrinform',
  'UNIAN', 'BelTA', 'Kazinform', 'Kabar', 'AKIpress', 'Armenpress', 'Bloomberg', 'BBC', 'CNN', 'Al Jazeera', 'Tengrinews',
  'Kazakhstan Today', 'Khabar', 'Xinhua News Agency', 'Interfax-Kazakhstan', 'Interfax-Ukraine',
];

const tzCities = Intl.supportedValuesOf('timeZone')
  .filter((z) => /^(Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific)\//.test(z))
  .map((z) => z.split('/').pop().replace(/_/g, ' '))
  .filter((c) => /^\p{Lu}[\p{L} .'-]+$/u.test(c));

const sortUnique = (xs) => [...new Set(xs)].sort();
const out = {
  source: 'scripts/build-en-gazetteer.mjs: IANA tz city names via Intl (public domain / Unicode License v3) and lists written by us (MIT)',
  places: sortUnique([...REGIONS, ...CITIES, ...tzCities]),
  orgWords: sortUnique(ORG_WORDS),
  people: sortUnique(PEOPLE),
  organizations: sortUnique(NEWS_ORGANIZATIONS),
};
const file = join(root, 'data', 'en', 'gazetteer.json');
writeFileSync(file + '.tmp', JSON.stringify(out) + '\n');
renameSync(file + '.tmp', file);
console.error(`wrote ${file}: ${out.places.length} places, ${out.orgWords.length} organization words, ${out.people.length} people, ${out.organizations.length} organizations`);
