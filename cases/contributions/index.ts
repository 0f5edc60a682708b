export * from './balance'
export * from './figures'
export * from './indicators'
