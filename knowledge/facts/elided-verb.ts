/**
 * A second part that asks the first part's property of another subject with the verb left out ("支委会多久开一次 支部党员
 * 大会又是多久", "党小组会一年开几次，党课又几次"): alone, "支部党员大会多久" does not say what is asked of it (how often
 * it meets, or how long it lasts); after the part before, it asks what that part asks, as "支部党员大会呢" does. The
 * piece is read as that ellipsis, which the part reader carries over (parts.ts, elided).
 */

/** A subject and a bare property word, with 又, 也 or 是 and a particle around it. */
const BARE_PROPERTY = /^((?:那|那么|还有)?[\u4e00-\u9fff]{2,8}?)(?:又|也|还)?(?:是)?(多久|多长时间|几次|一年几次|多少|几个)(?:呢|啊|呀)?$/;

/** Where pieces of a message part: marks and spaces. */
const BREAKS = /([，,。？?；;！!\s]+)/;

/**
 * The message with each such piece read as "X呢": a piece that names a subject with only the property the piece before
 * asks, where that piece asks it with more words than its subject (a verb: 多久开一次).
 */
export function bareAsElided(question: string, subjects: readonly string[]): string {
  if (!/多久|多长时间|几次|多少|几个/.test(question)) return question;
  const pieces = question.split(BREAKS);
  for (let i = 2; i < pieces.length; i += 2) {
    const m = BARE_PROPERTY.exec(pieces[i]!);
    if (!m || !subjects.some((w) => w.length >= 2 && m[1]!.replace(/^(?:那么|那|还有)/, '').startsWith(w))) continue;
    const before = pieces[i - 2]!;
    // The piece before asks the same property, with words besides its subject that this one leaves out (开一次).
    if (!before.includes(m[2]!)) continue;
    let rest = before.replace(m[2]!, '');
    for (const w of subjects) if (w.length >= 2) rest = rest.split(w).join('');
    if (rest.replace(/[又也还是呢吗啊呀]/g, '').length >= 1) pieces[i] = `${m[1]}呢`;
  }
  return pieces.join('');
}
