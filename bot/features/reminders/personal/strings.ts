export const strings = {
  usage: '请写成：提醒我 明天下午两点 交党费（时间在前，事情在后）。也可以：提醒我 每月5号上午9点 交党费、提醒我 半小时后 开会',
  halfRead: (what: string, example: string) => `${what}。为免提醒错日子，这条提醒没有设置。\n${example}`,
  // With a reason the time was read but cannot be used (2026年没有4月31日, 9999年太远了): say that, not "没看懂".
  // A reason that already offers a time (one before a deadline) is not followed by a generic one that may be after it.
  notUnderstood: (reason: string) =>
    reason
      ? `这条提醒没有设置：${reason.replace(/[。，]$/, '')}。\n${reason.includes('例如：提醒我') ? '请改正后再发。' : '请改正后再发，例如：提醒我 明天下午两点 交党费（时间在前，事情在后）'}`
      : '没能看懂提醒的时间。\n请写成：提醒我 明天下午两点 交党费（时间在前，事情在后）',
  noText: '请写上要提醒的事情，例如：提醒我 明天下午两点 交党费',
  confirm: (preview: string, text: string) => `${preview}\n事项：${text}\n确认吗？`,
  saved: (when: string, text: string, recurring: boolean) =>
    `好的，${recurring ? `从 ${when} 起按时` : `${when} `}提醒你：${text}。发送“我的提醒”可查看或取消。`,
  passed: '这个时间已经过去了，请重新设置。',
  none: '你还没有设置提醒。发送“提醒我 明天下午两点 交党费”试试。',
  listTitle: (total: number, page: number, pages: number) =>
    pages > 1
      ? `你的提醒共 ${total} 条，这是第 ${page}/${pages} 页（发送“取消提醒 编号”取消，或点下面的按钮；“我的提醒 ${page < pages ? page + 1 : 1}”看第 ${page < pages ? page + 1 : 1} 页）：`
      : '你的提醒（发送“取消提醒 编号”取消，或点下面的按钮）：',
  noSuchPage: (pages: number) => `你的提醒只有 ${pages} 页，请发送“我的提醒 1”到“我的提醒 ${pages}”。`,
  previousPage: '上一页',
  nextPage: '下一页',
  // Refused before the reminder is written: a limit keeps one person or one group from flooding the chat.
  full: (reached: { full: 'user' | 'chat'; limit: number }) =>
    reached.full === 'user'
      ? `你已有 ${reached.limit} 条进行中的提醒，达到了每人 ${reached.limit} 条的上限，这条提醒没有设置。请先发送“我的提醒”取消不再需要的，再设置新的。`
      : `这个群里进行中的个人提醒已有 ${reached.limit} 条，达到了每个群 ${reached.limit} 条的上限，这条提醒没有设置。可以在和我的私聊里设置，或先取消不再需要的提醒。`,
  cancelUsage: '请写成：取消提醒 编号（发送“我的提醒”查看编号），或：取消提醒 交党费',
  notFound: '没有找到这条提醒（可能已经提醒过或已取消）。发送“我的提醒”查看。',
  confirmCancel: (what: string) => `确认取消提醒“${what}”吗？`,
  cancelled: (what: string) => `已取消提醒：${what}。`,
  fired: (text: string) => `提醒：${text}`,
};
