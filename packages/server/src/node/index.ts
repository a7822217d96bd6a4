export type { VerifyServer, VerifyServerOptions } from "./startVerifyServer.js";
export { startVerifyServer } from "./startVerifyServer.js";
