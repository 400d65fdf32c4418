/**
 * The environment every bench tool starts the built gateway with (`npm run bench`, `bench/heap/profile.ts`), so
 * the gateway measured by one is the gateway measured by the other.
 */
export function gatewayEnvironment(callbackTokens: {
  /** `ACS_CALLBACK_ISSUER`: the `iss` of the callback tokens the load generator signs. */
  issuer: string;
  /** `ACS_RESOURCE_ID`: their `aud`. */
  audience: string;
  /** `ACS_CALLBACK_JWKS_URL`: where their public key is served (nowhere, when no callback is sent). */
  jwksUrl: string;
}): Record<string, string> {
  return {
    NODE_ENV: 'development',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    // The scenarios put up to 100 subscriptions on one socket and 50 sockets on one address; the
    // per-client defaults (limits against abuse) are below that, the baselines have none.
    WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: '1000',
    WS_MAX_CONNECTIONS_PER_CLIENT: '1000',
    // Never called: callbacks are sent directly, so no ACS request is made.
    ACS_CONNECTION_STRING: 'endpoint=http://127.0.0.1:9/;accesskey=YmVuY2g=',
    ACS_RESOURCE_ID: callbackTokens.audience,
    ACS_CALLBACK_ISSUER: callbackTokens.issuer,
    ACS_CALLBACK_JWKS_URL: callbackTokens.jwksUrl,
  };
}
