// Builds the page into web/dist, which dyad-server embeds at compile time
// (see crates/dyad-server/build.rs). Relative asset URLs are not needed: the
// page is always served from the server root.
import { defineConfig } from "vite";

export default defineConfig({
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    // World geometry is imported as JSON; keep it out of the main chunk.
    rollupOptions: { output: { manualChunks: (id) => (id.includes("world-atlas") || id.includes("i18n-iso-countries") ? "geo" : undefined) } },
  },
});
