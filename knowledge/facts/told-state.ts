/**
 * A state said of a noun right after it (人手少, 经费紧张, 时间不够, 人太多): a reason the asker gives for what they ask,
 * not the thing asked of nor what is asked ("我们支部人手少能不能不收" asks whether a member may be refused). 多少 after
 * a noun asks its amount, and 少于, 少了 compare or tell a change: neither is such a state.
 */
export const STATE_AFTER_NOUN = /^(?:少(?![于了])|太少|太多|不够|不足|紧张|紧缺|有限|忙不过来)/;

/** A noun of two characters with such a state said of it, before what is asked (a modal, a verb of asking). */
const REASON_TOLD =
  /[\u4e00-\u9fff]{2}(?:(?<!多)少(?![于了])|太少|太多|不够|不足|紧张|紧缺|有限|忙不过来)(?=能|可以|可不可以|可否|是不是|要不要|就|还|也|，|,|$)/g;

/** The words with each reason told (人手少) taken out: what is left is what the asker asks. */
export function withoutToldReasons(words: string): string {
  return words.replace(REASON_TOLD, '，');
}
