import { createRequire } from 'node:module';
import type { Jieba } from '@node-rs/jieba';

let jieba: Jieba | undefined;
/**
 * The knowledge layer's one jieba, shared by the index's tokenizer, the homophone reader and the subject reader: its
 * dictionary is 11 MB read as it loads, and each instance holds its own copy. Loaded on first use, not at import: a
 * start that answers 帮助 or a practice question never needs it.
 */
export function segmenter(): Jieba {
  if (!jieba) {
    const require = createRequire(import.meta.url);
    const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
    const { dict } = require('@node-rs/jieba/dict.js') as typeof import('@node-rs/jieba/dict.js');
    jieba = Jieba.withDict(dict);
  }
  return jieba;
}
