// Words of a category the main lists (category.ts) do not hold, counted with them (see keywordScores).

import type { Category } from './category';

/**
 * 医疗: the word itself, of a bill or of cover (医疗费用报不了, 医疗费, 医疗保险); not 医疗救助 (a benefit, counted with
 * 救助) nor 医疗废物 (waste). 就业社保: taking up a job, as riders and drivers do (想跑网约车, 准备开网约车, 想当骑手), where the steps of it
 * (注册, 下app) name nothing of their own.
 */
export const MORE_WORDS: Partial<Record<Category, RegExp>> = {
  // And a sprain or a graze, dressed there (扭了脚, 崴了脚, 腰扭了, 擦破皮, 包扎): a body's hurt, as 摔伤 is.
  医疗: /医疗(?!救助|废物|废弃物|垃圾)|扭了?(?:脚|腰|手|脖子)|(?:脚|腰|手|脖子)扭了|扭伤|崴了?脚|崴伤|擦破|擦伤|划伤|割伤|划破|包扎/g,
  // Harm done by another party's works (施工放炮把墙震裂了, 打桩震坏了房子): the damage is owed between two parties, as a
  // neighbour's leak is; rooms let to crowds (群租) set a landlord against the building; a court's order for support
  // (抚养费, 强制执行, 判决书) is a dispute however it is asked about.
  矛盾纠纷:
    /(?:放炮|爆破|炸石|打桩|开山)(?=[^。；;]{0,16}?(?:震|炸)(?:裂|坏|塌|倒|歪))|(?<=(?:放炮|爆破|炸石|打桩|施工|开山)[^。；;]{0,16}?)(?:震|炸)(?:裂|坏|塌|倒|歪)|群租|(?<=群租[^。；;]{0,20}?)(?:住了|隔成|隔了)|抚养费|强制执行|判决书|法院判/g,
  就业社保:
    /(?:想|要|打算|准备|想要|学着?)(?:去|来)?(?:跑|送|干|做|开)(?:外卖|快递|滴滴|网约车|出租车?|代驾|货拉拉)|(?:想|要|打算|准备|想要)(?:去|来)?(?:当|做)(?:骑手|快递员|外卖员|代驾|网约车司机|保安|保洁员?|护工)/g,
};
