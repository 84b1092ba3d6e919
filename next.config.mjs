import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const deniedFeatures =
  'accelerometer autoplay camera display-capture geolocation gyroscope hid magnetometer microphone midi payment serial usb';
const staticSecurityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  {
    key: 'Permissions-Policy',
    value: deniedFeatures
      .split(' ')
      .map((f) => `${f}=()`)
      .join(', '),
  },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Server action bodies; proxy.ts answers 413 above it (lib/http/request-guard.ts mirrors it).
  experimental: { serverActions: { bodySizeLimit: '1mb' } },
  // `npm run typecheck` (tsc, strict) runs in CI; skipping it here keeps `npm start` fast.
  typescript: { ignoreBuildErrors: true },
  // Native, WebAssembly and database packages are loaded from node_modules at run time.
  serverExternalPackages: [
    '@electric-sql/pglite',
    'pglite-prisma-adapter',
    '@prisma/adapter-pg',
    '@prisma/schema-engine-wasm',
    '@node-rs/argon2',
    'pg',
    'sql.js',
  ],
  // The constant security headers, for every path (static files included). They repeat
  // STATIC_SECURITY_HEADERS in lib/http/security-headers.ts, which a test keeps in step;
  // proxy.ts adds the Content-Security-Policy (with a per-request nonce) and HSTS.
  async headers() {
    return [{ source: '/:path*', headers: staticSecurityHeaders }];
  },
};

export default withNextIntl(nextConfig);
