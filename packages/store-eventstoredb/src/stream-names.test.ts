import { describe, expect, it } from 'vitest';
import { streamNames } from './stream-names.js';

describe('stream names', () => {
  it('maps netra stream x to <category>-x and back; checkpoints stay outside the prefix', () => {
    const names = streamNames('netra');
    expect(names.esdbStream('case-1')).toBe('netra-case-1');
    expect(names.netraStream('netra-case-1')).toBe('case-1');
    expect(names.netraStream('other-case-1')).toBeUndefined();
    expect(names.metaStream('case-1')).toBe('$$netra-case-1');
    expect(names.checkpointStream('tally')).toBe('netra.checkpoint-tally');
    expect(names.netraStream(names.checkpointStream('tally'))).toBeUndefined();
  });

  it.each(['', 'has-dash', '$system', '1st', 'x'.repeat(51)])(
    'refuses the category %j with a TypeError',
    (category) => {
      expect(() => streamNames(category)).toThrow(TypeError);
    },
  );
});
