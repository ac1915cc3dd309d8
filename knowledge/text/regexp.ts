/** Text the user typed, matched literally: a "1)" or "(投票)" in a question must not be read as regex syntax. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
