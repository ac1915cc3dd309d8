// The member's own errand on a day: going to ask for the person (我 明天 去 镇上 问, 俺后天到乡里打听一下). The day the
// member goes to ask is the day the person hears back: the promised date, as MEMBER_DAY in due.ts reads the member's
// other errands.

import { DAY, WEEKDAY } from './due-shape';

const ASK = '(?:问|问问|打听|咨询)(?:一下|清楚|一哈)?(?=$|[\\s，,。；;！!])';
/** 我明天去镇上问, 明天我去镇上问: the member, the day and going to ask; never another person's day (他明天去问). */
export const MEMBER_GOES_TO_ASK = new RegExp(
  `(?<=^|[\\s，,。；;])(?:(?:我|俺|咱)(?:们)?\\s?(?:就\\s?)?(${DAY}|${WEEKDAY})|(${DAY}|${WEEKDAY})\\s?(?:我|俺|咱)(?:们)?)\\s?(?:再\\s?)?(?:去|到|上)\\s?(?:[^\\s，,。；;！!]{1,6}\\s?)?${ASK}`,
);
