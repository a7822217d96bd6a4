import { ApiErrorEnvelopeSchema } from "./apiSchemas.js";

/** A JSON answer of a route, for the OpenAPI document. */
export const jsonAnswer = <S>(schema: S, description: string) => ({
  content: { "application/json": { schema } },
  description,
});

/** A required JSON request body. */
export const jsonBody = <S>(schema: S) => ({
  body: { content: { "application/json": { schema } }, required: true },
});

/** The error envelope for each status a route can answer with. */
export const errorAnswers = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((status) => [status, jsonAnswer(ApiErrorEnvelopeSchema, "Error")]));
