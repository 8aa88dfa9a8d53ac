// Builds the dashboard (src/) into static/, which `warta serve` serves at /.
// static/ is gitignored: `make web` (npm ci && npm run build) produces it.
import { defineConfig } from "vite";

export default defineConfig({
  root: "src",
  base: "/",
  build: {
    outDir: "../static",
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
});
