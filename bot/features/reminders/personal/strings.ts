export const strings = {
  usage: '请写成：提醒我 明天下午两点 交党费（时间在前，事情在后）。也可以：提醒我 每月5号上午9点 交党费、提醒我 半小时后 开会',
  halfRead: (typed: string, reason: string) =>
    `“${typed}”这个时间我没法完整读懂${reason ? `：${reason}` : ''}。为免提醒错日子，这条提醒没有设置。\n请改正后再发，例如：提醒我 明天下午两点 交党费`,
  // With a reason the time was read but cannot be used (2026年没有4月31日, 9999年太远了): say that, not "没看懂".
  notUnderstood: (reason: string) =>
    reason
      ? `这条提醒没有设置：${reason.replace(/[。，]$/, '')}。\n请改正后再发，例如：提醒我 明天下午两点 交党费（时间在前，事情在后）`
      : '没能看懂提醒的时间。\n请写成：提醒我 明天下午两点 交党费（时间在前，事情在后）',
  noText: '请写上要提醒的事情，例如：提醒我 明天下午两点 交党费',
  confirm: (preview: string, text: string) => `${preview}\n事项：${text}\n确认吗？`,
  saved: (when: string, text: string, recurring: boolean) =>
    `好的，${recurring ? `从 ${when} 起按时` : `${when} `}提醒你：${text}。发送“我的提醒”可查看或取消。`,
  passed: '这个时间已经过去了，请重新设置。',
  none: '你还没有设置提醒。发送“提醒我 明天下午两点 交党费”试试。',
  listTitle: '你的提醒（发送“取消提醒 编号”取消，或点下面的按钮）：',
  cancelUsage: '请写成：取消提醒 编号（发送“我的提醒”查看编号），或：取消提醒 交党费',
  notFound: '没有找到这条提醒（可能已经提醒过或已取消）。发送“我的提醒”查看。',
  confirmCancel: (what: string) => `确认取消提醒“${what}”吗？`,
  cancelled: (what: string) => `已取消提醒：${what}。`,
  fired: (text: string) => `提醒：${text}`,
};
