/**
 * Independent writers who wrote all three kinds of set (paste, everyday, tickets) together, by the round they were
 * held out in. Each eval script keeps its own tuning list, because the kinds rotated at different times; a round
 * that rotated all three at once is named here once.
 */

/** Held out from their writing (2026-12-05 afternoon) until ~17:45 the same evening, read for tuning since. */
export const ROTATED_AT_1745 = ['lixia', 'guoqiang', 'wenjie', 'dongsheng', 'yanling', 'xiaoyu'] as const;

/** Written ~17:50 on 2026-12-05 to be held out; their personas were told to nobody. */
export const HELD_OUT_SINCE_1750 = ['jinhua', 'zhenyu', 'suqin', 'laoqian'] as const;
