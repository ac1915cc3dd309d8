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

/**
 * Written ~20:45 on 2026-12-05 and held out until ~23:55 (held-out figures then, after one round of tuning on others:
 * paste baoguo 18, hanmei 17, zixuan 18, yuefu 18 of 30; everyday right/refused/wrong baoguo 36/0/4, hanmei 33/2/5,
 * zixuan 35/2/3, yuefu 33/5/2; tickets whole/fields hanmei 15/210, zixuan 17/206, yuefu 12/199, baoguo's tuning since
 * ~22:25), read since. Their sets let the place be asked for (earlier writers' briefs did not). After the first round
 * on them (branch facts9, 2026-12-06 ~01:00), everyday: baoguo 40/0/0, hanmei 40/0/0, zixuan 40/0/0, yuefu 39/1/0.
 */
export const ROTATED_AT_2355 = ['baoguo', 'hanmei', 'zixuan', 'yuefu'] as const;

/**
 * Written ~23:55 on 2026-12-05 and held out until ~02:40 on 2026-12-06 (held-out figures when written → after one round
 * of tuning on others: paste guihua 25 → 27, dezhi 22 → 23, xiuying 25 → 26, jianguo 22 → 23 of 30; everyday
 * right/refused/wrong guihua 29/8/3 → 32/5/3, dezhi 34/3/3 → 36/1/3, xiuying 38/1/1 → 38/1/1, jianguo 30/4/6 → 31/3/6;
 * tickets whole/fields guihua 11/191 → 14/197, dezhi 9/195 → 10/197, xiuying 5/188 → 11/200, jianguo 5/178 → 8/186),
 * read since. A gate on neighbouring facts designed before their misses were read (branch facts10) moved them
 * 137/10/13 → 134/12/14 and was not kept; after the first round on them (facts10, ~03:05), everyday: guihua 35/3/2,
 * dezhi 39/1/0, xiuying 39/0/1, jianguo 38/1/1.
 */
export const ROTATED_AT_0240 = ['guihua', 'dezhi', 'xiuying', 'jianguo'] as const;

/**
 * Written ~02:40 on 2026-12-06 and held out until ~05:30 (held-out figures when written → after one round of tuning on
 * others, paste judged with 对/错 ≡ 正确/错误: paste laoma 27 → 27, meizhen 26 → 28, reyila 29 → 29, xiaowen 25 → 26 of
 * 30; everyday right/refused/wrong laoma 30/6/4 → 30/6/4, xiaowen 34/1/5 → 35/1/4, meizhen 33/4/3 → 34/4/2, reyila
 * 30/3/7 → 32/3/5; tickets whole/fields laoma 13/198 → 13/200, meizhen 12/204 → 12/204, reyila 11/197 → 18/213,
 * xiaowen 12/204 → 12/204), read since.
 */
export const ROTATED_AT_0530 = ['laoma', 'xiaowen', 'meizhen', 'reyila'] as const;

/**
 * Written ~05:30 on 2026-12-06 and held out until ~08:40 (held-out figures when written → after one round of tuning on
 * others: paste guiying 21 → 21, jiahao 20 → 20, jinlan 24 → 24, majun 27 → 27 of 30; everyday right/refused/wrong
 * jinlan 39/0/1 → 39/0/1, guiying 33/5/2 → 33/5/2, jiahao 35/1/4 → 37/0/3, majun 34/2/4 → 36/1/3; tickets whole/fields
 * guiying 10/195 → 10/198, jiahao 10/186 → 10/186, jinlan 3/175 → 3/176, majun 8/195 → 8/196), read since.
 */
export const ROTATED_AT_0840 = ['jinlan', 'guiying', 'jiahao', 'majun'] as const;

/**
 * Written ~08:40 on 2026-12-06 and held out until ~11:35 (held-out figures when written, on main f9ea08d before any
 * tuning on them → after one round of tuning on others: paste jinshun 23 → 24, qiaozhen 27 → 27, yiming 24 → 24,
 * zhuoma 26 → 26 of 30; everyday right/refused/wrong jinshun 37/1/2, qiaozhen 32/3/5, zhuoma 39/0/1, yiming 32/3/5,
 * unchanged; tickets whole/fields jinshun 8/190 → 8/190, qiaozhen 11/192 → 11/192, yiming 14/210 → 14/210, zhuoma
 * 8/186 → 7/185), read since.
 */
export const ROTATED_AT_1135 = ['jinshun', 'qiaozhen', 'zhuoma', 'yiming'] as const;

