import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../knowledge/text/regexp';
import { askingMember } from '../helpers/asking-member';

// Numbered lists typed as "1) … 2) …", brackets and stars are ordinary text in a question; the fact layer once built
// a pattern from the question's words and "2)" made it throw, so the member got an error instead of an answer.
const { ask } = askingMember('typed-regex-characters');

describe('characters that are regex syntax, typed in a question', () => {
  it('escapes every special character so the text matches itself', () => {
    const typed = '1) 党费(按月)*交? [每月] {1} a|b ^$ \\';
    expect(new RegExp(escapeRegExp(typed)).exec(`问：${typed}。`)?.[0]).toBe(typed);
  });

  it.each([
    '1)党员可以不交党费吗 2)预备党员能投票吗',
    '1）党员可以不交党费吗 2)预备党员能投票吗',
    '党员可以不交党费吗)',
    '预备党员能(不能)投票吗',
    '党员能不能不交党费*吗',
    '党员可以不[交]党费吗',
  ])('%s gets a reply, not an error', async (question) => {
    const reply = await ask(question);
    expect(reply).not.toMatch(/出错|Invalid regular expression|SyntaxError/);
    expect(reply.length).toBeGreaterThan(10);
  });
});
