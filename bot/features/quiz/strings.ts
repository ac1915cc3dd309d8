/** Every user-facing sentence of the quiz features. */

export const LEVELS = ['初级', '中级', '高级'] as const;

/** Documented defaults of the mock exam; each can be changed per exam (see {@link strings.exam.usage}). */
export const EXAM_DEFAULTS = { count: 50, minutes: 60, passMark: 60 } as const;
export const EXAM_LIMITS = { maxCount: 200, maxMinutes: 240 } as const;
/** Daily quiz defaults: questions per day and the hint time. */
export const DAILY_DEFAULTS = { count: 3, maxCount: 10 } as const;

const mark = (ok: boolean) => (ok ? '✅' : '❌');
const pct = (n: number) => `${Math.round(n * 100)}%`;

export const strings = {
  /** What 取消 says it ended (after the round's score). */
  cancelledRound: '本轮练习',
  descriptions: {
    quiz: '按等级、分类逐题练习（顺序练习，下次接着做）',
    wrong: '错题本：答错的题自动收录，连续答对三次移出',
    review: '复习错题本中到期的题目',
    exam: `模拟考试（默认 ${EXAM_DEFAULTS.count} 题、${EXAM_DEFAULTS.minutes} 分钟、${EXAM_DEFAULTS.passMark} 分及格）`,
    examHistory: '查看模拟考试记录',
    subscribe: '订阅每日一练：每天定时推送几道题',
    unsubscribe: '取消每日一练',
    leaderboard: '本群每日一练的本周排行榜',
    stats: '我的练习统计、备考把握和晋级时间',
    banks: '查看题库；书记可选择本群（本支部）练习哪些题库',
    random: '随机练习：从题库随机抽 20 题，做完给出得分',
    study: '背题模式：逐题显示题目、答案和解析',
    favourites: '收藏夹：查看、练习收藏的题目（做题时按 ☆ 收藏）',
    progress: '练习进度：各等级、各章节做过多少题、正确率',
    examReview: '考试回顾：逐题查看上次模拟考试（可只看错题）',
  },

  common: {
    noQuestions: (what: string) => `题库里暂时没有${what}的题目。可以换一个等级或分类；书记可以用“dangwu questions import 文件”导入题库。`,
    chooseLevel: '请选择等级：',
    stopped: '已结束本次练习，进度已保存。下次发送“练习”会从停下的地方继续。',
    pendingHint: '请直接发送答案；有多个空时用“|”或空格隔开。发送“取消”可退出。',
    typedHint: (type: string) =>
      type === '判断'
        ? '点按钮，或直接发送“对”“错”。'
        : type === '多选'
          ? '点选项后按“提交”，或直接发送字母，如 AC。'
          : '点按钮，或直接发送字母，如 B。',
    skipped: (answer: string) => `已跳过本题，不计入成绩。${answer ? `正确答案：${answer}` : ''}`,
    source: (source: string) => `出处：${source}`,
    explanation: (text: string) => `解析：${text}`,
    correctAnswer: (text: string) => `正确答案：${text}`,
    right: '✅ 回答正确！',
    wrong: '❌ 回答错误。',
    wrongBookAdded: '已收入错题本，明天起会安排复习。',
    wrongBookProgress: (streak: number) => `错题本：已连续答对 ${streak} 次，再对 ${3 - streak} 次即可移出。`,
    wrongBookGraduated: '🎉 这道题已连续答对 3 次，移出错题本。',
  },

  stale: {
    foreign: '这不是你的题目，按钮对你无效。想自己练习，请发送“练习”。',
    finished: '这次练习或考试已经结束了，按钮已失效。发送“练习”或“模拟考试”重新开始。',
    old: '这道题已经作答过了（按钮已过期）。请看最新的一题。',
    missing: '这个按钮已经失效了。发送“练习”重新开始。',
    badData: '这个按钮的内容不完整，已忽略。请使用最新消息上的按钮。',
    notChoice: '这道题不是选择题，请直接发送答案文字。',
    questionGone: '这道题已从题库中移除，已跳过。',
  },

  practice: {
    chooseTopic: (level: string) => `请选择${level}练习的分类：`,
    all: '全部分类',
    randomButton: '🔀 随机抽 20 题',
    resumed: (n: number, total: number) => `接着上次的进度，从第 ${n} 题开始（共 ${total} 题）。`,
    started: (total: number) => `开始顺序练习，共 ${total} 题。`,
    wrapped: '这个范围的题目已全部练完一遍，从第一题重新开始。',
    unknownArgs: (args: string) => `没有找到“${args}”对应的等级或分类。请发送“练习”后按按钮选择，或写成“练习 初级 党员”。`,
    stop: '结束练习',
    skip: '跳过',
    submit: '提交',
    nothingSelected: '还没有选择任何选项。请先点选项（可多选），再按“提交”；也可以直接发送字母，如 AC。',
    summary: (correct: number, total: number) => `📋 本轮练习结束：答对 ${correct}/${total} 题（${pct(total ? correct / total : 0)}）。`,
    randomStarted: (n: number, pool: number) => `开始随机练习：从 ${pool} 题中随机抽取 ${n} 题，做完给出得分。`,
  },

  review: {
    title: (due: number, total: number) => `错题本共 ${total} 题，今天到期需要复习 ${due} 题。`,
    empty: '错题本是空的。练习或考试中答错的题会自动收进来。',
    nothingDue: (next: string) => `目前没有到期的错题。下一题的复习时间：${next}。也可以按下面的按钮把错题全部再做一遍。`,
    started: (n: number) => `开始复习，共 ${n} 题。`,
    doDue: '复习到期错题',
    doAll: '重做全部错题',
    done: (correct: number, total: number) => `复习完成：${total} 题答对 ${correct} 题。`,
    item: (i: number, stem: string, streak: number, due: string) => `${i}. ${stem}（连对 ${streak}/3，复习时间 ${due}）`,
  },

  exam: {
    usage: `用法：模拟考试 等级 [题数] [分钟] [及格分]，例如“模拟考试 初级 50 60 60”。默认 ${EXAM_DEFAULTS.count} 题、限时 ${EXAM_DEFAULTS.minutes} 分钟、满分 100 分、${EXAM_DEFAULTS.passMark} 分及格。`,
    badArgs: (why: string) => `考试设置有误：${why}。`,
    start: (level: string, count: number, minutes: number, pass: number, deadline: string) =>
      `${level}模拟考试开始：共 ${count} 题，限时 ${minutes} 分钟（${deadline} 截止），满分 100 分，${pass} 分及格。作答过程中不显示对错，交卷后统一出成绩。超时后的作答不计分。`,
    fewer: (have: number, wanted: number) => `题库中这个等级只有 ${have} 题，本次按 ${have} 题出卷（原定 ${wanted} 题）。`,
    runningElsewhere: (level: string, left: string) =>
      `你在另一个聊天里有一场${level}模拟考试正在进行（剩余 ${left}）。考试只能在开始它的聊天里作答：请回到那个聊天继续，或在那里发送“交卷”。`,
    alreadyRunning: (level: string, left: string) =>
      `你有一场${level}模拟考试正在进行（剩余 ${left}）。请先做完，或按“交卷”结束后再开始新的考试。`,
    handIn: '交卷',
    skip: '跳过',
    skipped: (n: number) => `第 ${n} 题已跳过（未作答，按错误计）。`,
    confirmHandIn: (answered: number, total: number) => `已答 ${answered}/${total} 题，未答的题按错误计。确定交卷吗？`,
    confirm: '确定交卷',
    resume: '继续答题',
    recorded: (n: number, left: string) => `第 ${n} 题已记录（剩余时间 ${left}）。`,
    timeUp: '⏰ 考试时间已到，已自动交卷。超时后的作答不计分。',
    result: (level: string, score: number, pass: number, passed: boolean, correct: number, total: number, used: string) =>
      `${level}模拟考试成绩：${score} 分（${passed ? '合格 ✅' : '不合格 ❌'}，${pass} 分及格）\n答对 ${correct}/${total} 题，用时 ${used}。`,
    breakdownTitle: '分类得分：',
    breakdownLine: (topic: string, correct: number, total: number) =>
      `• ${topic}：${correct}/${total}（${pct(total ? correct / total : 0)}）`,
    wrongHint: (n: number) => (n > 0 ? `答错或未答的 ${n} 题已收入错题本，发送“错题本”查看。` : '全部答对，了不起！'),
    historyEmpty: '还没有模拟考试记录。发送“模拟考试”开始第一场。',
    historyTitle: '最近的模拟考试：',
    historyLine: (date: string, level: string, score: number, passed: boolean, total: number) =>
      `• ${date} ${level} ${score} 分 ${passed ? '合格' : '不合格'}（${total} 题）`,
  },

  examReview: {
    all: '逐题回顾',
    wrongOnly: '只看错题',
    previous: '上一页',
    next: '下一页',
    none: '还没有做完的模拟考试。发送“模拟考试”开始。',
    notFinished: '这场考试还没有结束，交卷后才能回顾。',
    allRight: '这场考试没有错题。',
    title: (level: string, wrongOnly: boolean, page: number, pages: number, n: number) =>
      `📝 ${level}模拟考试回顾（${wrongOnly ? '只看错题' : '全部题目'}，共 ${n} 题，第 ${page}/${pages} 页）`,
    yours: (given: string | null) => `你的答案：${given === null || given === '' ? '未作答' : given}`,
  },

  study: {
    next: '下一题',
    stop: '结束背题',
    chooseLevel: '背题模式：请选择等级。',
    chooseTopic: (level: string) => `请选择${level}背题的分类：`,
    started: (n: number) => `背题模式：共 ${n} 题，每题直接显示答案和解析。按“下一题”或发送“下一题”继续。`,
    done: (n: number) => `背题结束：本轮看了 ${n} 题。想检验一下，发送“练习”或“随机练习”。`,
    noAnswerNeeded: '背题模式不用作答：发送“下一题”继续，“收藏”收藏本题，“结束”退出。',
  },

  favourites: {
    star: '☆ 收藏',
    starred: '★ 已收藏',
    added: '⭐ 已收藏本题。发送“收藏”查看收藏夹。',
    removed: '已取消收藏本题。',
    empty: '收藏夹是空的。做题时按“☆ 收藏”（或发送“收藏”）即可收藏当前题目。',
    title: (n: number) => `⭐ 我的收藏（${n} 题）：`,
    practise: '练习收藏的题',
    study: '背收藏的题',
    started: (n: number) => `开始练习收藏的 ${n} 道题。`,
  },

  progress: {
    title: '📈 练习进度（做过的题 / 题库题数，正确率）：',
    line: (name: string, t: { done: number; total: number; accuracy: number | null }) =>
      `• ${name}：${t.done}/${t.total}（${pct(t.total ? t.done / t.total : 0)}）${t.accuracy === null ? '' : `，正确率 ${pct(t.accuracy)}`}`,
  },

  daily: {
    chooseTime: `请选择每天推送的时间（北京时间），或直接发送“每日一练 7:30”这样的时间。可以加题数和等级，例如“每日一练 20:00 5题 初级”（默认每天 ${DAILY_DEFAULTS.count} 题，最多 ${DAILY_DEFAULTS.maxCount} 题）。`,
    badTime: (input: string) => `看不懂“${input}”这个时间。请写成 7:30、20:00 或“晚上8点”这样的格式。`,
    badCount: `每天的题数应在 1 到 ${DAILY_DEFAULTS.maxCount} 之间。`,
    subscribed: (who: string, time: string, count: number, level: string | null, zone: string, first: string) =>
      `已为${who}订阅每日一练：每天 ${time}（${zone}）推送 ${count} 道${level ?? ''}题，第一次在 ${first}。只出单选题和判断题，点按钮即可作答。发送“取消每日一练”可退订。`,
    groupWho: '本群',
    userWho: '你',
    noScheduler: '注意：本机的定时推送服务还没有启用，订阅已保存，但暂时不会推送。请联系管理员。',
    unsubscribed: '已取消每日一练，不再推送。以前的答题记录和连续天数统计都保留；想恢复时再发送“每日一练”。',
    notSubscribed: '这里还没有订阅每日一练。发送“每日一练”即可订阅。',
    header: (date: string, n: number, i: number, late: boolean) => `${late ? '（迟到的推送）' : ''}📅 每日一练 ${date} 第 ${i}/${n} 题`,
    roundHeader: (date: string, n: number, late: boolean) => `${late ? '（迟到的推送）' : ''}📅 每日一练 ${date}（共 ${n} 题）`,
    typedHintOne: '点按钮作答，或直接发送答案（如 B、对）。',
    typedHintMany: '按钮上的数字是题号。也可以直接发送答案，如“1B”“2 对”；不写题号时答第一道还没答的题。',
    noQuestions: '今天的每日一练没有可用的题目（题库中缺少单选题和判断题），已跳过。请书记导入题库。',
    answeredAlready: '这道题你已经答过了，每题只计第一次作答。',
    groupResult: (name: string, ok: boolean) => `${mark(ok)} ${name}${ok ? '答对了' : '答错了'}。按“看解析”可查看答案与解析。`,
    showExplanation: '看解析',
    answerFirst: '请先作答，再看解析。',
    completed: (streak: number) => `今天的每日一练完成了！已连续 ${streak} 天。`,
    roundGone: '这一期每日一练已经失效了。',
    leaderboardTitle: (from: string, to: string) => `🏆 本周每日一练排行榜（${from} 至 ${to}）`,
    leaderboardLine: (rank: number, name: string, correct: number, answered: number, streak: number) =>
      `${rank}. ${name}：答对 ${correct} 题（作答 ${answered}），连续 ${streak} 天`,
    leaderboardEmpty: '本周还没有人答题。',
    leaderboardNoSub: '本群还没有订阅每日一练，没有排行榜。书记可以发送“每日一练 8:00”订阅。',
    groupOnly: '排行榜只在群里使用。',
  },

  stats: {
    empty: '还没有答题记录。发送“练习”开始第一题吧。',
    title: (answered: number, accuracy: number) => `📊 我的练习统计：共作答 ${answered} 题，正确率 ${pct(accuracy)}。`,
    levelTitle: '按等级：',
    topicTitle: '按分类：',
    line: (name: string, correct: number, answered: number) =>
      `• ${name}：${correct}/${answered}（${pct(answered ? correct / answered : 0)}）`,
    trend: (recent: number | null, before: number | null) => {
      if (recent === null) return '趋势：最近 7 天没有答题，坚持每天练一点效果更好。';
      if (before === null) return `趋势：最近 7 天正确率 ${pct(recent)}（更早没有记录，无法比较）。`;
      const diff = Math.round((recent - before) * 100);
      const word = diff > 0 ? `提高了 ${diff} 个百分点 📈` : diff < 0 ? `下降了 ${-diff} 个百分点 📉` : '与之前持平';
      return `趋势：最近 7 天正确率 ${pct(recent)}，之前 ${pct(before)}，${word}。`;
    },
    readinessTitle: '备考把握（估计）：',
    readiness: (level: string, estimate: number | null, coverage: number, verdict: string) =>
      estimate === null
        ? `• ${level}：${verdict}`
        : `• ${level}：预计得分约 ${Math.round(estimate)} 分，题库覆盖 ${pct(coverage)}，${verdict}`,
    verdicts: {
      none: '练习太少，暂无法估计（至少需要作答 20 题）',
      good: '把握较大',
      near: '接近及格线，再巩固一下',
      weak: '还需加强练习',
    },
    readinessNote: '（估计方法：该等级最近 50 题的正确率，与最近一次模拟考试成绩取平均；题库覆盖 = 做过的题 / 该等级题数。）',
    eligibility: (held: string, since: string, next: string, date: string, ready: boolean) =>
      ready
        ? `晋级：你持有${held}证书（${since} 取得），已满一年，可以报考${next}。`
        : `晋级：你持有${held}证书（${since} 取得），${date} 起可以报考${next}（需持有满一年）。`,
    eligibilityTop: (held: string) => `晋级：你已持有${held}证书，这是最高等级。`,
    eligibilityUnknown:
      '晋级：还没有你的持证记录。先从初级考起；取得证书后发送“登记证书 初级 证书编号 发证日期”登记，我会算出可以报考下一级的日期（持证满一年）。',
  },

  banks: {
    title: (scope: string) => `📚 题库（打 ✅ 的题库用于${scope}的练习、模拟考试和每日一练）：`,
    scopeGroup: '本群',
    scopePrivate: '你',
    line: (on: boolean, title: string, count: number) => `${on ? '✅' : '⬜'} ${title}：${count} 题`,
    allChosen: '当前：使用全部题库（新导入的题库会自动加入）。',
    someChosen: (n: number) => `当前：只使用选中的 ${n} 个题库。`,
    howTo:
      '点按钮切换；或发送“题库 名称1 名称2”直接指定，“题库 全部”恢复使用全部题库。导入题库：dangwu questions import 文件（见 README）。',
    groupNote: '本群使用哪些题库由书记选择。',
    all: '全部题库',
    keepOne: '至少要保留一个题库。',
    unknown: (names: string[], known: string[]) => `没有找到题库：${names.join('、')}。现有题库：${known.join('、')}。`,
    gone: '这个题库已经不存在了（可能已被删除）。发送“题库”查看最新列表。',
    saved: '已保存。',
    action: '选择本群练习的题库',
  },

  paste: {
    choice: (letters: string, texts: string) => `答案：${letters}（${texts}）`,
    plain: (text: string) => `答案：${text}`,
    explanation: (text: string) => `解析：${text}`,
    source: (topic: string, level: string, source: string) => `出处：题库（${topic} · ${level}）${source ? `；${source}` : ''}`,
    similar: (pct: number) => `（与题库中的题目相似度 ${pct}%，请核对题干是否一致。）`,
    notInBank: (pct: number) => `⚠️ 题库中没有找到这道题。下面不是题库答案，而是根据手册检索的参考，置信度 ${pct}%，请自行核对。`,
    maybe: (what: string) => `可能是 ${what}（依据手册原文推测，未经题库核对）。`,
    maybeUncertain: (what: string) => `可能是 ${what}，但并不确定（依据手册原文的相近说法推测，未经题库核对），请以原文为准。`,
    maybeByCalculation: (what: string) => `可能是 ${what}（按党费交纳比例计算得出，未经题库核对）。`,
    maybeFromBank: (what: string) => `可能是 ${what}（依据题库中一道相关题目的答案推测，并非这道题的题库答案）。`,
    support: (sentence: string, where: string) => `依据：“${sentence}”（${where}）`,
    noGuess: '手册里没有能确定答案的依据，我不作猜测。下面是最相关的手册内容，供你核对：',
    nearest: (where: string, text: string) => `${where}：${text}…`,
    nothing: '⚠️ 题库中没有找到这道题，手册里也没有相关内容，无法作答。请核对题目来源，或向支部书记确认。',
    answerMissing: (answer: string) =>
      `⚠️ 题库里有这道题，但它的正确答案“${answer}”不在你给出的选项中。请核对选项是否抄错或题目是否改动过。`,
    similarQuestion: (stem: string, what: string) =>
      `⚠️ 题库中没有完全相同的题。题库里有一道相近的题：“${stem}”。按它的答案推测，这道题可能是 ${what}。题目的说法不同，请自行核对。`,
    examRunning: '你正在进行模拟考试，考试期间不解答题目。做完或按“交卷”（也可以直接发送“交卷”）后再问。',
    modelMaybe: (letters: string) => `可能是 ${letters}（大模型依据手册资料判断，未经题库核对）。`,
  },
};
