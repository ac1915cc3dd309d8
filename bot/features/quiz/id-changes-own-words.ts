/**
 * The own-words rewording (tests/content/own-words.test.ts) changed these built-in question ids: stems or options
 * that had carried 党章 or quiz-bank sentences word for word were said in the project's own words (same meaning, answer
 * and source), and an id is computed from its stem and options. A frozen copy of
 * knowledge/questions/id-changes-own-words.json's `renamed`, for migration 0258 (a released migration never changes).
 */
export const OWN_WORDS_RENAMED_IDS: Readonly<Record<string, string>> = {
  'builtin-90ca718315': 'builtin-4f71dc7229',
  'builtin-8704243459': 'builtin-be6aee5098',
  'builtin-cf23f0ea00': 'builtin-7da538b840',
  'builtin-3e7c985df0': 'builtin-f38c7ce1cc',
  'builtin-4a0df14e77': 'builtin-d8d6d6d0d3',
  'builtin-483e29e47b': 'builtin-e48eeaf21d',
  'builtin-5c3a7cba53': 'builtin-d7723fc1b5',
  'builtin-bd7b16c5ad': 'builtin-adbf4429cd',
  'builtin-b83a851a7c': 'builtin-df5c0e9921',
  'builtin-26c9d268bf': 'builtin-743a0ed4ee',
  'builtin-8c2d4533c8': 'builtin-1c64a7715c',
  'builtin-6eda6e541c': 'builtin-65cd6fa3bc',
  'builtin-16661196df': 'builtin-2a2414cc12',
  'builtin-03a9ea7a75': 'builtin-a03df56e28',
  'builtin-332ab3a768': 'builtin-572c41e976',
  'builtin-e167a26164': 'builtin-c9abc97b52',
  'builtin-809972591c': 'builtin-4092f93dc8',
  'builtin-0138d8d7b0': 'builtin-de8fc6ed38',
};
