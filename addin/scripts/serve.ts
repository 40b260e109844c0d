// Serves addin/dist over HTTPS for sideloading: https://localhost:3000 by default.
// COSTPLAN_CERT and COSTPLAN_KEY name the certificate and key (PEM), e.g. from
// ~/.office-addin-dev-certs/ or an openssl-made local CA (see README).
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:https";
import { homedir } from "node:os";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

const dist = fileURLToPath(new URL("../dist/", import.meta.url));
const certs = join(homedir(), ".office-addin-dev-certs");
const cert = process.env["COSTPLAN_CERT"] ?? join(certs, "localhost.crt");
const key = process.env["COSTPLAN_KEY"] ?? join(certs, "localhost.key");
const port = Number(process.env["PORT"] ?? 3000);
const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
};

if (!existsSync(cert) || !existsSync(key)) {
  console.error(`no certificate at ${cert} / ${key}: set COSTPLAN_CERT and COSTPLAN_KEY (see README, "Serve locally over HTTPS")`);
  process.exit(1);
}
createServer({ cert: readFileSync(cert), key: readFileSync(key) }, (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "https://x").pathname)).replace(/^(\.\.[/\\])+/, "");
  const file = join(dist, path === "/" ? "taskpane.html" : path);
  if (!file.startsWith(dist) || !existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  // Excel on the web loads the pane in an iframe from another origin; the files are public.
  res
    .writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "access-control-allow-origin": "*", "cache-control": "no-store" })
    .end(readFileSync(file));
}).listen(port, () => {
  console.log(`serving ${dist} at https://localhost:${port}/ (manifest: ${join(dist, "manifest.dev.xml")})`);
});
