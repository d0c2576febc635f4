// Runs @n8n/scan-community-package's analyser on both legs its CLI scans (the published files and
// the source), without the download and provenance steps that need the registry's attestation.
// Usage: node scan-package.mjs <scanner install dir> <unpacked tarball> <source checkout>
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [scannerDir, packageDir, sourceDir] = process.argv.slice(2);
const scanner = await import(
	pathToFileURL(
		path.join(scannerDir, 'node_modules', '@n8n', 'scan-community-package', 'scanner', 'scanner.mjs'),
	).href
);

// The same file patterns the scanner's CLI gives each leg (scanner.mjs, analyzePackageByName).
const legs = [
	['published tarball', packageDir, ['**/*.js', 'package.json']],
	['source', sourceDir, scanner.SOURCE_FILE_PATTERNS],
];

let failed = false;
for (const [name, dir, patterns] of legs) {
	const result = await scanner.analyzePackage(dir, patterns);
	if (result.passed) {
		console.log(`[scan] ${name}: passed${result.message ? ` (${result.message})` : ''}`);
	} else {
		failed = true;
		console.log(`[scan] ${name}: FAILED: ${result.message}`);
		if (result.details) console.log(result.details);
	}
}
process.exit(failed ? 1 : 0);
