/**
 * Type-checks the TypeScript code blocks of the project's Markdown, as written: each ```ts
 * block becomes a module of its own (`.mts`, so top-level `await` works) in a scratch folder
 * beside its Markdown file (so that the packages that file's folder can import resolve), where
 * `@netra/*` resolve to the packages' sources through the root tsconfig's paths. A block that
 * is deliberately a fragment is fenced ```ts fragment and skipped.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const here = dirname(fileURLToPath(import.meta.url));
export const REPO = resolve(here, '../../../..');

/** The scratch folder's name (git-ignored). */
const SCRATCH = '.netra-doc-check';

export interface CodeBlock {
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

/** The ```ts blocks of a Markdown file (not those fenced ```ts fragment). */
export const codeBlocksOf = (markdownPath: string): CodeBlock[] => {
  const lines = readFileSync(join(REPO, markdownPath), 'utf8').split('\n');
  const blocks: CodeBlock[] = [];
  let open: { line: number; body: string[] } | null = null;
  lines.forEach((text, i) => {
    if (open === null) {
      if (/^```(ts|typescript)\s*$/.test(text)) open = { line: i + 1, body: [] };
    } else if (text.startsWith('```')) {
      blocks.push({ file: markdownPath, line: open.line, code: open.body.join('\n') });
      open = null;
    } else open.body.push(text);
  });
  return blocks;
};

/** The compiler's complaints about `blocks`, as `file:line: message`; empty when all compile. */
export const typeErrorsOf = (blocks: readonly CodeBlock[]): string[] => {
  const scratch = [...new Set(blocks.map((b) => join(REPO, dirname(b.file), SCRATCH)))];
  for (const dir of scratch) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }
  try {
    const files = blocks.map((block, i) => {
      const path = join(REPO, dirname(block.file), SCRATCH, `block-${i}.mts`);
      writeFileSync(path, `${block.code}\nexport {};\n`);
      return { path, block };
    });
    const config = ts.readConfigFile(join(REPO, 'tsconfig.json'), ts.sys.readFile);
    const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, REPO);
    const program = ts.createProgram(
      files.map((f) => f.path),
      { ...parsed.options, noEmit: true },
    );
    const wanted = new Set(files.map((f) => resolve(f.path)));
    return ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file !== undefined && wanted.has(resolve(d.file.fileName)))
      .map((d) => {
        const file = files.find((f) => resolve(f.path) === resolve(d.file?.fileName ?? ''));
        const at =
          d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line : 0;
        const where = file
          ? `${file.block.file}:${file.block.line + 1 + at}`
          : relative(REPO, d.file?.fileName ?? '');
        return `${where}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
      });
  } finally {
    for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
  }
};
