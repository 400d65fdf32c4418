// Apollo Client 4: queries and mutations over HTTP, subscriptions over graphql-ws, and the cache configured by
// `cacheConfig.apollo`: which types implement `Error` and `CallEvent` (without `possibleTypes`, `... on Error
// { code message }` reads nothing), objects keyed by `id` (the `Call` of `connectRoomCall` and of `call(id)` are one
// entry), and `call`/`recording`/`room` lookups answered from the cache when it holds that object.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { cacheConfig } from '@switchboard/client';
import { createClient } from 'graphql-ws';

export function createApolloClient(url: string, getToken: () => string | null = () => null) {
  const auth = new SetContextLink((previous) => {
    const token = getToken();
    return { headers: { ...previous.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } };
  });
  const ws = new GraphQLWsLink(
    createClient({
      url: url.replace(/^http/, 'ws'),
      connectionParams: () => {
        const token = getToken();
        return token ? { authorization: `Bearer ${token}` } : {};
      },
    }),
  );
  const isSubscription = ({ query }: ApolloLink.Operation) => {
    const definition = getMainDefinition(query);
    return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
  };
  return new ApolloClient({
    link: ApolloLink.split(isSubscription, ws, auth.concat(new HttpLink({ uri: url }))),
    cache: new InMemoryCache(cacheConfig.apollo),
  });
}
