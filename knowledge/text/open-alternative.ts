/**
 * An alternative that offers no other side, closing a question: "主题党日是一个月搞一次还是怎么弄的", "党费是按月交还是
 * 怎么着", "支部定还是咋样". The asker names what they think the rule is and leaves the rest open; the question asks
 * whether the named side holds, as "…吗" asks it. Read so, the kind of question is the named side's (how often, who),
 * not the "怎么弄" of the tail, which would ask for steps no fact on the named side gives.
 *
 * Read as 吗 (cleanQuestion). Only a tail of a bare 怎么 with a verb of doing or a word for "way" is read so: "还是怎么算" or "还是按什么标准" ask
 * for the rule's content, and keep their words.
 */
export const OPEN_ALTERNATIVE =
  /还是(?:说)?(?:怎么|怎样|咋个|咋|如何)(?:个)?(?:弄|搞|整|办|着|样|回事|个情况|说法|安排|规定|讲)(?:的|呢)?(?:[啊呀呢哦嘞哈啦嘛]*)(?=[？?！!。\s]*$|[，,；;])/g;