/**
 * Written ~11:35 on 2026-12-06 and held out until ~14:20 (keys audited by a reviewer who wrote none of them). Held-out
 * figures when written (main c7e7e65, before any tuning on them) → after one round of tuning on others (main 3206c01):
 * paste yaxian 26 → 26, fengshan 29 → 29, xinyu 28 → 29, hongbing 27 → 27 of 30; everyday right/refused/wrong yaxian
 * 33/3/4 → 32/4/4, fengshan 32/2/6, xinyu 35/1/4, hongbing 30/5/5 (unchanged); tickets whole/fields yaxian 11/198,
 * fengshan 7/186, xinyu 5/192 (unchanged), hongbing 1/155 → 9/196 (after 兵团 place names were added knowing her
 * region, not her items), read since.
 */
export const ROTATED_AT_1420 = ['yaxian', 'fengshan', 'xinyu', 'hongbing'] as const;

/**
 * Written ~14:20 on 2026-12-06 and held out until ~17:00 (keys audited by a reviewer who wrote none of them). Held-out
 * figures when written (main 4ac89ce, before any tuning on them) → after one round of tuning on others (main b8c47dd):
 * paste lanying 24, jinfeng 29, dehai 25, ruoxi 25 of 30 (unchanged); everyday right/refused/wrong lanying 31/4/5 →
 * 32/3/5, jinfeng 34/6/0 → 34/5/1, dehai 36/3/1, ruoxi 34/2/4 (unchanged); tickets whole/fields lanying 15/211 →
 * 16/214, jinfeng 3/174 → 12/201, dehai 5/182 → 8/189, ruoxi 1/160 → 3/172 (most of the gain after place words below
 * the village were added knowing the personas' regions, not their items), read since.
 */
export const ROTATED_AT_1700 = ['lanying', 'jinfeng', 'dehai', 'ruoxi'] as const;

/**
 * Written ~17:00 on 2026-12-06 and held out until ~19:45 (keys audited by a reviewer who wrote none of them). Held-out
 * figures when written (main 4047723, before any tuning on them) → after one round of tuning on others (main 0bbc6cd):
 * paste qiufang, songlin, cuiping, zhaoyang 27 of 30 each (unchanged); everyday right/refused/wrong qiufang 33/5/2,
 * zhaoyang 36/2/2 (unchanged), songlin 31/2/7 → 32/2/6, cuiping 35/2/3 → 36/2/2; tickets whole/fields qiufang 17/212 →
 * 17/214, songlin 6/182 → 7/185, cuiping 12/202 → 16/210, zhaoyang 18/206 → 18/208, read since.
 */
export const ROTATED_AT_1945 = ['qiufang', 'songlin', 'cuiping', 'zhaoyang'] as const;

/**
 * Written ~19:45 on 2026-12-06 and held out until ~22:40 (keys audited by a reviewer who wrote none of them). Held-out
 * figures when written (main 4464974, before any tuning on them) → after one round of tuning on others (main 48f713e):
 * paste chunyan 28, guofu 27, haoran 27, mingyue 25 of 30 (unchanged); everyday right/refused/wrong haoran 37/1/2,
 * guofu 33/2/5 (unchanged), chunyan 31/3/6 → 32/3/5, mingyue 31/4/5 → 32/4/4; tickets whole/fields haoran 11/190 →
 * 15/204, chunyan 16/213, guofu 21/218, mingyue 16/209 (unchanged), read since.
 */
export const ROTATED_AT_2240 = ['haoran', 'chunyan', 'mingyue', 'guofu'] as const;

/**
 * Written ~22:40 on 2026-12-06 and held out until ~01:20 on 2026-12-07 (keys audited by a reviewer who wrote none of
 * them). Held-out figures when written (main 48189fa, before any tuning on them) → after one round of tuning on others
 * (main 10bab50): paste jiaqi 29, wanli 29, yuzhen 27 (unchanged), xiaofeng 25 → 26 of 30; everyday right/refused/wrong
 * wanli 34/4/2, yuzhen 37/0/3, xiaofeng 32/4/4 (unchanged), jiaqi 36/0/4 → 37/0/3; tickets whole/fields wanli 10/189 →
 * 11/190, yuzhen 11/199 (unchanged), jiaqi 10/199 → 10/198, xiaofeng 14/205 → 15/206, read since.
 */
export const ROTATED_AT_0120 = ['wanli', 'yuzhen', 'jiaqi', 'xiaofeng'] as const;

