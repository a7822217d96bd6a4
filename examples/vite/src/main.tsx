import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "@verify-kit/ui/styles.css";
import "./index.css";
import { App } from "./App.tsx";

createRoot(document.getElementById("root") as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
