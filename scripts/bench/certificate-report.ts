/** The certificate cold-start section of BENCHMARKS.md and its summary lines: pure, unit-tested. */
import type { CertificateStartBench } from './certificate-start.js';
import { formatBytes, formatMs, formatRatio, formatSpread, table } from './markdown.js';

export function certificateSection(bench: CertificateStartBench, pairs: number): string {
  const purge = bench.operations.find((operation) => operation.label.startsWith('purge, dry'));
  return [
    '## 7. Certificate operations: cold start',
    '',
    'Certificate code (node:crypto X.509 checks, the TLS probe, the rotation, each provider’s',
    'certificate client) sits in chunks of its own that only certificate operations import. Each',
    `row is \`node dist/index.js\` running that operation against the emulator on loopback (the`,
    `probe against its TLS edge), timed against \`node -e 0\` in ${pairs} alternating pairs; the`,
    'runs are spawned asynchronously because the emulator answers from the bench process.',
    '',
    table(
      ['operation', 'start to exit', 'over node', '× node', 'over a dry-run purge'],
      bench.operations.map((operation) => [
        operation.label,
        formatSpread(operation.subject),
        formatSpread(operation.overNode),
        formatRatio(operation.ratio.median),
        purge ? formatMs(operation.overNode.median - purge.overNode.median) : '—',
      ]),
      ['left', 'left', 'left', 'right', 'right'],
    ),
    '',
    table(
      ['chunk', 'size', 'holds'],
      bench.chunks.map((chunk) => [`dist/${chunk.name}`, formatBytes(chunk.bytes), chunk.holds]),
      ['left', 'right', 'left'],
    ),
  ].join('\n');
}

export function certificateSummary(bench: CertificateStartBench): string[] {
  return [
    `cold start by operation: ${bench.operations
      .map((operation) => `${operation.label} ${formatMs(operation.subject.median)}`)
      .join(', ')}`,
  ];
}
