// The names of weekdays and months: dates, never names of actors, places or speakers ("Monday", "the February election").
const CALENDAR_WORD = /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December)$/;
const CALENDAR_WORD_ANY_CASE = new RegExp(CALENDAR_WORD.source, 'i');

/** A weekday or month name as written with its capital ("Monday", "March"; not "march"). */
export const isCalendarWord = (text: string): boolean => CALENDAR_WORD.test(text);

/** A weekday or month name in any case (for words already lower-cased). */
export const isCalendarWordAnyCase = (text: string): boolean => CALENDAR_WORD_ANY_CASE.test(text);

// Feasts named with a capital: dates or seasons, never towns ("Christmas markets" is no Christmas, Florida)
const HOLIDAY_NAME = /^(?:Christmas|Easter|Ramadan|Eid|Thanksgiving|Hanukkah|Diwali|Passover|Halloween|Nowruz|Pentecost)$/;

/** A feast's name as written with its capital ("Christmas", "Ramadan"). */
export const isHolidayName = (text: string): boolean => HOLIDAY_NAME.test(text);
