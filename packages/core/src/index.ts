export { errorMessage, VerifyError } from "./errors/VerifyError.js";
