import { alignable } from './cloze';
import { NEGATIVE_CHOICE, parsePasted, truthOptions } from './paste';
import { fitsDeclaredType, type Hedged } from './sorted-options';
import type { PassageHit } from './suggest';

/**
 * A 多选 asking what a thing includes (会议记录一般应包括), where the handbook lists it line by line after the words
 * "一般包括：". An option is in when every part of it (应到人数、实到人数) is in the lines; out when no part of it is
 * there and the passage says it may not stand in (不能用会议通知代替记录). Anything in between abstains: an option
 * half in the lines, or one the passage neither lists nor excludes, may be what another rule says.
 */

const MANY = /哪些|哪几|正确的有|的有\s*[（(]|包括|(?:主要|基本)内容有\s*[（(]/;
/** The words before the list: 一般包括：, 主要包括：. */
const LEAD = /(?:一般|主要|通常)?包括[：:]$|职权(?:一般|主要|通常)?有[：:]$/;
const squashed = (text: string) => alignable(text).replace(/[\s，,。；;、：:（）()“”"的]/g, '');
const pairs = (text: string) => {
  const t = squashed(text);
  return [...t].slice(0, -1).map((c, k) => `${c}${t[k + 1]}`);
};

/** Each list a passage gives line by line: the sentence leading it, and its lines. */
function listsOf(text: string): { lead: string; lines: string }[] {
  const out: { lead: string; lines: string }[] = [];
  const lines = text.split('\n');
  lines.forEach((line, k) => {
    if (!LEAD.test(line.trim())) return;
    const items: string[] = [];
    for (const next of lines.slice(k + 1)) {
      if (next.trim() === '' && items.length === 0) continue;
      if (!/^\s*[-*]\s/.test(next)) break;
      items.push(next.replace(/^\s*[-*]\s/, ''));
    }
    const sentences = line.trim().split(/(?<=[。！？])/);
    // A lead that refers back (这一制度…主要内容包括：) is about what the sentence before it names (paste31).
    const last = sentences.pop()!;
    const lead = /^(?:这一|这项|这个|该|此)/.test(last) && sentences.length > 0 ? `${sentences.pop()!}${last}` : last;
    if (items.length >= 3) out.push({ lead, lines: items.join('；') });
  });
  return out;
}

/** An option's parts: 应到人数、实到人数 is two; 表决方式及赞成、不赞成、弃权人数 four. */
/**
 * Whether a part is in the lines, said there in other words: 选举支部委员会 is the line's 开展支部选举 (electing a
 * body's committee is that body's election).
 */
function listedIn(part: string, listed: string): boolean {
  if (listed.includes(part)) return true;
  const body = /^选举(.{2,4}?)(?:委员会|支委会)$/.exec(part)?.[1];
  return body !== undefined && listed.includes(`${body}选举`);
}

/**
 * An option granting the approval (批准预备党员转正) of a thing the lines give the body only to discuss and vote on,
 * where the passage sends the approval up (报上级党组织批准): not the body's power.
 */
function approvalSentUp(option: string, listed: string, text: string): boolean {
  const thing = /^批准(?:对党员的?|对)?(.{2,})$/.exec(squashed(option))?.[1];
  return thing !== undefined && listed.includes(thing) && /报(?:上级|基层)(?:党组织|党委)?批准/.test(text);
}

/**
 * paste31: an option denying what a line grants (证书…不能撤销 where a line says 证书可以撤销): not an item — it
 * says the opposite of one.
 */
function deniesGranted(option: string, listed: string): boolean {
  const denied = [...squashed(option).matchAll(/(?:不能|不可|不得|不会|无须|无需|不用|不必)(?:被)?(\S{2})/g)];
  return denied.some((m) => listed.includes(`可以${m[1]}`));
}

const partsOf = (option: string) =>
  option
    .replace(/[（(][^（）()]*[)）]/g, '、')
    .split(/、|，|,|以及|和|及|与/)
    .map(squashed)
    .filter((p) => p.length >= 2);

export function suggestByBulletList(raw: string, hits: PassageHit[]): Hedged | undefined {
  const pasted = parsePasted(raw);
  const { options, stem } = pasted;
  const many = pasted.declaredType === '多选' || (pasted.declaredType !== '单选' && MANY.test(stem));
  if (!many || options.length < 3 || truthOptions(options) || NEGATIVE_CHOICE.test(stem)) return undefined;
  const asked =
    /^(.*?)(?:一般|主要|通常)?(?:应当?|应该|要|须)?包括/.exec(stem)?.[1] ??
    /^(?:下列|以下|下面)?(?:属于)?(.*?)的?职权/.exec(stem)?.[1] ??
    /^(.*?)的?(?:主要|基本)内容有\s*[（(]/.exec(stem)?.[1];
  if (!asked || squashed(asked).length < 2) return undefined;
  for (const hit of hits) {
    if (!hit.source.startsWith('handbook:')) continue;
    for (const { lead, lines } of listsOf(hit.text)) {
      const about = pairs(asked);
      if (about.filter((p) => squashed(lead).includes(p)).length / Math.max(about.length, 1) < 0.6) continue;
      const listed = squashed(lines);
      // What the passage says may not stand in or be done (不能用会议通知代替记录).
      const denied = hit.text
        .split(/(?<=[。！？\n])/)
        .filter((s) => /不能|不得|不可/.test(s))
        .map(squashed)
        .join('');
      const picked: number[] = [];
      let unsure = false;
      for (const [i, option] of options.entries()) {
        const parts = partsOf(option);
        const inside = parts.filter((p) => listedIn(p, listed)).length;
        if (approvalSentUp(option, listed, hit.text) || deniesGranted(option, listed)) continue;
        if (parts.length > 0 && inside === parts.length) picked.push(i);
        else if (!(inside === 0 && parts.some((p) => denied.includes(p)))) unsure = true;
      }
      if (unsure || !fitsDeclaredType(pasted.declaredType ?? '多选', picked, options.length)) continue;
      return {
        kind: 'hedged',
        choice: picked.map((i) => 'ABCDEF'[i]!),
        answerTexts: picked.map((i) => options[i]!),
        sentence: lead,
        passage: hit,
        basis: 'handbook',
      };
    }
  }
  return undefined;
}
