import {describe, expect, it} from 'vitest';
import {alignStarterPackage} from '../../../scripts/bench/starter.mjs';

const skeleton = {
  name: 'skeleton',
  version: '2025.1.0',
  dependencies: {'@shopify/hydrogen': '2025.1.0', '@shopify/remix-oxygen': '^2.0.10', '@remix-run/react': '^2.15.2', react: '^18.2.0'},
  devDependencies: {'@shopify/cli': '~3.74.1', '@shopify/mini-oxygen': '^3.1.1', '@remix-run/dev': '^2.15.2', '@remix-run/eslint-config': '^2.15.2', vite: '^5.1.8', prettier: '^2.8.4'},
};
const ours = {
  dependencies: {'@shopify/hydrogen': '2025.4.2', '@shopify/remix-oxygen': '^2.0.12', '@remix-run/react': '^2.16.1', react: '^18.3.1'},
  devDependencies: {'@shopify/cli': '~3.79.2', '@shopify/mini-oxygen': '^3.2.1', '@remix-run/dev': '^2.16.1', vite: '^6.2.4'},
};

describe('alignStarterPackage', () => {
  it('moves the starter to our Hydrogen, Remix, MiniOxygen, CLI and Vite, in its own lists', () => {
    const aligned = alignStarterPackage(skeleton, ours);
    expect(aligned.dependencies).toMatchObject({'@shopify/hydrogen': '2025.4.2', '@shopify/remix-oxygen': '^2.0.12', '@remix-run/react': '^2.16.1'});
    expect(aligned.devDependencies).toMatchObject({'@shopify/cli': '~3.79.2', '@shopify/mini-oxygen': '^3.2.1', '@remix-run/dev': '^2.16.1', '@remix-run/eslint-config': '^2.16.1', vite: '^6.2.4'});
  });

  it('leaves the starter’s own choices (React, tooling) alone and does not change its input', () => {
    const aligned = alignStarterPackage(skeleton, ours);
    expect(aligned.dependencies.react).toBe('^18.2.0');
    expect(aligned.devDependencies.prettier).toBe('^2.8.4');
    expect(skeleton.dependencies['@shopify/hydrogen']).toBe('2025.1.0');
  });
});
