/** Every CDNetworks path cdnkit calls, in one place so they are easy to correct. */
export const ENDPOINTS = {
  purge: '/ccm/purge/ItemIdReceiver',
  purgeStatus: '/ccm/purge/ItemIdQuery',
  prefetch: '/ccm/fetch/ItemIdReceiver',
  prefetchStatus: '/ccm/fetch/ItemIdQuery',
  quota: '/ccm/purge/quota',
} as const;
