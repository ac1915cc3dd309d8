/**
 * Whether 党费 may pay for a thing the asker names, each ask of the question with its own verdict: a book or a
 * magazine is 党员教育资料 (may), a 过节费 or a bag of rice is a 福利 handed out (may not). The rule's own list
 * ("用于…：A、B；不得用于X、Y") is matched by its words in whether-allowed.ts; this knows the everyday names of the
 * things on each side of it.
 */

/** Things the rule allows, by their everyday names, each with the item of the rule it falls under. */
const ALLOWED: ReadonlyArray<{ names: RegExp; under: string }> = [
  {
    names: /买书|的书|书籍|书本|读本|教材|课本|杂志|期刊|报刊|报纸|订报|学习资料|学习材料|教育资料|音像|光盘|学习设备|投影仪|电教设备/,
    under: '购买党员教育资料和设备',
  },
  { names: /培训|办班|学习班|党课/, under: '培训党员' },
  { names: /表彰|评先|评优|奖励先进|优秀党员|先进党组织/, under: '表彰先进' },
  { names: /生活困难|困难党员|家里困难|受灾|遭灾|灾区|遭了灾/, under: '补助生活困难或受灾的党员' },
];

/** Things handed out to members as a benefit, which the rule forbids (不得用于发放工资、奖金、福利). */
const HANDED_OUT =
  /过节费|过年费|年货|米面油|大米|食用油|月饼|粽子|购物卡|超市卡|红包|慰问金|慰问品|福利|奖金|工资|加班费|补贴|聚餐|吃饭|旅游|发钱|发东西/;

/** The asks of a question, cut at question marks, full stops and a 还有 / 另外 that opens a new one. */
function asks(question: string): string[] {
  return question
    .split(/[？?。！!；;]|\s+(?=还有|另外|再问|顺便)|(?:还有|另外)[，,]?/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Whether an ask asks whether (能不能, 可以…吗, 行不行…). */
const ASKS_WHETHER = /能不能|可不可以|能否|可否|行不行|行吗|可以吗|能行|(?:能|可以|好|准)[^，,]{0,20}(?:吗|么|不|嘛|伐)$/;

/**
 * "党费能买学习用的书吗？能不能发过节费": each ask whether a thing may be paid names one side of the rule, and gets its
 * verdict with the item it falls under ("党费可以用于购买党员教育资料和设备（书属于这一类）；党费不能用于发放过节费这类
 * 福利"). An ask naming both sides, or neither, gets none; a question with no verdict at all gets undefined.
 */
export function usesJudged(question: string): string | undefined {
  const verdicts: string[] = [];
  let allowedOnly = true;
  for (const ask of asks(question)) {
    if (!ASKS_WHETHER.test(ask)) continue;
    const allowed = ALLOWED.find((a) => a.names.test(ask));
    const out = HANDED_OUT.exec(ask);
    if (allowed && out) continue;
    if (allowed) {
      const named = allowed.names.exec(ask)![0].replace(/^(?:买|的|订)/, '');
      verdicts.push(`党费可以用于${allowed.under}（${named}属于这一类）`);
    } else if (out) {
      allowedOnly = false;
      verdicts.push(`党费不能用于发放${out[0].replace(/^发/, '')}（属于工资、奖金、福利一类）`);
    }
  }
  if (verdicts.length === 0) return undefined;
  const lead = verdicts.length === 1 ? (allowedOnly ? '可以。' : '不可以。') : '';
  return `${lead}${verdicts.join('；')}。`;
}
