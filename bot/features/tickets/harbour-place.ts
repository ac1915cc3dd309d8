// Where fishers and dockers are: a numbered wharf or berth of the harbour (3号码头, 2号泊位) and a registered boat
// (浙定渔12号渔船, 闽渔8号船). For a fishing community these are what a numbered dormitory is for a works: where the
// person works and is found, said by its number. A wharf with no number (码头路灯坏了, 港墘村码头) is not: which one is
// not said, and a village said before it is the place (the search finds the 村 first).

/** A numbered wharf, berth or fishing port: not one glued after a number of its own (13号码头 is 13, not 3). */
const WHARF = '(?<![\\d一二三四五六七八九十])(?:\\d{1,2}|[一二三四五六七八九十]{1,3})号(?:码头|泊位|渔港)';
/**
 * A boat named by its registration (浙定渔12号渔船, 舟渔168号船), as a word of its own: one to four characters of the
 * port's name, the number and 号, then the boat; never 他的渔船, 船上 (no number, no name).
 */
const BOAT = '(?<=^|[\\s，,。；;:：、])[\\u4e00-\\u9fa5]{1,4}\\d{1,5}号(?:渔船|货船|船)';

/** For PLACE_SEARCH (place-patterns.ts). */
export const HARBOUR_PLACE = `${WHARF}|${BOAT}`;
/** What a place so read ends in, for the shape check of parse.ts (PLACE_SHAPE). */
export const HARBOUR_END = /(?:码头|泊位|渔港|渔船|货船|号船)$/;
