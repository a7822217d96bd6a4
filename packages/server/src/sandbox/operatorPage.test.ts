import { describe, expect, it } from "vitest";
import { fixtures, openOperator, operatorPathOf, testBed } from "../testSupport/sandboxTestSupport.js";

const retrievalIds: Record<string, string> = fixtures.numverify_retrieval_error_ids;
const number = "33612345678";
const back = "https://app.example/verify/back?flow=abc";

function expectSmallPage(html: string, title: string) {
  expect(html).toMatch(/^<!doctype html>/i);
  expect(html).toContain('<html lang="en">');
  expect(html).toContain(`<title>${title}</title>`);
  expect(html).toContain(`<h1>${title}</h1>`);
}

describe("the operator URL", () => {
  it("settles the check and redirects to redirect_uri with token and status", async () => {
    const bed = testBed();
    const { token, answer } = await bed.startCheck(number, { redirect_uri: back });
    const response = await openOperator(bed.sandbox, answer);
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get("location") ?? "");
    expect(`${location.origin}${location.pathname}`).toBe("https://app.example/verify/back");
    expect(location.searchParams.get("flow")).toBe("abc");
    expect(location.searchParams.get("token")).toBe(token);
    expect(location.searchParams.get("status")).toBe("success");
    expect((await bed.retrieve(token)).body).toEqual({
      status: "success",
      scope: "numVerify",
      numVerify: true,
    });
  });

  it("says success when the operator answered that it is not this number", async () => {
    const bed = testBed();
    const { token, answer } = await bed.startCheck("33600000002", { redirect_uri: back });
    const location = new URL((await openOperator(bed.sandbox, answer)).headers.get("location") ?? "");
    expect(location.searchParams.get("status")).toBe("success");
    expect((await bed.retrieve(token)).body).toEqual({
      status: "success",
      scope: "numVerify",
      numVerify: false,
    });
  });

  it("says error when the check failed", async () => {
    const bed = testBed();
    const { token, answer } = await bed.startCheck("33600000003", { redirect_uri: back });
    const location = new URL((await openOperator(bed.sandbox, answer)).headers.get("location") ?? "");
    expect(location.searchParams.get("status")).toBe("error");
    expect(location.searchParams.get("token")).toBe(token);
    expect((await bed.retrieve(token)).body).toEqual({
      status: "error",
      error_id: "21",
      error_type: retrievalIds["21"],
    });
  });

  it("is harmless to open twice", async () => {
    const bed = testBed();
    const { token, answer } = await bed.startCheck(number, { redirect_uri: back });
    const first = await openOperator(bed.sandbox, answer);
    bed.advance(600);
    const second = await openOperator(bed.sandbox, answer);
    expect(second.status).toBe(302);
    expect(second.headers.get("location")).toBe(first.headers.get("location"));
    expect((await bed.retrieve(token)).body).toEqual({
      status: "success",
      scope: "numVerify",
      numVerify: true,
    });
  });

  it("shows a small accessible page when there is no redirect_uri", async () => {
    const bed = testBed();
    const { token, answer } = await bed.startCheck(number);
    const response = await openOperator(bed.sandbox, answer);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await response.text();
    expectSmallPage(html, "Number check done");
    expect(html).toContain("go back to the first screen");
    expect(html).not.toContain(token);
    expect((await bed.retrieve(token)).body.status).toBe("success");
  });

  it("answers an unknown id with a 404 page", async () => {
    const bed = testBed();
    const response = await bed.sandbox.fetch(new Request("http://sandbox.test/__sandbox/operator/nope"));
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    expectSmallPage(await response.text(), "Unknown number check");
  });

  it("settles nothing once the check expired unopened", async () => {
    const bed = testBed();
    const withRedirect = await bed.startCheck(number, { redirect_uri: back });
    const withoutRedirect = await bed.startCheck(number);
    bed.advance(300);

    const redirected = await openOperator(bed.sandbox, withRedirect.answer);
    const location = new URL(redirected.headers.get("location") ?? "");
    expect(location.searchParams.get("status")).toBe("error");
    expect(location.searchParams.get("token")).toBe(withRedirect.token);

    const page = await openOperator(bed.sandbox, withoutRedirect.answer);
    expect(page.status).toBe(410);
    expectSmallPage(await page.text(), "Number check expired");

    for (const token of [withRedirect.token, withoutRedirect.token]) {
      expect((await bed.retrieve(token)).body).toMatchObject({ status: "error", error_id: "30" });
    }
  });

  it("lives under /__sandbox/ whatever publicUrl says", async () => {
    const bed = testBed({ publicUrl: "https://phone-facing.example" });
    const { token, answer } = await bed.startCheck(number);
    const path = operatorPathOf(answer);
    const response = await bed.sandbox.fetch(new Request(`http://127.0.0.1:4010${path}`));
    expect(response.status).toBe(200);
    expect((await bed.retrieve(token)).body.status).toBe("success");
  });
});
