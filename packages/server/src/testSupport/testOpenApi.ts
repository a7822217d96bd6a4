// Test support: checks real answers of the API against its own OpenAPI document (JSON Schema 2020-12).
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

/** One answer of the API, as a test saw it. */
export interface RecordedAnswer {
  readonly method: string;
  /** The URL path, without query. */
  readonly path: string;
  readonly status: number;
  readonly contentType: string;
  /** The parsed JSON, or the text of a non-JSON answer. */
  readonly body: unknown;
}

type Json = Record<string, unknown>;

interface Operation {
  readonly responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

export interface OpenApiDocument {
  readonly openapi: string;
  readonly paths: Record<string, Record<string, Operation>>;
  readonly components: { readonly schemas: Record<string, unknown> };
}

const componentsId = "urn:verify-kit:components";

// The document's `#/components/schemas/X` point into the document; ajv gets the components as one schema.
function rewriteRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewriteRefs);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value as Json).map(([key, inner]) => [
      key,
      key === "$ref" && typeof inner === "string"
        ? inner.replace("#/components/schemas/", `${componentsId}#/$defs/`)
        : rewriteRefs(inner),
    ]),
  );
}

const templateRegExp = (template: string) =>
  new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/]+")}$`);

/** A validator of answers against one OpenAPI 3.1 document. */
export interface OpenApiValidator {
  /** The documented path template an actual path falls under (exact paths win over templates). */
  templateOf(method: string, path: string): string | undefined;
  /** Problems of one answer (an empty list when it conforms); undocumented routes are not checked. */
  problems(answer: RecordedAnswer): string[];
}

export function createOpenApiValidator(document: OpenApiDocument): OpenApiValidator {
  // Strict: a keyword ajv does not know fails compilation, except the documentation-only ones.
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  ajv.addVocabulary(["example", "discriminator", "xml", "externalDocs"]);
  ajv.addSchema({ $id: componentsId, $defs: rewriteRefs(document.components.schemas) as Json });
  const compiled = new Map<string, ValidateFunction>();
  const templates = Object.keys(document.paths).sort(
    (a, b) => Number(a.includes("{")) - Number(b.includes("{")),
  );

  function templateOf(method: string, path: string) {
    return templates.find(
      (template) => document.paths[template]?.[method.toLowerCase()] && templateRegExp(template).test(path),
    );
  }

  return {
    templateOf,
    problems(answer) {
      const template = templateOf(answer.method, answer.path);
      if (template === undefined) return [];
      const where = `${answer.method} ${template} ${answer.status}`;
      const operation = document.paths[template]?.[answer.method.toLowerCase()];
      const response = operation?.responses[String(answer.status)];
      if (response === undefined) return [`${where}: status not documented`];
      const mediaType = answer.contentType.split(";")[0]?.trim() ?? "";
      const media = response.content?.[mediaType];
      if (media === undefined) return [`${where}: content type ${mediaType || "(none)"} not documented`];
      if (mediaType !== "application/json")
        return typeof answer.body === "string" ? [] : [`${where}: not text`];
      const key = `${where} ${mediaType}`;
      let validate = compiled.get(key);
      if (validate === undefined) {
        validate = ajv.compile(rewriteRefs(media.schema) as Json);
        compiled.set(key, validate);
      }
      if (validate(answer.body)) return [];
      return (validate.errors ?? []).map(
        (error) => `${where}: ${error.instancePath || "/"} ${error.message}`,
      );
    },
  };
}
