import { hasQuestionWord } from './clauses';

/**
 * A told situation often ends on the asker's own plight rather than on the question: "…支委任期几年，咋整", "…，这可
 * 怎么办呢", "…，我也不知道咋回他", "…，谁知道啊". Such a closing asks with a question word of its own (咋, 怎么, 谁),
 * so the clause reader took it for a second question that no fact answers, and the whole message was refused. It asks
 * nothing about Party work: said last, right after a clause that asks, it is left out. Alone ("党员半年没交党费，咋办")
 * it is the question, and stays.
 */

const PARTICLES = '(?:才好|才行|好|呢|啊|呀|哦|嘛|哇|哟|捏|嘞|咧|啦)*';

/** A bare closing clause: what to do, how to answer whoever asked, or who knows. */
const PLEA = new RegExp(
  `^(?:${[
    // 咋整, 这可咋办呢, 你说该怎么弄, 到底如何是好
    `(?:这|那)?(?:可|又|该|到底|究竟|你说|您说|我|我们|俺|俺们|咱)?(?:该|要)?(?:咋|怎么|怎样|如何|咋个|怎么个)(?:整|办|弄|搞)${PARTICLES}`,
    `(?:这|那)?(?:可|该|到底)?(?:如何|怎么|咋|怎生)是好${PARTICLES}`,
    `点(?:算|搞|办)(?:好)?${PARTICLES}`,
    // 我也不知道咋回他, 不晓得怎么跟她说, 该如何答复
    `(?:我|俺|我们|俺们)?(?:也|都|真|实在|还)?(?:不知道|不晓得|不清楚|不懂|搞不清|说不清|拿不准|想不好)?(?:该|要)?(?:咋|怎么|怎样|如何)(?:回答|回复|答复|解释|回|答|说|讲|告诉)(?:他|她|人家|对方)?(?:才好|好|呢|啊|呀|哦|嘛)*`,
    `(?:我|俺)?(?:也|都)?(?:不知道|不晓得)?(?:该|要)?(?:咋|怎么|怎样|如何)(?:跟|和|给|同|对)(?:他|她|人家|对方)(?:说|讲|解释|交代)${PARTICLES}`,
    // 谁知道啊, 有没有人懂, 哪位晓得
    `(?:谁|哪位|有谁|有没有人|有人|大家谁|哪个)(?:知道|晓得|懂|清楚|了解)(?:的|一下)?(?:吗|么|不|啊|呀|呢|哈)*`,
  ].join('|')})$`,
);

/** The same closing run on after a question with no mark between ("…任期几年咋整"): only the what-to-do forms. */
const RUN_ON_PLEA = /(?:这|那)?(?:可|该|到底|你说)?(?:咋|怎么|怎样|如何)(?:整|办|弄|搞)(?:才好|呢|啊|呀|哦|嘛)*$/;

/**
 * A remark on the asker's own not knowing, run on after a question ("…是什么我也说不清", "…几年我答不上来"): said
 * with a comma it is context and harmless; run on it is read as part of the question.
 */
const RUN_ON_REMARK =
  /(?:我|俺)(?:也|都|实在|真)?(?:说不清楚?|说不上来|答不上来|答不出来|不知道|不晓得|不清楚|搞不清楚?|拿不准|弄不明白)(?:呢|啊|呀|哦|嘛|了)*$/;

/** Words that end a question, right before a run-on closing ("…几年", "…吗", "…由谁", "…怎么算"). */
const ENDS_ASKING =
  /(?:吗|呢|么|嘛|多久|多长时间|几[年次个天月岁名人项条种回步级]?|([\u4e00-\u9fff])不\1|(?:谁|哪|什么|啥|多少|是否|还是)[\u4e00-\u9fff]{0,4}|(?:怎么|怎样|如何|咋)[\u4e00-\u9fff]{1,2})$/;

const BREAK = /([，,。？?！!；;\s]+)/;

/**
 * A told problem closed by 呢 after what cannot be or has been done ("学习来不了呢", "人也联系不上呢", "会早开完了呢"): said,
 * as the speakers of many regions close a statement, not asked; the closing after it is the question.
 */
const TOLD_WITH_PARTICLE = /(?:了|[不没][\u4e00-\u9fff]{1,2})呢$/;

/** Whether the clause before a closing asks with a question word, not only with a 呢 that closes what is told. */
const asksBefore = (clause: string) => hasQuestionWord(TOLD_WITH_PARTICLE.test(clause) ? clause.slice(0, -1) : clause);

/** Whether a clause says only the asker's plight (咋整, 我也不知道咋回他, 谁知道啊). */
export function isClosingPlea(clause: string): boolean {
  return PLEA.test(clause.trim());
}

/** The message without the closings that only say the asker's plight, where another clause asks. */
export function withoutClosingPleas(text: string): string {
  const pieces = text.split(BREAK);
  // Odd indexes hold the marks between clauses.
  const clauses = pieces.map((p, i) => (i % 2 === 0 ? p : ''));
  // Only a closing said last, right after a clause that asks with a question word ("…任期几年，咋整"): after a told
  // problem ("…腿脚不行下不了楼，这咋整") it is the question, and before another it opens that one.
  const said = clauses.flatMap((c, i) => (c ? [i] : []));
  const last = said[said.length - 1];
  const before = said[said.length - 2];
  let out = text;
  if (last !== undefined && before !== undefined && isClosingPlea(clauses[last]!) && asksBefore(clauses[before]!)) {
    out = pieces
      .slice(0, before + 1)
      .join('')
      .concat(pieces.slice(last + 1).join(''));
  }
  // Run on: "…任期几年咋整" is "…任期几年".
  const end = out.match(/[^，,。？?！!；;\s]+[，,。？?！!；;\s]*$/);
  if (end) {
    const clause = end[0].replace(/[，,。？?！!；;\s]+$/, '');
    const plea = clause.match(RUN_ON_PLEA) ?? clause.match(RUN_ON_REMARK);
    if (plea && plea.index! > 0) {
      const rest = clause.slice(0, plea.index);
      if (rest.length >= 4 && ENDS_ASKING.test(rest)) out = `${out.slice(0, end.index)}${rest}${end[0].slice(clause.length)}`;
    }
  }
  return out;
}
