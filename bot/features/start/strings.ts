export const strings = {
  description: '开始使用，查看简介',
  welcome: (name?: string) =>
    [
      `${name ? `${name}，` : ''}你好！我是党务助手。`,
      '我能解答党务工作问题（附出处）、陪你练习持证上岗考试题、提醒“三会一课”和证书到期。',
      '发送“帮助”查看全部功能。',
    ].join('\n'),
};
