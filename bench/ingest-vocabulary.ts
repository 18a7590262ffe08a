// Vocabulary for the synthetic ingest corpus (bench/ingest-corpus.ts). Real names where the coder's
// gazetteers know them (so resolution does real work), invented ones for teams and companies.

export const COUNTRIES = [
  'Iran', 'Iraq', 'Israel', 'Syria', 'Turkey', 'Russia', 'Ukraine', 'China', 'Japan', 'India', 'Pakistan',
  'Afghanistan', 'Egypt', 'Libya', 'Sudan', 'Ethiopia', 'Somalia', 'Kenya', 'Nigeria', 'Mali', 'Niger',
  'France', 'Germany', 'Britain', 'Italy', 'Spain', 'Poland', 'Hungary', 'Greece', 'Serbia', 'Kosovo',
  'Armenia', 'Azerbaijan', 'Georgia', 'Lebanon', 'Jordan', 'Saudi Arabia', 'Yemen', 'Qatar', 'Oman',
  'the United States', 'Canada', 'Mexico', 'Colombia', 'Venezuela', 'Brazil', 'Argentina', 'Chile', 'Peru',
  'North Korea', 'South Korea', 'Taiwan', 'the Philippines', 'Vietnam', 'Indonesia', 'Myanmar', 'Thailand',
  'Bangladesh', 'Sri Lanka', 'Nepal', 'Algeria', 'Morocco', 'Tunisia', 'Chad', 'Burkina Faso', 'Congo',
];

export const DEMONYMS = [
  'Iranian', 'Iraqi', 'Israeli', 'Syrian', 'Turkish', 'Russian', 'Ukrainian', 'Chinese', 'Indian', 'Pakistani',
  'Afghan', 'Egyptian', 'Libyan', 'Sudanese', 'Somali', 'Nigerian', 'Malian', 'French', 'German', 'British',
  'Polish', 'Armenian', 'Azerbaijani', 'Lebanese', 'Saudi', 'Yemeni', 'American', 'Colombian', 'Venezuelan',
  'Mexican', 'Brazilian', 'Korean', 'Philippine', 'Burmese', 'Ethiopian', 'Kenyan', 'Serbian', 'Georgian',
];

export const LEADERS = [
  'Joe Biden', 'Donald Trump', 'Antony Blinken', 'Vladimir Putin', 'Sergei Lavrov', 'Volodymyr Zelensky',
  'Emmanuel Macron', 'Olaf Scholz', 'Giorgia Meloni', 'Pedro Sánchez', 'Donald Tusk', 'Viktor Orbán',
  'Keir Starmer', 'David Lammy', 'Recep Tayyip Erdogan', 'Benjamin Netanyahu', 'Xi Jinping', 'Narendra Modi',
  'Kim Jong Un', 'Ali Khamenei', 'Abdel Fattah al-Sisi', 'Mark Rutte', 'Antonio Guterres', 'Dmitry Peskov',
];

export const GROUPS = [
  'Kata\'ib Hezbollah', 'Hezbollah', 'Hamas', 'the Houthis', 'al-Shabab', 'Boko Haram', 'the Taliban',
  'Islamic State', 'the Syrian Democratic Forces', 'Hayat Tahrir al-Sham', 'the Wagner Group', 'the M23 rebels',
  'the Rapid Support Forces', 'the Popular Mobilization Units', 'the PKK', 'the ELN', 'the Arakan Army',
];

export const ORGANIZATIONS = [
  'the United Nations', 'NATO', 'the European Union', 'the African Union', 'the World Bank', 'the IMF',
  'the UN Security Council', 'the International Atomic Energy Agency', 'the World Health Organization',
  'the Red Cross', 'UNICEF', 'the World Food Programme', 'ASEAN', 'the Arab League',
];

export const ROLES = [
  'troops', 'forces', 'police', 'border guards', 'security forces', 'soldiers', 'officials', 'diplomats',
  'the army', 'the navy', 'the air force', 'the foreign ministry', 'the defence ministry', 'the government',
];

export const CITIES = [
  'Baghdad', 'Basra', 'Mosul', 'Erbil', 'Damascus', 'Aleppo', 'Homs', 'Beirut', 'Gaza', 'Tehran', 'Kabul',
  'Kyiv', 'Kharkiv', 'Odesa', 'Moscow', 'Ankara', 'Istanbul', 'Cairo', 'Tripoli', 'Khartoum', 'Mogadishu',
  'Nairobi', 'Addis Ababa', 'Lagos', 'Abuja', 'Bamako', 'Niamey', 'Paris', 'Berlin', 'Warsaw', 'Geneva',
  'Vienna', 'Brussels', 'London', 'Washington', 'New York', 'Beijing', 'Taipei', 'Seoul', 'Manila', 'Delhi',
  'Islamabad', 'Karachi', 'Dhaka', 'Yangon', 'Caracas', 'Bogota', 'Lima', 'Santiago', 'Sanaa', 'Aden', 'Doha',
];

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];

export const OUTLETS = ['Reuters', 'AP', 'AFP', 'Xinhua', 'Anadolu', 'DPA', 'EFE', 'Kyodo', 'PTI', 'Bernama'];
export const FIRST_NAMES = ['Maria', 'John', 'Aisha', 'Omar', 'Elena', 'Tom', 'Priya', 'Kenji', 'Lucia', 'Ahmed',
  'Sara', 'David', 'Fatima', 'Ivan', 'Chen', 'Nadia', 'Paul', 'Leila', 'Mark', 'Ines', 'Yusuf', 'Hannah'];
export const LAST_NAMES = ['Hassan', 'Smith', 'Novak', 'Okafor', 'Tanaka', 'Rossi', 'Khan', 'Petrov', 'Garcia',
  'Müller', 'Haddad', 'Kowalski', 'Nguyen', 'Mensah', 'Costa', 'Lindqvist', 'Park', 'Ibrahim', 'Dubois', 'Shah'];

// Invented names: no gazetteer knows them, as with most companies and clubs in real news.
const SYLLABLES = ['vel', 'tra', 'nor', 'kin', 'sol', 'mar', 'dex', 'lum', 'ort', 'pax', 'ren', 'zan', 'cor',
  'bel', 'tis', 'quo', 'var', 'mel', 'dun', 'sta', 'fio', 'gar', 'hol', 'ix'];
export const COMPANY_SUFFIXES = ['Holdings', 'Group', 'Energy', 'Motors', 'Bank', 'Airways', 'Foods', 'Systems',
  'Pharma', 'Telecom', 'Mining', 'Logistics', 'Steel', 'Retail'];
export const TEAM_SUFFIXES = ['United', 'City', 'Rovers', 'Athletic', 'Wanderers', 'FC', 'Rangers', 'Town'];

export function inventedName(pick: <T>(items: readonly T[]) => T): string {
  const word = pick(SYLLABLES) + pick(SYLLABLES) + (pick([true, false]) ? pick(SYLLABLES) : '');
  return word[0].toUpperCase() + word.slice(1);
}
