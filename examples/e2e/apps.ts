// The consumer apps the run starts, each on a fixed port (run under `netiso` locally so ports never clash):
// the Next.js app (`next start`: the adapter in a Route Handler), the Vite app in development (`vite`: its
// shorthand proxy of /api to the adapter on a small Node server, server.js) and in production (Express:
// express-server.js serving the build and the adapter on one origin).

export interface Target {
  /** Which app, and how it is served. */
  readonly name: "next" | "vite-dev" | "vite-express";
  readonly url: string;
  /** The pages come server-rendered, the flows' markup in the HTML. */
  readonly serverRendered: boolean;
  /** React and @tanstack/react-query as the app installs them (the peers' floor, or their latest). */
  readonly peers: string;
}

export const ports = { next: 6200, viteDev: 6190, viteApi: 6180, express: 6191 } as const;

export const targets: readonly Target[] = [
  {
    name: "next",
    url: `http://127.0.0.1:${ports.next}`,
    serverRendered: true,
    peers: "React 19.3, TanStack Query 5.108 (latest)",
  },
  {
    name: "vite-dev",
    url: `http://127.0.0.1:${ports.viteDev}`,
    serverRendered: false,
    peers: "React 18.3, TanStack Query 5.0 (floor)",
  },
  {
    name: "vite-express",
    url: `http://127.0.0.1:${ports.express}`,
    serverRendered: false,
    peers: "React 18.3, TanStack Query 5.0 (floor)",
  },
];
