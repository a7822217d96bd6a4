export { createVerifyServerApp } from "./createVerifyServerApp.js";
export type { Listening, ServerTimeouts } from "./listen.js";
export { listen } from "./listen.js";
export type { VerifyServer, VerifyServerOptions } from "./startVerifyServer.js";
export { startVerifyServer } from "./startVerifyServer.js";
