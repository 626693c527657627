export type { ProjectionSpec, ProjectionThen } from './projection-spec.js';
export { modelPicture, projectionSpec } from './projection-spec.js';
