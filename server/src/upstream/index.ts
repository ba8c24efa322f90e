/** Public surface of the upstream adapters. Schemas and HTTP internals stay private to this folder. */
export * from './errors.js';
export * from './upstream-options.js';
export * from './gonka.types.js';
export * from './gonka-guard.types.js';
export * from './hyperfusion.types.js';
export * from './hyperfusion-inferences.types.js';
export { GonkaNodeClient, GONKA_ROUTES, type GonkaNodeClientOptions } from './gonka-node.client.js';
export { HyperfusionClient, HYPERFUSION_ROUTES } from './hyperfusion.client.js';
export { HashiroClient } from './hashiro.client.js';
export { operatorToAccountAddress, consensusAddressFromPubkey, consensusHexAddressFromPubkey } from './cosmos-address.js';
export { PriceClient, PRICE_ROUTES, type SpotPrice, type DailyPricePoint, type PriceCurrency } from './price.client.js';
export * from './gcore.types.js';
export { GcoreClient, GCORE_ROUTES, GCORE_DEFAULT_API_URL, GCORE_INSTANCE_ID } from './gcore.client.js';
