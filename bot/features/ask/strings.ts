export const strings = {
  unknownIntro: '这个问题我在手册和已导入的资料里没有找到可靠的答案，不敢乱说。已经记下来，会请支部书记补充资料。',
  nearest: '最接近的几段，供参考：',
  localValue: '你问的是本地、当年的具体安排，手册只说到它由谁定、在哪里公布：',
  otherBody: (bodies: string[]) => `手册写的是党组织自己的规定，没有写到${bodies.map((b) => `“${b}”`).join('、')}的，下面几段不能套用。`,
  otherSubject: (things: string[], rule: string) =>
    `手册写的是党组织、党员自己的规定，没有写到${things.map((t) => `“${t}”`).join('、')}。手册里只讲到相近的“${rule.replace(/[？?]$/, '')}”，那是党内的规定，不能套用到你问的对象上；这类事请问它的主管单位。`,
  seeAlso: '相关出处：',
  unsaidSubject: (words: string[]) =>
    `你问到的${words.map((w) => `“${w}”`).join('、')}，手册的条目里没有说到，我不能拿相近的规定当成答案。`,
  maybeRelated: '可能相关（只供参考，不是对你问题的回答）：',
  source: '出处',
  basis: '依据',
  paragraph: '手册原文：',
  localRule: '本单位规定：',
  localRuleMark: '本单位文件，优先于手册的一般规定',
  handbookGeneral: '手册的一般规定：',
  situationOpen: (words: string[]) =>
    `你问到的${words.map((w) => `“${w}”`).join('、')}这一点，手册没有说到，我不能替你下结论，请以上级党组织的规定为准。`,
  /** The other part of a message, quoted when it is short enough to read at a glance. */
  alsoAsked: (part: string) =>
    part.length > 0 && part.length <= 20 ? `你还问到“${part.replace(/[？?。！!\s]+$/, '')}”：` : '你还问到的另一点：',
  /** Another ask answered by a sentence of the handbook the reply shows, quoted (part-trust.ts answeredInShown). */
  shownSays: (clause: string, sentence: string, where?: string) =>
    `${strings.alsoAsked(clause)}手册原文写着“${sentence}。”${where ? `（${where}）` : ''}`,
  clauseOpen: (clauses: string[]) =>
    `你还问到${clauses.map((c) => `“${c}”`).join('、')}，${clauses.length > 1 ? '这几点' : '这一点'}手册的条目里没有直接说到，我不能替你下结论，请以支部或上级党组织的意见为准。`,
  outOfScope:
    '这个问题不在党务范围内，我回答不了。我能回答党员发展、三会一课、党费、组织关系、纪律等党务问题，比如“预备期多长”“党费怎么算”。',
  noise: '没看懂这条消息。如果在答题，请先发送“练习”开始；有党务问题可以直接问我，发送“帮助”看全部功能。',
  gapsTitle: '本群的知识缺口（大家问过、资料里没找到答案的问题，最近问的在前）：',
  gapsEmpty: '本群目前没有未解决的知识缺口。',
  gapsHint: '补充资料：把相关文件用 dangwu ingest <文件> 导入后，再问一次即可。补上后发送“知识缺口 已解决 编号”标记解决。',
  gapLine: (id: number, question: string, times: number, date: string) =>
    `#${id} ${question}（${times > 1 ? `问过 ${times} 次，` : ''}最近 ${date}）`,
  gapResolved: (id: number) => `已把知识缺口 #${id} 标记为已解决。`,
  gapNotFound: (id: number) => `本群没有未解决的知识缺口 #${id}。发送“知识缺口”查看编号。`,
  gapResolveUsage: '用法：知识缺口 已解决 <编号>，例如“知识缺口 已解决 3”。',
  gapsDescription: '查看大家问过但资料里找不到答案的问题（书记）',
  gapsAction: '查看知识缺口',
  llmNote: '（由模型根据上述资料整理，请以原文为准）',
  chitchat: {
    hello: '你好！我是党务助手。可以直接问我党务问题，比如“支委会多久开一次”“预备党员怎么转正”；发送“帮助”看全部功能。',
    online: '在的。有什么党务问题，直接问我就行。',
    thanks: '不客气！还有问题随时问我。',
    laugh: '😄 有党务方面的问题随时问我。',
    bye: '再见，有需要随时找我。',
    ok: '好的。',
  },
};
