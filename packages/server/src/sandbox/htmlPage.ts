/** A small accessible HTML page; `body` is trusted markup (the sandbox never puts request data in it). */
export function htmlPage(status: number, title: string, body: string): Response {
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
</head>
<body>
<main>
<h1>${title}</h1>
${body}
</main>
</body>
</html>
`;
  return new Response(html, {
    status,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
  });
}

/** What a crashed DQE server answers: HTTP 500 and HTML, not JSON. */
export function serverErrorPage(): Response {
  return htmlPage(500, "500 Internal Server Error", "<p>The server encountered an internal error.</p>");
}
