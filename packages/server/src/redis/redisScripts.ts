// The Lua scripts of the Redis store: each runs atomically in Redis, whichever replica calls it.

/** INCRBY with a lifetime set when the counter is new. KEYS: counter. ARGV: by, ttlMs. Returns {count, pttl}. */
export const incrementScript = `
local count = redis.call("INCRBY", KEYS[1], ARGV[1])
if redis.call("PTTL", KEYS[1]) < 0 then redis.call("PEXPIRE", KEYS[1], ARGV[2]) end
return {count, redis.call("PTTL", KEYS[1])}
`;

/**
 * One from every counter, or none. KEYS: each counter's keys (see counterPlan), the take key last.
 * ARGV: the number of counters, then per counter: its number of keys, max, ttlMs.
 * Returns {0} when taken, or {index of the refusing counter (1-based), its take key's pttl, oldest non-empty
 * key's index (0-based, -1 when none)}.
 */
export const takeScript = `
local counters = tonumber(ARGV[1])
local position = 1
local argument = 2
local takes = {}
for counter = 1, counters do
  local size = tonumber(ARGV[argument])
  local max = tonumber(ARGV[argument + 1])
  local ttl = ARGV[argument + 2]
  argument = argument + 3
  local values = redis.call("MGET", unpack(KEYS, position, position + size - 1))
  local sum = 0
  local oldest = -1
  for index = 1, size do
    local value = tonumber(values[index]) or 0
    if value > 0 and oldest < 0 then oldest = index - 1 end
    sum = sum + value
  end
  local takeKey = KEYS[position + size - 1]
  if sum + 1 > max then return {counter, redis.call("PTTL", takeKey), oldest} end
  takes[counter] = {takeKey, ttl}
  position = position + size
end
for counter = 1, counters do
  local key = takes[counter][1]
  if redis.call("INCR", key) == 1 then redis.call("PEXPIRE", key, takes[counter][2]) end
end
return {0}
`;

/** Gives one back to each key that still holds more than zero. KEYS: the keys a take incremented. */
export const giveBackScript = `
for index = 1, #KEYS do
  local value = tonumber(redis.call("GET", KEYS[index]))
  if value and value > 0 then redis.call("DECR", KEYS[index]) end
end
return 0
`;