/**
 * Written ~01:20 on 2026-12-07 and held out until ~04:20 on 2026-12-07 (keys audited by a reviewer who wrote none of
 * them). Held-out figures when written (main 91baf93, before any tuning on them) → after one round of tuning on others
 * (main 4a71953): paste dawei 27, lamu 27 (unchanged), jingwen 26 → 27, shuqin 22 → 23 of 30; everyday
 * right/refused/wrong shuqin 29/1/10 → 30/1/9, dawei 31/2/7, lamu 35/1/4 (unchanged), jingwen 36/0/4 → 37/0/3; tickets
 * whole/fields dawei 12/205, shuqin 13/199 (unchanged), jingwen 16/211 → 19/216, lamu 10/191 → 11/199, read since.
 */
export const ROTATED_AT_0420 = ['shuqin', 'dawei', 'lamu', 'jingwen'] as const;

/**
 * Written ~04:20 on 2026-12-07 and held out until ~07:20 on 2026-12-07 (keys audited by a reviewer who wrote none of
 * them). Held-out figures when written (main 2efdef0, before any tuning on them) → after one round of tuning on others
 * (main c1c986e): paste fuqiang 29, caifeng 27 (unchanged), zihan 27 → 28, yufei 26 → 28 of 30; everyday
 * right/refused/wrong fuqiang 34/2/4 → 35/2/3, yufei 33/4/3 → 34/4/2, zihan 33/2/5, caifeng 32/3/5 (unchanged); tickets
 * whole/fields zihan 22/218, fuqiang 21/214, caifeng 18/213, yufei 18/209 (unchanged), read since.
 */
export const ROTATED_AT_0720 = ['fuqiang', 'yufei', 'zihan', 'caifeng'] as const;

/**
 * Written ~07:20 on 2026-12-07 and held out until ~10:15 on 2026-12-07 (keys audited by a reviewer who wrote none of
 * them). Held-out figures when written (main ce26942, before any tuning on them) and after one round of tuning on others
 * (main ce4f76f) were the same: paste haibo 29, tiezhu 29, lingling 28, haoyu 27 of 30; everyday right/refused/wrong
 * haibo 38/0/2, tiezhu 37/3/1 (of 41), lingling 37/3/0, haoyu 31/6/3; tickets whole/fields tiezhu 18/215, haibo 16/205,
 * haoyu 15/205, lingling 13/201, read since.
 */
export const ROTATED_AT_1015 = ['haibo', 'tiezhu', 'lingling', 'haoyu'] as const;

/**
 * Written ~10:15 on 2026-12-07 and held out until ~13:20 on 2026-12-07 (keys audited by a reviewer who wrote none of
 * them). Held-out figures when written (main 2bac265, before any tuning on them) and after one round of tuning on others
 * (main 79742d3) were the same: paste laohe 29, dechang 28, maoxia 28, xiaoman 28 of 30; everyday right/refused/wrong
 * maoxia 35/3/2, dechang 37/3/0, xiaoman 34/1/5, laohe 35/0/5; tickets whole/fields maoxia 17/207, laohe 13/201,
 * xiaoman 6/184, dechang 5/181, read since. Workplace places (车间, 工段, 厂区, 宿舍) were known only from dechang's and
 * xiaoman's personas while they were held out, so none were added until they moved here.
 */
export const ROTATED_AT_1320 = ['maoxia', 'dechang', 'xiaoman', 'laohe'] as const;

/**
 * Written ~13:20 on 2026-12-07 and held out until ~16:10 on 2026-12-07 (keys audited by a reviewer who wrote none of
 * them). Held-out figures when written (main cbd53925, before any tuning on them) → after one round of tuning on others
 * (main 638e0023): paste zhiyong 29, xueqin 28 → 29, qiongfang 27, yuhua 27 → 28 of 30; everyday right/refused/wrong
 * xueqin 37/2/1, zhiyong 33/0/7 → 34/0/6, qiongfang 33/3/4, yuhua 33/4/3; tickets whole/fields xueqin 18/216 → 18/215,
 * zhiyong 15/207 → 16/210, yuhua 10/192, qiongfang 5/194, read since. Their place words were told to a helper during
 * that round, so the tickets place figure after it was not blind.
 */
export const ROTATED_AT_1610 = ['xueqin', 'zhiyong', 'qiongfang', 'yuhua'] as const;

