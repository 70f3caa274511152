// Validates a Teams app manifest (and the localization files it names) against the
// official JSON schemas shipped inside @microsoft/app-manifest, without any network:
// a schema the package does not ship is an error, never a download.
// Usage: node validate-manifest.cjs <folder with manifest.json>
// Prints {"valid":bool,"schema":"...","errors":["file: /path message", ...]} and exits 1 when invalid.
'use strict';
const fs = require('fs');
const path = require('path');

const folder = process.argv[2];
if (!folder) {
  console.error('usage: node validate-manifest.cjs <folder with manifest.json>');
  process.exit(2);
}
const packageRoot = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
const { AppManifestUtils } = require('@microsoft/app-manifest');
const Ajv04 = require('ajv-draft-04');
const addFormats = require('ajv-formats');

function localSchema(url) {
  const match = /\/json-schemas\/(teams\/[^/]+\/[^/]+\.json)$/.exec(url || '');
  if (!match) {
    throw new Error(`$schema ${url} is not a Teams schema URL`);
  }
  const file = path.join(packageRoot, 'build', 'json-schemas', match[1]);
  if (!fs.existsSync(file)) {
    throw new Error(`@microsoft/app-manifest ships no ${match[1]}: use a schema version it knows`);
  }
  return { name: match[1], schema: JSON.parse(fs.readFileSync(file, 'utf8')) };
}

// The package's own validator for the app manifest; the localization schema has
// patterns that are not valid unicode regular expressions (a lone ']'), which the
// package's validator refuses to compile, so those are checked with the same draft-04
// validator without the unicode flag.
async function validate(json, name, schema) {
  if (!name.endsWith('.Localization.schema.json')) {
    return AppManifestUtils.validateAgainstSchema(json, schema);
  }
  const ajv = new Ajv04({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  const check = ajv.compile(schema);
  return check(json) ? [] : check.errors.map((e) => `${e.instancePath} ${e.message || ''}. Details: ${JSON.stringify(e.params)}`);
}

async function check(file, errors) {
  const json = JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8'));
  const { name, schema } = localSchema(json.$schema);
  const failures = await validate(json, name, schema);
  failures.forEach((failure) => errors.push(`${file}: ${failure}`));
  return { json, name };
}

(async () => {
  const errors = [];
  let schema = null;
  try {
    const { json, name } = await check('manifest.json', errors);
    schema = name;
    const languages = (json.localizationInfo && json.localizationInfo.additionalLanguages) || [];
    for (const language of languages) {
      await check(language.file, errors);
    }
  }
  catch (e) {
    errors.push(e.message);
  }
  console.log(JSON.stringify({ valid: errors.length === 0, schema, errors }));
  process.exit(errors.length === 0 ? 0 : 1);
})();
