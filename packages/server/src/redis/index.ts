// Node only: the Redis store (ioredis), apart from the main entry, which browsers load too (createSandboxedApi).
export type { RedisStoreOptions } from "./RedisStore.js";
export { createRedisStore } from "./RedisStore.js";
