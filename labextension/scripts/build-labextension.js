#!/usr/bin/env node
/*
 * Build (or watch) the prebuilt extension against the JupyterLab that is installed next to the
 * `jupyter` command on PATH, offline.
 *
 * JupyterLab >= 4.6 delegates `jupyter labextension build` to jupyter-builder, which otherwise
 * resolves the core package metadata over the network. The installed jupyterlab ships that file as
 * `jupyterlab/staging/package.json`, so we find it and pass it with `--core-package-file`.
 *
 * The Python that owns `jupyter` is read from the command's own script header: inside pip's
 * isolated build environment that is the only interpreter that sees the build's jupyterlab, and
 * `python3` on PATH may be another one entirely.
 *
 * Usage: node scripts/build-labextension.js [--development] [--watch]
 * Set HYBRIDIZE_CORE_PACKAGE_FILE to use another core package file.
 */
'use strict';

const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const LOCATE_STAGING = [
  'import os, jupyterlab',
  "print(os.path.join(os.path.dirname(jupyterlab.__file__), 'staging', 'package.json'))"
].join('; ');

/** The absolute path of an executable on PATH, or null. */
function which(name) {
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    if (!dir) {
      continue;
    }
    const candidate = path.join(dir, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) {
        return candidate;
      }
    } catch {
      // not here
    }
  }
  return null;
}

/**
 * The interpreter named in a console script's header: `#!/path/python` or, for long paths,
 * pip's `#!/bin/sh` + `'''exec' "/path/python" "$0" "$@"` form.
 */
function interpreterOf(script) {
  let head;
  try {
    head = fs.readFileSync(script, 'utf8').split('\n', 3);
  } catch {
    return null;
  }
  const shebang = /^#!\s*(\S+)/.exec(head[0] || '');
  if (shebang && !/\/(sh|bash|env)$/.test(shebang[1])) {
    return shebang[1];
  }
  const exec = /exec'\s+"([^"]+)"/.exec(head[1] || '');
  return exec ? exec[1] : null;
}

function pythonCandidates() {
  const found = [];
  for (const command of ['jupyter-labextension', 'jupyter']) {
    const script = which(command);
    const python = script && interpreterOf(script);
    if (python) {
      found.push(python);
    }
  }
  return [...found, 'python3', 'python'];
}

function corePackageFile() {
  const override = process.env.HYBRIDIZE_CORE_PACKAGE_FILE;
  if (override) {
    return override;
  }
  const tried = [];
  for (const python of pythonCandidates()) {
    const result = spawnSync(python, ['-c', LOCATE_STAGING], { encoding: 'utf8' });
    const file = result.status === 0 ? result.stdout.trim() : '';
    if (file && fs.existsSync(file)) {
      return file;
    }
    tried.push(python);
  }
  throw new Error(
    'cannot find jupyterlab/staging/package.json: no Python with jupyterlab among ' +
      tried.join(', ') +
      ' (install jupyterlab>=4.6, or set HYBRIDIZE_CORE_PACKAGE_FILE)'
  );
}

function main(argv) {
  const watch = argv.includes('--watch');
  const development = argv.includes('--development');
  let core;
  try {
    core = corePackageFile();
  } catch (error) {
    console.error(`build-labextension: ${error.message}`);
    return 1;
  }
  const args = ['labextension', watch ? 'watch' : 'build', '--core-package-file', core];
  if (development) {
    args.push('--development=True', '--source-map=True');
  }
  args.push(path.resolve(__dirname, '..'));
  console.log(`> jupyter ${args.join(' ')}`);
  const result = spawnSync('jupyter', args, { stdio: 'inherit' });
  if (result.error) {
    console.error(`build-labextension: cannot run jupyter: ${result.error.message}`);
    return 1;
  }
  return result.status === null ? 1 : result.status;
}

process.exit(main(process.argv.slice(2)));
