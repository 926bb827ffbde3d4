/** The delivery model: MTA retry profiles, the outage simulator, and what a support engineer tells a customer. */
export * from './duration';
export * from './profiles';
export * from './schedule';
export * from './simulate';
export * from './chain';
export * from './limit';
export * from './guides';
