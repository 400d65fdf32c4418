// urql: queries and mutations over HTTP, subscriptions over graphql-ws. Results keep their `__typename`, so
// `... on Error { code message }` works; with Graphcache, pass the same `possibleTypes` data as its schema hints.
import { Client, cacheExchange, fetchExchange, subscriptionExchange } from '@urql/core';
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
      cacheExchange,
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
