import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // src/server.ts (Express) owns the HTTP layer; Next renders the admin and serves REST/GraphQL.
  poweredByHeader: false,
  // `npm run typecheck` checks the whole project (tests included) in CI; building does not repeat it.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // Payload decides how to log and answer an error by its class name (Forbidden, NotFound, ...);
    // minified server bundles rename those classes, turning every 403 into a logged stack trace.
    serverMinification: false,
    // The app has two root layouts (site and admin); src/app/global-not-found.tsx is the 404 a
    // first request gets, rendered on the server in the site's look.
    globalNotFound: true,
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
