import { describe, expect, it } from 'vitest';
import { codeBlocksOf, typeErrorsOf } from './code-blocks.js';

// A type check of the whole program takes seconds.
describe('the code blocks of the documentation compile as written', { timeout: 120_000 }, () => {
  it.each([
    'README.md',
    'docs/embedding.md',
    'docs/auditing.md',
    'docs/projections.md',
    'docs/read-models.md',
    'packages/store-sqlite/README.md',
    'packages/store-postgres/README.md',
  ])('%s', (file) => {
    const blocks = codeBlocksOf(file);
    expect(blocks.length).toBeGreaterThan(0);
    expect(typeErrorsOf(blocks)).toEqual([]);
  });

  it('would catch a block that does not compile', () => {
    const errors = typeErrorsOf([
      {
        file: 'example.md',
        line: 1,
        code: "import { readCase } from '@netra/core';\nreadCase(42);",
      },
    ]);
    expect(errors).toEqual([expect.stringMatching(/^example\.md:3: Expected 2 arguments/)]);
  });
});
