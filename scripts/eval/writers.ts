/**
 * Independent writers who wrote all three kinds of set (paste, everyday, tickets) together, by the round they were
 * held out in. Each eval script keeps its own tuning list, because the kinds rotated at different times; a round
 * that rotated all three at once is named here once.
 */

/** Held out from their writing (2026-12-05 afternoon) until ~17:45 the same evening, read for tuning since. */
export const ROTATED_AT_1745 = ['lixia', 'guoqiang', 'wenjie', 'dongsheng', 'yanling', 'xiaoyu'] as const;

/**
 * Written ~17:50 on 2026-12-05 and held out until ~20:40 (held-out figures then, after one round of tuning on others:
 * paste jinhua 20, zhenyu 16, suqin 21, laoqian 16 of 30; everyday right/refused/wrong jinhua 30/6/4, zhenyu 35/4/1,
 * suqin 39/0/1, laoqian 30/9/1; tickets whole/fields jinhua 13/206, zhenyu 3/186, suqin 22/219, laoqian 15/206), read since.
 */
export const ROTATED_AT_2040 = ['jinhua', 'zhenyu', 'suqin', 'laoqian'] as const;

/** Written ~20:45 on 2026-12-05 to be held out; their personas were told to nobody. */
export const HELD_OUT_SINCE_2045 = ['baoguo', 'hanmei', 'zixuan', 'yuefu'] as const;
