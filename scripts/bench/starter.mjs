// Shopify's own starter for the benchmark: the `skeleton` template from the registry package
// @shopify/create-hydrogen, moved to the Hydrogen, Remix, MiniOxygen and CLI versions we run, built
// once into a cache folder outside the repository (BENCH_CACHE_DIR) and reused while its recipe holds.
// Nothing of the starter is copied into this repository: this module only fetches and builds it.
import {spawnSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';

// 5.0.15 carries skeleton 2025.1.0, the last skeleton on Remix 2: later releases carry React Router 7
// skeletons (Hydrogen 2025.5+), which cannot run on Hydrogen 2025.4.
export const TEMPLATE_PACKAGE = '@shopify/create-hydrogen@5.0.15';
export const TEMPLATE_PATH = 'package/dist/assets/hydrogen/starter';

/** The packages moved to our versions: the runtime, the framework and the tools that build and serve it. */
export const ALIGNED_PACKAGES = [
  '@shopify/hydrogen',
  '@shopify/remix-oxygen',
  '@remix-run/react',
  '@remix-run/server-runtime',
  '@remix-run/dev',
  '@shopify/cli',
  '@shopify/mini-oxygen',
  '@shopify/hydrogen-codegen',
  // MiniOxygen 3.2 wants Vite 6, which the skeleton's Vite 5 range cannot satisfy.
  'vite',
  'vite-tsconfig-paths',
];

/**
 * The starter's package.json with every aligned package at our version (from our package.json), in
 * whichever dependency list the starter has it. `@remix-run/eslint-config` follows @remix-run/dev so
 * npm can resolve their shared peer range. Pure: returns a new object.
 */
export function alignStarterPackage(starter, ours) {
  const ourVersions = {...ours.dependencies, ...ours.devDependencies};
  const next = {...starter, dependencies: {...starter.dependencies}, devDependencies: {...starter.devDependencies}};
  for (const name of ALIGNED_PACKAGES) {
    const version = ourVersions[name];
    if (!version) continue;
    const list = name in next.dependencies ? next.dependencies : next.devDependencies;
    list[name] = version;
  }
  if (next.devDependencies['@remix-run/eslint-config'] && ourVersions['@remix-run/dev']) {
    next.devDependencies['@remix-run/eslint-config'] = ourVersions['@remix-run/dev'];
  }
  return next;
}

function run(command, args, {cwd, log}) {
  log(`  $ ${command} ${args.join(' ')}   (in ${cwd})`);
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: {...process.env, SHOPIFY_CLI_NO_ANALYTICS: '1', npm_config_audit: 'false', npm_config_fund: 'false'},
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-30).join('\n');
    throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal}):\n${output}`);
  }
  return result.stdout;
}

/**
 * The starter's folder, built. Reused when the cache already holds a build of the same recipe (the
 * template package and our aligned versions); otherwise fetched with `npm pack`, installed from the
 * registry with `npm install`, and built with `shopify hydrogen build`.
 */
export function ensureStarter({cacheDir, ourPackage, log = console.log}) {
  const recipe = {template: TEMPLATE_PACKAGE, versions: alignStarterPackage({dependencies: {}, devDependencies: {}}, ourPackage)};
  const key = createHash('sha256').update(JSON.stringify(recipe)).digest('hex').slice(0, 12);
  const dir = path.join(cacheDir, `starter-${key}`);
  const marker = path.join(dir, '.trailforge-bench.json');
  if (existsSync(marker) && existsSync(path.join(dir, 'dist', 'server', 'index.js'))) {
    log(`starter: reusing the build in ${dir}`);
    return describe(dir);
  }

  log(`starter: building ${TEMPLATE_PACKAGE} (skeleton) on our versions into ${dir} (once)…`);
  mkdirSync(cacheDir, {recursive: true});
  rmSync(dir, {recursive: true, force: true});
  const work = mkdtempSync(path.join(cacheDir, 'fetch-'));
  try {
    const tarball = run('npm', ['pack', TEMPLATE_PACKAGE, '--pack-destination', work, '--silent'], {cwd: work, log}).trim().split('\n').pop();
    run('tar', ['-xzf', path.join(work, tarball), '-C', work, TEMPLATE_PATH], {cwd: work, log});
    cpSync(path.join(work, TEMPLATE_PATH), dir, {recursive: true});
  } finally {
    rmSync(work, {recursive: true, force: true});
  }
  const packageFile = path.join(dir, 'package.json');
  const starterPackage = JSON.parse(readFileSync(packageFile, 'utf8'));
  writeFileSync(packageFile, `${JSON.stringify(alignStarterPackage(starterPackage, ourPackage), null, 2)}\n`);

  const staging = `${dir}.installing`;
  rmSync(staging, {recursive: true, force: true});
  renameSync(dir, staging);
  run('npm', ['install', '--no-audit', '--no-fund'], {cwd: staging, log});
  renameSync(staging, dir);
  run(path.join(dir, 'node_modules', '.bin', 'shopify'), ['hydrogen', 'build'], {cwd: dir, log});
  writeFileSync(marker, `${JSON.stringify({...recipe, builtAt: new Date().toISOString()}, null, 2)}\n`);
  return describe(dir);
}

function describe(dir) {
  const version = (file) => {
    try {
      return JSON.parse(readFileSync(file, 'utf8')).version;
    } catch {
      return null;
    }
  };
  return {
    dir,
    template: TEMPLATE_PACKAGE,
    skeletonVersion: version(path.join(dir, 'package.json')),
    hydrogenVersion: version(path.join(dir, 'node_modules', '@shopify', 'hydrogen', 'package.json')),
  };
}
