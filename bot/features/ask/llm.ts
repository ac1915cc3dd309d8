import type { SearchHit } from '../../../knowledge';
import type { LlmClient } from '../../llm';
import { citationLabel } from './extract';

/** The rules the model answers by: only the numbered passages, cite them, say so when they do not answer. */
export const GROUNDED_ANSWER_PROMPT = `你是基层党务工作助手。请只根据用户消息中编号的资料回答问题，不要使用资料以外的知识，不要编造条款。
规则：
1. 用简体中文回答，简明扼要，一般不超过 200 字；
2. 每个事实后用方括号标注所依据资料的编号，如 [1]、[2]；只能引用给出的编号；
3. 资料不足以回答时，只回答“资料中没有找到答案”（UNKNOWN），不要猜测；
4. 规定有新旧版本差异时，以现行规定为准并说明；
5. 问题是带选项的试题时，第一行写“答案：”加选项字母（如“答案：B”或“答案：ACD”），再说明理由；资料不足以判断时按第3条回答。`;

export const LLM_UNKNOWN_MARK = /资料中没有找到答案|UNKNOWN/;

export function buildPassages(hits: SearchHit[]): string {
  return hits.map((h, i) => `[${i + 1}] ${citationLabel(h)}${h.basis ? `（依据：${h.basis}）` : ''}\n${h.text}`).join('\n\n');
}

/** A grounded answer from the passages only, or undefined when the model says they do not answer. Throws on failure. */
export async function generateGroundedAnswer(llm: LlmClient, question: string, hits: SearchHit[]): Promise<string | undefined> {
  const answer = await llm.chat([
    { role: 'system', content: GROUNDED_ANSWER_PROMPT },
    {
      role: 'user',
      content: `资料：
${buildPassages(hits)}

问题：${question}`,
    },
  ]);
  if (!answer || LLM_UNKNOWN_MARK.test(answer)) return undefined;
  return answer;
}
