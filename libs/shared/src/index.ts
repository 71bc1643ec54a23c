export * from './domain/practice';
export * from './domain/client';
export * from './domain/goal';
export * from './domain/progress';
export * from './domain/measure';
export * from './domain/session';
export * from './domain/audit';
export * from './calendar';
