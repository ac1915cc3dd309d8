import { basename } from 'node:path';
import { Presets, SingleBar } from 'cli-progress';
import { createRuntime } from '../../bot/runtime';
import { IngestError, ingestFiles, KnowledgeIndex } from '../../knowledge';
import { type CliCommand, EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from '../command';
import { loadCliConfig } from '../config';
import { withRuntimeErrors } from '../runtime-errors';

const usage = 'dangwu ingest <文件或文件夹…>    （支持 .md .txt .docx .pdf）';

const RESULT_TEXT = { added: '已导入', replaced: '已更新', unchanged: '未变化' } as const;

/** `dangwu ingest`: adds documents to the knowledge index, all or nothing. */
export const ingestCommand: CliCommand = {
  name: 'ingest',
  summary: '把法规、制度等文件（md/txt/docx/pdf）导入知识库，供问答检索',
  usage,
  run: (args, io) =>
    withRuntimeErrors(io, async () => {
      const paths = args.filter((a) => a.trim());
      if (paths.length === 0) {
        io.stderr.write(`请指定要导入的文件或文件夹。\n用法：${usage}\n`);
        return EXIT_USAGE;
      }
      const runtime = await createRuntime({ config: loadCliConfig(io) });
      const bar = io.stdout.isTTY
        ? new SingleBar({ format: '导入 [{bar}] {value}/{total} {file}', stream: io.stdout }, Presets.shades_classic)
        : undefined;
      try {
        const index = new KnowledgeIndex(runtime.storage.db, () => runtime.app.services.clock.now());
        let started = false;
        const report = await ingestFiles(index, paths, (done, total, file) => {
          if (!bar) return;
          if (!started) bar.start(total, 0, { file: '' });
          started = true;
          bar.update(done, { file: basename(file) });
        });
        bar?.stop();
        for (const f of report.files)
          io.stdout.write(`${RESULT_TEXT[f.result]}：${f.file}（《${f.title}》${f.result === 'unchanged' ? '' : `，${f.chunks} 段`}）\n`);
        const counts = await index.counts();
        io.stdout.write(`知识库现有 ${counts.documents} 份文件、${counts.chunks} 段。\n`);
        return EXIT_OK;
      } catch (error) {
        bar?.stop();
        if (error instanceof IngestError) {
          io.stderr.write(`导入失败，知识库未作任何改动。${error.message}\n`);
          return EXIT_FAILURE;
        }
        throw error;
      } finally {
        await runtime.close();
      }
    }),
};
