import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CommandResult, lastLines, runCommand } from './command';
import { withFileLock } from './file-lock';
import { KafkaPaths } from './kafka-config';
import { infraLog } from './log';
import { repoRoot } from './paths';

interface JarsMarker {
  pomSha256: string;
  jars: string[];
}

/** The pom that names the broker's jars (infra/kafka/pom.xml). */
export function kafkaPom(): string {
  return path.join(repoRoot(), 'infra', 'kafka', 'pom.xml');
}

function sha256File(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

function readMarker(file: string): JarsMarker | undefined {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<JarsMarker>;
    if (typeof parsed.pomSha256 !== 'string' || !Array.isArray(parsed.jars)) return undefined;
    return { pomSha256: parsed.pomSha256, jars: parsed.jars.filter((j): j is string => typeof j === 'string') };
  } catch {
    return undefined;
  }
}

/** True when libs holds every jar of a successful copy made from this exact pom. */
export function jarsAreComplete(paths: KafkaPaths, pomSha256: string): boolean {
  const marker = readMarker(paths.libsMarker);
  if (!marker || marker.pomSha256 !== pomSha256 || marker.jars.length === 0) return false;
  return marker.jars.every((jar) => existsSync(path.join(paths.libs, jar)));
}

async function copyDependencies(pom: string, outDir: string): Promise<void> {
  const args = [
    '-B',
    '-q',
    '-f',
    pom,
    'dependency:copy-dependencies',
    `-DoutputDirectory=${outDir}`,
    '-DincludeScope=runtime',
    '-Dmdep.useBaseVersion=true',
  ];
  const hint =
    'Check that Maven 3.8+ (`mvn -v`) and Java 17 (`java -version`) are installed and that Maven Central ' +
    '(repo.maven.apache.org) is reachable, or set KAFKA_BROKERS to use an existing broker instead.';
  let result: CommandResult;
  try {
    result = await runCommand('mvn', args);
  } catch (err) {
    throw new Error(`Could not run Maven to fetch the Kafka jars: ${(err as Error).message} ${hint}`);
  }
  if (result.code !== 0) {
    throw new Error(`\`mvn ${args.join(' ')}\` failed (exit ${result.code}). ${hint}\n${lastLines(result.output, 30)}`);
  }
}

async function fetchJars(paths: KafkaPaths, pom: string, pomSha256: string): Promise<void> {
  const tmp = `${paths.libs}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  infraLog(`fetching the Kafka broker jars with Maven into ${paths.libs}`);
  const started = Date.now();
  try {
    await copyDependencies(pom, tmp);
    const jars = readdirSync(tmp)
      .filter((f) => f.endsWith('.jar'))
      .sort();
    if (jars.length === 0)
      throw new Error(`Maven finished but copied no jars from ${pom}; check the pom's dependencies.`);
    const marker: JarsMarker = { pomSha256, jars };
    writeFileSync(path.join(tmp, path.basename(paths.libsMarker)), JSON.stringify(marker, null, 2));
    rmSync(paths.libs, { recursive: true, force: true });
    renameSync(tmp, paths.libs);
    infraLog(`fetched ${jars.length} jars in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * Makes sure `<dir>/libs` holds the broker's jars for the current infra/kafka/pom.xml,
 * running Maven only when they are missing, incomplete or from an older pom. Returns the libs dir.
 */
export async function ensureJarsIn(paths: KafkaPaths): Promise<string> {
  const pom = kafkaPom();
  if (!existsSync(pom)) throw new Error(`The Kafka pom ${pom} is missing; restore it from git.`);
  const pomSha256 = sha256File(pom);
  if (jarsAreComplete(paths, pomSha256)) return paths.libs;
  mkdirSync(paths.dir, { recursive: true });
  await withFileLock(`${paths.libs}.lock`, async () => {
    if (!jarsAreComplete(paths, pomSha256)) await fetchJars(paths, pom, pomSha256);
  });
  return paths.libs;
}
