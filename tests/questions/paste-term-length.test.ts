import { describe, expect, it } from 'vitest';
import { suggestByTermLength } from '../../knowledge/questions/term-length';

/**
 * paste23: how long one body's term is, each option a length of years: the 党章's range where the stem cites the
 * 党章, the 2018 意见's usual length where it cites that or says 一般 (支部委员会 3年, 基层党委 and 村、社区 bodies 5年).
 * Sentences written for the test.
 */

describe('a term length asked of one body', () => {
  it('is the usual length where the stem says 一般 or cites the 意见, the range where it cites the 党章', () => {
    const usual = suggestByTermLength(
      '【单选】某医院机关第二党支部的支部委员会，一般几年换一届、每届任期多长？（ ）A.两年 B.三年 C.五年 D.三至五年',
    );
    expect(usual?.answerTexts).toEqual(['三年']);
    expect(usual?.sentence).toContain('一般为3年');
    expect(suggestByTermLength('单选：依照2018年的中办意见，街道社区党委每届任期是（ ）A.2年 B.3年 C.5年 D.3年至5年')?.choice).toEqual([
      'C',
    ]);
    expect(suggestByTermLength('单选：乡里村党支部每届任期一般是几年（ ）A.3年 B.5年 C.没有固定年限 D.由乡党委确定')?.choice).toEqual([
      'B',
    ]);
    expect(suggestByTermLength('单选：按党章的规定，党总支委员会每届任期（ ）A.2年 B.3年 C.5年 D.3年至5年')?.choice).toEqual(['D']);
  });

  it('says nothing where either reading may be meant, several bodies are named, or something else about terms is asked', () => {
    expect(suggestByTermLength('单选：党支部委员会每届任期为（ ）A.2年 B.3年 C.5年 D.3年至5年')).toBeUndefined();
    expect(suggestByTermLength('单选：基层党委和党支部每届任期一般为（ ）A.2年 B.3年 C.5年 D.3年至5年')).toBeUndefined();
    expect(suggestByTermLength('单选：党支部委员会任期一般能延长多久（ ）A.半年 B.1年 C.2年 D.3年')).toBeUndefined();
    expect(suggestByTermLength('单选：十九大以前，支部委员会每届任期一般为（ ）A.2年或3年 B.3年 C.5年 D.3年至5年')).toBeUndefined();
  });
});
