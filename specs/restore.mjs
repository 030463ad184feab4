// Restores Twilio's official OpenAPI files into specs/.official/, pinned by npm package version and SHA-256.
// The files are Twilio's (Apache-2.0): we fetch them at build time instead of committing copies.
// Usage: node specs/restore.mjs        (exit 0 when the files are in place and verified)
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const specsDir = dirname(fileURLToPath(import.meta.url));
const targetDir = join(specsDir, '.official');
const lockFile = join(specsDir, 'official.lock');

function fail(message) {
  console.error(`specs/restore: ${message}`);
  process.exit(1);
}

function sha256(buffer) {
  return createHash('sha256').update(buffer).digest('hex');
}

function readLock() {
  return readFileSync(lockFile, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line, index) => {
      const [pkg, version, path, hash] = line.split(/\s+/);
      if (!pkg || !version || !path || !/^[0-9a-f]{64}$/.test(hash ?? '')) {
        fail(`${lockFile} entry ${index + 1} is malformed: expected "package version path sha256", got "${line}".`);
      }
      return { pkg, version, path, hash, name: path.split('/').pop() };
    });
}

function isInPlace(entry) {
  const file = join(targetDir, entry.name);
  return existsSync(file) && sha256(readFileSync(file)) === entry.hash;
}

// Minimal ustar reader: npm tarballs are plain ustar archives of regular files.
function extractFromTar(tar, wantedPaths) {
  const found = new Map();
  for (let offset = 0; offset + 512 <= tar.length; ) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const field = (start, length) => header.subarray(start, start + length).toString('utf8').replace(/\0.*$/s, '');
    const prefix = field(345, 155);
    const name = prefix ? `${prefix}/${field(0, 100)}` : field(0, 100);
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const body = offset + 512;
    if (wantedPaths.has(name)) found.set(name, tar.subarray(body, body + size));
    offset = body + Math.ceil(size / 512) * 512;
  }
  return found;
}

function npmPack(pkg, version, workDir) {
  try {
    const out = execFileSync('npm', ['pack', `${pkg}@${version}`, '--silent', '--pack-destination', workDir], {
      cwd: workDir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: process.platform === 'win32',
    });
    const tarball = out.trim().split('\n').pop();
    return readFileSync(join(workDir, tarball));
  } catch (error) {
    if (error.code === 'ENOENT') fail('npm was not found on PATH. Install Node.js (which ships npm), then run: node specs/restore.mjs');
    fail(`"npm pack ${pkg}@${version}" failed: ${(error.stderr || error.message || '').toString().trim()}\n` +
      'Check that the npm registry is reachable (npm config get registry), then run: node specs/restore.mjs');
  }
}

const entries = readLock();
const missing = entries.filter((entry) => !isInPlace(entry));
if (missing.length === 0) {
  console.log(`specs/restore: official spec files verified in ${targetDir}`);
  process.exit(0);
}

mkdirSync(targetDir, { recursive: true });
const byPackage = groupBy(missing);
for (const [key, group] of byPackage) {
  const workDir = mkdtempSync(join(tmpdir(), 'trusthubgen-spec-'));
  try {
    const { pkg, version } = group[0];
    console.log(`specs/restore: fetching ${key} from the npm registry`);
    const tar = gunzipSync(npmPack(pkg, version, workDir));
    const files = extractFromTar(tar, new Set(group.map((e) => e.path)));
    for (const entry of group) {
      const content = files.get(entry.path);
      if (!content) fail(`${key} does not contain ${entry.path}. The pin in specs/official.lock is wrong; fix the path.`);
      const actual = sha256(content);
      if (actual !== entry.hash) {
        fail(`checksum mismatch for ${entry.name} from ${key}: expected ${entry.hash}, got ${actual}.\n` +
          'The published file is not the one this project was built and tested against. Do not edit the hash blindly: ' +
          'review the spec change, regenerate the baselines (TRUSTHUBGEN_UPDATE_BASELINES=1), then update specs/official.lock.');
      }
      // Write then rename, so an interrupted restore never leaves a half-written file that looks restored.
      const destination = join(targetDir, entry.name);
      writeFileSync(`${destination}.tmp`, content);
      renameSync(`${destination}.tmp`, destination);
      console.log(`specs/restore: ${entry.name} verified (sha256 ${actual.slice(0, 12)}…)`);
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

function groupBy(items) {
  const map = new Map();
  for (const item of items) {
    const key = `${item.pkg}@${item.version}`;
    if (!map.has(key)) map.set(key, []);
    map.get(key).push(item);
  }
  return map;
}
