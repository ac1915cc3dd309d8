export const strings = {
  description: '取消正在进行的操作',
  cancelled: '已取消。',
  ended: (what: string[]) => `已取消：${what.join('、')}。`,
  nothing: '当前没有进行中的操作。',
};
