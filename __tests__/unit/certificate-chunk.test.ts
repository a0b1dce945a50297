/**
 * Certificate code loads only when a certificate operation runs: the source
 * never reaches it statically, and the bundles keep it in a chunk of its own
 * that is loaded with import().
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const STATIC_IMPORT = /(?:^|\n)\s*(?:import|export)\s(?!type\s)[^;]*?from\s*['"](\.[^'"]+)['"]/g;
/** node:crypto X.509 / TLS work: only the certificate chunk may hold it */
const CERTIFICATE_MARKERS = ['getPeerX509Certificate', 'checkPrivateKey'];

/** Our source files a file reaches through static (non-type) imports. */
function staticGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT))
      visit(resolve(dirname(file), specifier!.replace(/\.js$/, '.ts')));
  };
  visit(resolve(entry));
  return new Set([...seen].map((file) => relative(process.cwd(), file)));
}

describe('certificate code is loaded lazily', () => {
  for (const entry of ['src/index.ts', 'src/cli/index.ts', 'src/operations/run.ts']) {
    it(`${entry} never reaches the X.509, TLS or certificate-client code statically`, () => {
      const reached = [...staticGraph(entry)];
      // pem.ts (masking, no crypto) runs before anything else, on every run; probe-target.ts
      // (CDNKIT_PROBE_CONNECT, no node:tls) is read with the inputs
      const startUp = ['src/certificates/pem.ts', 'src/certificates/probe-target.ts'];
      expect(reached.filter((file) => file.startsWith('src/certificates/')).sort()).toEqual(
        entry === 'src/operations/run.ts' ? [] : startUp,
      );
      expect(reached.filter((file) => /certificate/.test(file) && !startUp.includes(file))).toEqual(
        entry === 'src/operations/run.ts' ? [] : ['src/config/certificate-inputs.ts'],
      );
    });
  }

  for (const dir of ['dist', 'dist/cli']) {
    it(`${dir}: one chunk holds the certificate code, loaded with import()`, () => {
      const files = readdirSync(dir).filter((name) => name.endsWith('.js'));
      const holders = files.filter((name) => {
        const text = readFileSync(join(dir, name), 'utf8');
        return CERTIFICATE_MARKERS.some((marker) => text.includes(marker));
      });
      expect(holders).toHaveLength(1);
      expect(holders[0]).toMatch(/^\d+\.index\.js$/);
      const id = holders[0]!.split('.')[0];
      const loaders = files.filter((name) =>
        new RegExp(`\\.e\\(/\\* import\\(\\) \\*/ ${id}\\)`).test(
          readFileSync(join(dir, name), 'utf8'),
        ),
      );
      expect(loaders.length).toBeGreaterThan(0);
    });

    it(`${dir}: each provider's certificate client is a chunk of its own, imported on first use`, () => {
      const files = readdirSync(dir).filter((name) => name.endsWith('.js'));
      for (const client of [
        'GcoreCertificates',
        'CdnetworksCertificates',
        'MedianovaCertificates',
      ]) {
        const holders = files.filter((name) =>
          readFileSync(join(dir, name), 'utf8').includes(`class ${client}`),
        );
        expect(holders, client).toHaveLength(1);
        expect(holders[0], client).toMatch(/^\d+\.index\.js$/);
        const text = readFileSync(join(dir, holders[0]!), 'utf8');
        expect(
          CERTIFICATE_MARKERS.some((marker) => text.includes(marker)),
          client,
        ).toBe(false);
      }
    });
  }
});
