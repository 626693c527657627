import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'example-pilkada-2024-season', include: ['test/**/*.test.ts'] },
});
