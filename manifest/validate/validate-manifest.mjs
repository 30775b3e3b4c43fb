// Validates a Teams app manifest against the schema file that @microsoft/app-manifest ships.
// Its validateManifest() would download the schema named by $schema; CI has no network, so we load the file.
//   node validate-manifest.mjs <manifest.json>   exit 0 when valid, 1 with one error a line when not
//   node validate-manifest.mjs --newest-schema    prints the newest manifestVersion the package has a schema for
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { ManifestUtil } from "@microsoft/app-manifest";

const require = createRequire(import.meta.url);
const schemasDir = path.join(path.dirname(require.resolve("@microsoft/app-manifest/package.json")), "build", "json-schemas", "teams");

function newestSchemaVersion() {
  const numbered = readdirSync(schemasDir).filter((name) => /^v\d+\.\d+$/.test(name)).map((name) => name.slice(1));
  const byNumber = (a, b) => { const [am, an] = a.split(".").map(Number); const [bm, bn] = b.split(".").map(Number); return am - bm || an - bn; };
  return numbered.sort(byNumber).at(-1);
}

function loadSchema(manifestVersion) {
  const file = path.join(schemasDir, `v${manifestVersion}`, "MicrosoftTeams.schema.json");
  // The same clean-up fetchSchema() applies: the published schema has a regex escape ajv rejects.
  return JSON.parse(readFileSync(file, "utf8").replace(/\\a/g, "\\x07"));
}

const [argument] = process.argv.slice(2);
if (argument === "--newest-schema") {
  console.log(newestSchemaVersion());
  process.exit(0);
}
if (!argument) {
  console.error("usage: node validate-manifest.mjs <manifest.json> | --newest-schema");
  process.exit(2);
}

const manifest = JSON.parse(readFileSync(argument, "utf8"));
let schema;
try {
  schema = loadSchema(manifest.manifestVersion);
} catch (error) {
  console.error(`no schema for manifestVersion ${manifest.manifestVersion}: ${error.message}`);
  process.exit(1);
}
const errors = await ManifestUtil.validateManifestAgainstSchema(manifest, schema);
for (const error of errors) console.error(error);
if (errors.length === 0) console.log(`valid against the v${manifest.manifestVersion} schema`);
process.exit(errors.length === 0 ? 0 : 1);
