/** Scheduling and the learner's day: pure, safe to import in the browser. */
export * from './day';
export * from './fuzz';
export * from './grades';
export * from './learning';
export * from './queue';
export * from './sm2';
export * from './stats';
