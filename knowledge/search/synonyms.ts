/**
 * Domain synonyms and abbreviations. A query containing any phrase of a group is expanded with the other
 * phrases of the group, so "支委会" finds "支部委员会会议" and "三会一课" finds the four meetings.
 */
export const SYNONYM_GROUPS: string[][] = [
  ['支委会', '支部委员会', '支委'],
  ['党员大会', '支部党员大会', '支部大会'],
  ['预备期', '预备党员'],
  ['党费', '交纳党费', '缴纳党费', '交党费'],
  ['转正', '预备党员转正', '按期转正'],
  ['入党', '发展党员', '入党申请'],
  ['入党积极分子', '积极分子'],
  ['发展对象', '发展党员'],
  ['组织生活会', '组织生活'],
  ['民主评议', '民主评议党员'],
  ['主题党日', '党日活动'],
  ['换届', '换届选举', '选举'],
  ['纪律处分', '党纪处分', '处分'],
  ['几种', '种类', '几类'],
  ['流动党员', '外出务工', '外出'],
  ['组织关系', '转接', '转移组织关系'],
  ['持证上岗', '证书', '认证'],
  ['除名', '自行脱党', '出党'],
  ['党龄', '转为正式党员之日'],
  ['开会', '会议', '召开'],
  ['书记', '支部书记'],
  ['党小组', '党小组会', '党小组长'],
  ['谈心', '谈心谈话'],
  ['设立', '成立'],
  ['表决', '通过', '赞成'],
  ['人数', '到会', '半数'],
  // Abbreviations that regulations spell out in full.
  ['纪委', '纪律检查委员会'],
  ['党代会', '代表大会'],
  ['中央全会', '中央委员会全体会议'],
  ['中央委员', '中央委员会委员'],
  ['团委', '团的委员会', '团委员会'],
  ['共青团', '共产主义青年团'],
];

/** One-way expansions: an abbreviation names its parts, but a part does not imply the whole. */
export const EXPANSIONS: Record<string, string[]> = {
  三会一课: ['支部党员大会', '支委会', '党小组会', '党课'],
  两学一做: ['学党章党规', '学系列讲话', '做合格党员'],
  纪委: ['纪律检查委员会'],
  中央全会: ['中央委员会全体会议'],
};

/** Abbreviation expansions to add to a search query. */
export function expandAbbreviations(normalizedQuery: string): string[] {
  const extra = new Set<string>();
  for (const [key, phrases] of Object.entries(EXPANSIONS)) {
    if (normalizedQuery.includes(key)) for (const phrase of phrases) if (!normalizedQuery.includes(phrase)) extra.add(phrase);
  }
  return [...extra];
}

/** Abbreviations and synonyms of a query (used to pick the sentences of an answer). */
export function expandQuery(normalizedQuery: string): string[] {
  const extra = new Set<string>();
  for (const [key, phrases] of Object.entries(EXPANSIONS)) {
    if (normalizedQuery.includes(key)) for (const phrase of phrases) if (!normalizedQuery.includes(phrase)) extra.add(phrase);
  }
  for (const group of SYNONYM_GROUPS) {
    if (group.some((phrase) => normalizedQuery.includes(phrase))) {
      for (const phrase of group) if (!normalizedQuery.includes(phrase)) extra.add(phrase);
    }
  }
  return [...extra];
}

/** Other phrases meaning the same as one term (symmetric groups only). */
export function synonymsOf(term: string): string[] {
  const out = new Set<string>();
  for (const group of SYNONYM_GROUPS) if (group.includes(term)) for (const p of group) if (p !== term) out.add(p);
  return [...out];
}
