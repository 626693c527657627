import { createInMemoryCheckpointStore } from '@netra/core';
import { describeCheckpointConformance } from './conformance/checkpoint.suite.js';

describeCheckpointConformance({
  name: 'in-memory',
  create: async () => ({ checkpoints: createInMemoryCheckpointStore(), close: async () => {} }),
});
