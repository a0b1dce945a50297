/**
 * bottleneck's light build (no clustering), the one the Octokit plugins load:
 * the package types only its main entry.
 */
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
