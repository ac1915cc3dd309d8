/**
 * How many things a question asks outright (items, kinds, people), and the answer sentences that give them (a list,
 * a number of people): a count asked is answered by a fact whose sentence holds one.
 */

/** How many items, kinds or aspects, asked outright; and an answer sentence that lists them. */
export const ASKS_ITEMS = /(?:几|多少)(?:个)?(?:项|条|种|类|方面|环节|部分)/;
export const LIST = /(?:[^；;]+[；;]){2,}|(?:[^、，]+、){3,}/;

/** How many people, asked outright, and an answer that gives a number of people (or a share of them). */
export const ASKS_PEOPLE = /(?:几|多少)(?:个|名|位)?(?:人|党员|正式党员|委员)/;
export const STATES_PEOPLE = /[\d一二两三四五六七八九十]+\s*(?:个|名|位)?(?:人|名|位)|半数|多数|分之/;