/**
 * Written ~16:10 on 2026-12-07 and held out until ~19:10 on 2026-12-07 (keys audited by a reviewer who wrote none of
 * them). Held-out figures when written (main 2cf22352, before any tuning on them) → after one round of tuning on others
 * (main dfa14a9d): paste gengsheng 28, xiangyun 28, lihong 27, weiming 27 of 30, unchanged (seven of their items were
 * reworded afterwards, 108128ab, because they carried 党章 sentences word for word; the figures held); everyday
 * right/refused/wrong xiangyun 37/0/3, weiming 37/0/3, gengsheng 33/2/5, lihong 35/0/5, unchanged; tickets whole/fields
 * lihong 23/222, gengsheng 20/217, weiming 16/213, xiangyun 8/175, unchanged, read since. No helper was told their place
 * words during that round.
 */
export const ROTATED_AT_1910 = ['xiangyun', 'weiming', 'gengsheng', 'lihong'] as const;

/**
 * Written ~19:10 on 2026-12-07 and held out until ~22:00 on 2026-12-07 (keys audited by a reviewer who wrote none of
 * them). Held-out figures when written (main b83cef2d, before any tuning on them) → after one round of tuning on others
 * (main 35854f47): paste hailan 24 → 24, jianhua 28 → 29, jianxin 27 → 28, jiaying 28 → 28 of 30; everyday
 * right/refused/wrong hailan 35/4/1, jianhua 34/3/3, jianxin 35/1/4, jiaying 34/2/4, unchanged; tickets whole/fields
 * jianhua 20/216, jianxin 10/195, jiaying 10/190, hailan 5/186, unchanged, read since. No helper was told their place
 * words or dialect during that round.
 */
export const ROTATED_AT_2200 = ['hailan', 'jianhua', 'jianxin', 'jiaying'] as const;

/**
 * Written ~22:00 on 2026-12-07 and held out until ~00:40 on 2026-12-08 (keys audited by a reviewer who wrote none of
 * them). Held-out figures when written (main e0d4a492, before any tuning on them) → after one round of tuning on others
 * (main 4f64c240): paste zhanhai 30, guangming 29, ruiqin 28, xinyue 27 of 30, unchanged; everyday right/refused/wrong
 * zhanhai 35/3/2, ruiqin 32/4/4 → 33/3/4, guangming 34/3/3, xinyue 34/3/3; tickets whole/fields xinyue 17/214 → 18/215,
 * guangming 13/205, zhanhai 12/190 → 12/191, ruiqin 11/194, read since. No helper was told their place words or dialect
 * during that round.
 */
export const ROTATED_AT_0040 = ['zhanhai', 'ruiqin', 'guangming', 'xinyue'] as const;

/**
 * Written ~00:40 on 2026-12-08 to be held out; their personas were told to nobody, each wrote for a random 36 of the
 * handbook's 71 sections. Figures when written are in eval/sets/README.md.
 */
export const HELD_OUT_SINCE_0040 = ['yulan', 'defu', 'wenqiang', 'shulan'] as const;

/** Every writer of the rounds since 2026-12-05 ~17:45 who has moved into tuning, in the order they moved. */
export const ROTATED_WRITERS: readonly string[] = [
  ...ROTATED_AT_1745,
  ...ROTATED_AT_2040,
  ...ROTATED_AT_2355,
  ...ROTATED_AT_0240,
  ...ROTATED_AT_0530,
  ...ROTATED_AT_0840,
  ...ROTATED_AT_1135,
  ...ROTATED_AT_1420,
  ...ROTATED_AT_1700,
  ...ROTATED_AT_1945,
  ...ROTATED_AT_2240,
  ...ROTATED_AT_0120,
  ...ROTATED_AT_0420,
  ...ROTATED_AT_0720,
  ...ROTATED_AT_1015,
  ...ROTATED_AT_1320,
  ...ROTATED_AT_1610,
  ...ROTATED_AT_1910,
  ...ROTATED_AT_2200,
  ...ROTATED_AT_0040,
];

/** Writers whose brief allowed a missing 村/社区 as the thing to ask back for (tickets). */
export const PLACE_ASKABLE: readonly string[] = [
  ...ROTATED_AT_2355,
  ...ROTATED_AT_0240,
  ...ROTATED_AT_0530,
  ...ROTATED_AT_0840,
  ...ROTATED_AT_1135,
  ...ROTATED_AT_1420,
  ...ROTATED_AT_1700,
  ...ROTATED_AT_1945,
  ...ROTATED_AT_2240,
  ...ROTATED_AT_0120,
  ...ROTATED_AT_0420,
  ...ROTATED_AT_0720,
  ...ROTATED_AT_1015,
  ...ROTATED_AT_1320,
  ...ROTATED_AT_1610,
  ...ROTATED_AT_1910,
  ...ROTATED_AT_2200,
  ...ROTATED_AT_0040,
  ...HELD_OUT_SINCE_0040,
];
