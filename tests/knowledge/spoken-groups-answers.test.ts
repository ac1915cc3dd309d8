import { describe, expect, it } from 'vitest';
import { everydayAsk } from '../helpers/everyday-ask';

// The dialect groups of the table of spoken words' second round (tests/knowledge/spoken-groups.test.ts has the table's
// own checks). Every question here was written for this test, none taken from an eval set.

// Safety check 2, through the everyday eval's own path (scripts/eval/everyday.eval.ts: createAnswerers over a runtime,
// answerQuestion on the normalised question): each question, written in a group's words, gets the answer its plain
// Mandarin wording gets. Every one of them failed with the table as it was before these groups (checked by running
// this file against it: 21 of 21 failed). 中原's new rows (中不, 中吗, 恁样, 哩) change no answer the fact layer gives:
// it read those questions already, so they are checked on the table alone.
describe('the new groups through the real fact answer path', () => {
  const ask = everydayAsk();

  it.each([
    ['hakka', '𠊎个党费几时交', '党费什么时候交'],
    ['hakka', '佢吂转正，爱毋爱交党费', '他还没转正，要不要交党费'],
    ['min', '党费底时交', '党费什么时候交'],
    ['min', '转正底时算', '转正什么时候算'],
    ['mindong', '党费张样算', '党费怎么算'],
    ['gan', '转正么里时候算', '转正什么时候算'],
    ['gan', '党费何里算', '党费怎么算'],
    ['jin', '党费甚会儿交', '党费什么时候交'],
    ['jianghuai', '转正多晚算', '转正什么时候算'],
    ['yungui', '党费哪阵交', '党费什么时候交'],
    ['yungui', '你格要交党费', '你要不要交党费'],
    ['beijing', '转正多咱算', '转正什么时候算'],
    ['jiaoliao', '党费啥前儿交', '党费什么时候交'],
    ['northwest', '党费阿么算', '党费怎么算'],
    ['northwest', '俺们党费啥时交', '我们党费什么时候交'],
    ['yue', '转正几时算', '转正什么时候算'],
    ['wu', '党费哪哼算', '党费怎么算'],
    ['wu', '伲几时交党费', '我们什么时候交党费'],
    ['hakka', '党费仰般算', '党费怎么算'],
    ['min', '党费安怎算', '党费怎么算'],
    ['net', '党费怎摸算', '党费怎么算'],
  ])('%s: %s answers as %s does', async (_group, dialect, mandarin) => {
    const plain = await ask(mandarin);
    expect(plain.kind).toBe('handbook');
    const read = await ask(dialect);
    expect(read.kind).toBe('handbook');
    expect(read.answer.split('\n')[0]).toBe(plain.answer.split('\n')[0]);
  });
});
