export * from './people';
export * from './consultations';
export * from './governance';
