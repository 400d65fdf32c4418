// urql: queries and mutations over HTTP, subscriptions over graphql-ws, and Graphcache (a normalized cache)
// configured by `cacheConfig.urql`: the same keys and lookups as Apollo's, and the schema for fragment matching.

import { cacheConfig } from '@switchboard/client';
import { Client, fetchExchange, subscriptionExchange } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import { createClient } from 'graphql-ws';

export function createUrqlClient(url: string, getToken: () => string | null = () => null) {
  const ws = createClient({
    url: url.replace(/^http/, 'ws'),
    connectionParams: () => {
      const token = getToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
  });
  return new Client({
    url,
    fetchOptions: () => {
      const token = getToken();
      return token ? { headers: { authorization: `Bearer ${token}` } } : {};
    },
    exchanges: [
      cacheExchange(cacheConfig.urql),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({
            unsubscribe: ws.subscribe({ ...request, query: request.query ?? '' }, sink),
          }),
        }),
      }),
    ],
  });
}
