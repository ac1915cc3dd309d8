/**
 * Which step of a numbered list of steps something is, and whether it comes before or after another step named,
 * worked from the list the fact states, so the asker need not count the steps out.
 */

/** Which step something is asked ("入党宣誓第几步", "政审在哪一步"). */
const ASKS_STEP = /第几步|哪一步|第几个步骤|排第几|在第几/;
/** A numbered step of a list of steps ("20入党宣誓"), with the stage heading before its part ("……——19…、20…"). */
const NUMBERED_STEP = /(\d{1,2})([^、；。—\d]+)/g;

/**
 * The step a question names, found by its place in a numbered list of steps, said first: "入党宣誓第几步" is "入党宣誓
 * 是第20步", which the asker would otherwise count out of 25. A step is known by its name in the question (or the
 * question's name of it inside the step's: "宣誓" in "入党宣誓"); a question naming none or several gets the list alone.
 */
export function stepPlace(answer: string, question: string): string | undefined {
  if (!ASKS_STEP.test(question)) return undefined;
  const named = question
    .split(ASKS_STEP)[0]!
    .replace(/^.*[，,。？?\s]/, '')
    .replace(/^(?:发展党员|入党)?(?:\d+|二十五)?步?/, '')
    .replace(/(?:是|在|属于)$/, '');
  const steps: Array<{ n: string; name: string; stage: string }> = [];
  for (const part of answer.split('；')) {
    const stage = part.includes('——') ? part.slice(0, part.indexOf('——')).replace(/^.*[：:]/, '') : '';
    for (const m of part.matchAll(NUMBERED_STEP)) steps.push({ n: m[1]!, name: m[2]!.trim(), stage });
  }
  if (steps.length < 5) return undefined;
  // The step named before the question word first: "政治审查是第几步，在集中培训前面还是后面" names another after it.
  const head = question.split(ASKS_STEP)[0]!;
  const before = steps.filter((s) => head.includes(s.name) || (named.length >= 2 && s.name.includes(named)));
  const found = before.length > 0 ? before : steps.filter((s) => question.includes(s.name));
  if (found.length !== 1) return undefined;
  const { n, name, stage } = found[0]!;
  return `${name}是第${n}步${stage ? `（${stage}阶段）` : ''}${beforeOrAfter(steps, found[0]!, question)}。`;
}

/** Asked whether a step comes before or after another ("在填入党志愿书之前还是之后"). */
const ASKS_ORDER = /之前|之后|以前|以后|前还是后|先还是后|前面还是后面/;

/**
 * Where the asked step stands against another step the question names ("在填入党志愿书之前还是之后"): that step is
 * known by its name or its last four characters or more ("入党志愿书" of "填写入党志愿书"), so the asker need not count.
 */
function beforeOrAfter(steps: Array<{ n: string; name: string }>, asked: { n: string; name: string }, question: string): string {
  if (!ASKS_ORDER.test(question)) return '';
  const rest = question.replace(asked.name, '');
  const named = (name: string) => [...Array(Math.max(0, name.length - 3)).keys()].some((i) => rest.includes(name.slice(i)));
  const others = steps.filter((s) => s.n !== asked.n && named(s.name));
  if (others.length !== 1) return '';
  const other = others[0]!;
  return `，在第${other.n}步${other.name}之${Number(asked.n) < Number(other.n) ? '前' : '后'}`;
}
