export type { Sandbox } from "./createSandbox.js";
export { createSandbox } from "./createSandbox.js";
export type { SandboxOptions } from "./sandboxOptions.js";
export { SANDBOX_LICENCE, sandboxOptionsFromEnv } from "./sandboxOptions.js";
export type { ConsentChannels, SandboxMessage } from "./sandboxState.js";
export type { SandboxCheckBehaviour, SandboxSmsBehaviour, SandboxTestNumber } from "./testNumbers.js";
export { sandboxTestNumber, sandboxTestNumbers } from "./testNumbers.js";
