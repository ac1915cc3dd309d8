import type { Config } from './config';

/**
 * The one path to a language model: any OpenAI-compatible endpoint (OPENAI_BASE_URL), through the `openai`
 * package, loaded on first use so that a bot without a model never pays for it. Features get it as
 * `services.llm`, undefined when no OPENAI_API_KEY is set: nothing requires a model.
 */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface ChatOptions {
  /** Ask for a JSON object (response_format json_object). */
  json?: boolean;
  timeoutMs?: number;
}

export interface LlmClient {
  readonly model: string;
  /** The embeddings model, when one is configured (dense retrieval). */
  readonly embeddingModel: string | undefined;
  /** The model's reply text, trimmed. Throws on a transport or API failure. */
  chat(messages: ChatMessage[], options?: ChatOptions): Promise<string>;
  /** One vector per text, in order. Throws when no embeddings model is configured. */
  embed(texts: string[]): Promise<number[][]>;
}

export function createLlm(
  config: Pick<Config, 'OPENAI_API_KEY' | 'OPENAI_BASE_URL' | 'OPENAI_MODEL' | 'OPENAI_EMBEDDING_MODEL'>,
): LlmClient | undefined {
  if (!config.OPENAI_API_KEY) return undefined;
  type OpenAI = import('openai').default;
  let client: Promise<OpenAI> | undefined;
  const openai = () =>
    (client ??= import('openai').then(
      ({ default: OpenAI }) =>
        new OpenAI({ apiKey: config.OPENAI_API_KEY, baseURL: config.OPENAI_BASE_URL, timeout: 30_000, maxRetries: 1 }),
    ));
  return {
    model: config.OPENAI_MODEL,
    embeddingModel: config.OPENAI_EMBEDDING_MODEL,
    async chat(messages, options = {}) {
      const response = await (await openai()).chat.completions.create(
        {
          model: config.OPENAI_MODEL,
          temperature: 0,
          messages,
          ...(options.json ? { response_format: { type: 'json_object' as const } } : {}),
        },
        { timeout: options.timeoutMs ?? 30_000 },
      );
      return (response.choices[0]?.message?.content ?? '').trim();
    },
    async embed(texts) {
      if (!config.OPENAI_EMBEDDING_MODEL) throw new Error('no embeddings model configured (OPENAI_EMBEDDING_MODEL)');
      const response = await (await openai()).embeddings.create({ model: config.OPENAI_EMBEDDING_MODEL, input: texts });
      return [...response.data].sort((a, b) => a.index - b.index).map((d) => d.embedding);
    },
  };
}
