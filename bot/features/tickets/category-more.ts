// Words of a category the main lists (category.ts) do not hold, counted with them (see keywordScores).

import type { Category } from './category';

/**
 * 医疗: the word itself, of a bill or of cover (医疗费用报不了, 医疗费, 医疗保险); not 医疗救助 (a benefit, counted with
 * 救助) nor 医疗废物 (waste). 就业社保: taking up a job, as riders and drivers do (想跑网约车, 准备开网约车, 想当骑手), where the steps of it
 * (注册, 下app) name nothing of their own.
 */
export const MORE_WORDS: Partial<Record<Category, RegExp>> = {
  医疗: /医疗(?!救助|废物|废弃物|垃圾)/g,
  就业社保:
    /(?:想|要|打算|准备|想要|学着?)(?:去|来)?(?:跑|送|干|做|开)(?:外卖|快递|滴滴|网约车|出租车?|代驾|货拉拉)|(?:想|要|打算|准备|想要)(?:去|来)?(?:当|做)(?:骑手|快递员|外卖员|代驾|网约车司机|保安|保洁员?|护工)/g,
};
