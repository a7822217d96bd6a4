// Stylesheets imported by the browser tests (Vite serves them).
declare module "*.css";
