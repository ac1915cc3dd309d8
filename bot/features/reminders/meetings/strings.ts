export const MEETING_HELP = [
  '三会一课用法（书记操作）：',
  '· 绑定支部 第一党支部 —— 把本群（或你的私聊）绑定到支部',
  '· 设置会议 党员大会 每季度第一个月10日上午9点',
  '· 会议频次 党课 每月 —— 修改要求的频次（每月/每季度/每年）',
  '· 提醒提前 1天 2小时 —— 会前提醒时间',
  '· 节假日顺延 开/关 —— 会议日遇周末或法定节假日时顺延到下一个工作日',
  '· 记录会议 党小组会 昨天 到了8个人 学习二十大报告（也可写 应到20实到18、参加：张三、李四、地点 三楼会议室）',
  '· 修改会议记录 编号 …… —— 更正日期、人数、出席人员、地点或议题',
  '· 会议记录 —— 查看最近的记录和编号',
  '· 会议情况 [本季度/上季度/本月/2026-Q1]',
  '· 导出日程（.ics）、导出会议记录（CSV）',
  '党员可发送“订阅会议提醒”在私聊收到提醒。',
].join('\n');

export const strings = {
  joinRequest: (who: string, chat: string, id: number) =>
    `「${who}」请求把「${chat}」绑定到本支部，回复 同意 ${id} / 拒绝 ${id}（由本支部书记回复；不认识这个群请拒绝）。`,
  joinRequested: (branch: string, here: string, id: number, again: boolean) =>
    `“${branch}”已经是一个支部的名称，${here}还没有绑定。${again ? '之前的申请' : '已'}请该支部书记在支部群里确认（申请编号 ${id}），书记同意后${here}才会绑定到“${branch}”；也可以请组织部在管理后台批准。\n如果这是另一个支部，请换一个能区分的名称，例如：绑定支部 ${branch}（所在单位）`,
  nameTakenWhileBound: (taken: string, current: string, here: string) =>
    `“${taken}”已经是另一个支部的名称，不能改用。${here}仍绑定在“${current}”。\n如需把${here}并入“${taken}”，请先请组织部在管理后台解除${here}的绑定，再发送“绑定支部 ${taken}”。`,
  joinedChatRename: (branch: string, here: string) =>
    `${here}是经同意加入“${branch}”的群，支部名称只能由建立支部的群修改。如需让${here}改绑到别的支部，请先请组织部在管理后台解除${here}的绑定。`,
  decideUsage: (approve: boolean) => `请写上申请编号，例如：${approve ? '同意' : '拒绝'} 3`,
  noRequest: (id: number) => `没有编号为 ${id} 的绑定申请。`,
  requestDone: (id: number) => `绑定申请 ${id} 已经处理过了（或该群已绑定到别的支部），没有再作改动。`,
  joinedNote: (branch: string) => `“${branch}”的书记已同意，本群已绑定到“${branch}”。`,
  refusedNote: (branch: string) =>
    `“${branch}”的书记没有同意本群绑定到该支部，本群仍未绑定。如果这是另一个支部，请换一个能区分的名称重新发送“绑定支部 名称”。`,
  askType: (types: string) => `请写明会议类型和时间，例如：设置会议 党员大会 每季度第一个月10日上午9点\n会议类型：${types}`,
  askRecordType: (types: string) => `请写明会议类型，例如：记录会议 党小组会 昨天 到了8个人 学习二十大报告\n会议类型：${types}`,
  frequencyUsage: '请写成：会议频次 党课 每月（可选 每月、每季度、每年）',
  leadsUsage: '请写成：提醒提前 1天 2小时（每个提前量 5 分钟到 30 天之间）',
  holidaysUsage: '请写成：节假日顺延 开 或 节假日顺延 关',
  periodUsage: '请写成：会议情况 本季度 / 上季度 / 本月 / 2026-Q1 / 2026-03 / 2026年',
  correctUsage: '请写成：修改会议记录 编号 要改的内容，例如：修改会议记录 3 应到20实到19 地点 党员活动室（发送“会议记录”查看编号）',
  recordGone: '没有找到这条会议记录（发送“会议记录”查看编号）。',
  buttonGone: '这个按钮已经失效了。',
  askAttendance: (date: string) =>
    `请回复出席情况和议题，例如：到了18个人 主题 学习党章（也可写 应到20实到18、参加：张三、李四；日期默认为 ${date}，也可写上实际日期）。发送“取消”放弃。`,
  skipped: (full: string, date: string, type: string) =>
    `已知悉：${full}（${date}）未召开。请尽快另行安排，召开后发送“记录会议 ${type} 日期 …”。`,
  frequencyWarning: (full: string, required: string, schedule: string, count: number, needed: number) =>
    `注意：${full}现在的时间安排是“${schedule}”，接下来一年只有 ${count} 次，达不到${required}一次（需要 ${needed} 次）。请用“设置会议”调整时间。`,
  recordsFromUsage: '请写上日期，例如：记录起始日期 2026-01-01（支部开始在助手里记录三会一课和党费的日子）',
};
