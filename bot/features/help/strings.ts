export const strings = {
  description: '查看我能做什么（“帮助 三会一课”看某一类的详细用法）',
  title: '党务助手可以帮你（直接发送下面的词就能用）：',
  /** Section order in help; sections not listed here come after, and 基本 last. */
  order: ['刷题备考', '问答', '三会一课', '持证上岗', '提醒', '党费', '民情工单'],
  icons: { 刷题备考: '📚', 问答: '❓', 三会一课: '📅', 持证上岗: '🎓', 提醒: '⏰', 党费: '💰', 民情工单: '📝', 基本: '⚙️' } as Record<string, string>,
  otherGroup: '其他',
  /** What a section offers beyond its commands (shown in the overview and atop the section). */
  intros: {
    问答: '直接用日常说法提问（繁体、口语都可以），答案注明手册出处',
    刷题备考: '整道粘贴练习题，直接告诉你答案、解析和出处',
  } as Record<string, string>,
  hidden: (n: number, after: boolean) => `${after ? '；' : ''}另有 ${n} 项书记专用`,
  secretaryOnly: (names: string[]) => `书记专用：${names.join('、')}（由支部书记或群管理员使用）。`,
  back: '发送“帮助”返回总览。',
  footer: [
    '也可以直接提问，例如“预备党员的预备期是多长？”，或把练习题整道粘贴过来。',
    '点下面的按钮（或发送“帮助 三会一课”）查看某一类的详细用法。按钮无法点击时，回复按钮前的数字即可。',
  ],
};
