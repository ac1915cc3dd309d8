import { DEADLINE_EXAMPLES } from '../../scheduler/parse/deadline';

export const STATUS_NAMES: Record<string, string> = { open: '办理中', done: '已办结', visited: '已回访' };

/** A 工单's history, each kind of change in people's words (the chat's 查看工单 and the console's history alike). */
export const EVENT_WORDS: Record<string, string> = {
  record: '登记',
  spot: '当场解决',
  progress: '进展',
  transfer: '转办',
  done: '办结',
  visit: '回访',
  reopen: '重新办理',
  category: '改类别',
  due: '改期限',
};

export const strings = {
  noBranch: '这里还没有绑定支部，工单要记在支部名下。请书记先发送“绑定支部 支部名称”（在支部群里发送即绑定本群）。',
  usage:
    '记录民情工单，像平时说话一样写，例如：\n民情工单 城关村 王大爷 反映村口路灯坏了 承诺3天内办结\n可以加上：电话 13812341234、责任人 张三、类别 医疗。\n当场解决的写：当场解决 城关村 李大妈 反映下水道堵了 已疏通',
  /** After a category guessed on thin or split evidence: the buttons below the answer change it. */
  categoryUnsure: '（这个类别是按内容猜的，不对请点下面的按钮改）',
  askContent: '群众反映了什么问题？（一句话写清楚是什么事、在哪里）',
  askRaiser: '是谁反映的？请写姓名和村/社区或网格，例如“城关村 王大爷”（电话可以一起写，不想留写“匿名”）。',
  /** The raiser read but unsure where the name ends (郑福|来说): offered, and only a yes records it. */
  askRaiserGuess: (guess: string) =>
    `反映人是${guess}吗？是的话回复“是”；不是请写姓名和村/社区或网格，例如“城关村 王大爷”（不想留写“匿名”）。`,
  askDue: `承诺什么时候办结？例如：${DEADLINE_EXAMPLES}`,
  askPlace: (raiser?: string) =>
    `${raiser && raiser !== '匿名群众' ? raiser : '反映人'}是哪个村/社区（或网格）的？例如“城关村”“幸福社区3网格”；不清楚请回复“跳过”。`,
  askHolder: (name: string, names: string[]) =>
    `没找到“${name}”这位成员或这个支部。${names.length ? `本支部成员有：${names.slice(0, 20).join('、')}。` : ''}请写责任人的名字（写“我”由自己负责）。`,
  notFound: (id: string) => `没有找到 ${id} 号工单，或者你没有权限查看它。发送“我的工单”查看你经手的工单。`,
  idUsage: (verb: string, example: string) => `请写工单号，例如：${verb} ${example}`,
  notOpen: (id: number) => `${id} 号工单已经办结了。如需重新办理，请回访时记“不满意”。`,
  notDone: (id: number) => `${id} 号工单还在办理中，办结后才能回访。`,
  cannotAct: '只有这件工单的责任人或本支部书记才能办理它。',
  cannotVisit: '只有登记这件工单的人或本支部书记才能回访。',
  transferUsage: '转办写：转办 工单号 接手的成员或支部 原因，例如：转办 12 李四 他分管水电',
  transferReason: '请写转办的原因，例如：转办 12 李四 他分管水电',
  visitUsage: '回访写：回访 工单号 满意/基本满意/不满意（或 0–100 分），可加一句群众的原话，例如：回访 12 满意',
  lateNote: '（迟到的提醒：助手刚恢复运行）',
  digestOn: (time: string) => `好的，每天 ${time} 把本支部办理中和逾期的民情工单发到这里。发送“工单日报 关”停止。`,
  digestOff: '已停止每日工单日报。',
  leadUsage: '写：工单提醒 提前2天（到期前几天提醒责任人，当天还会再提醒一次），最多提前7天。',
};
