// Await an action's outcome in the same request: select `outcome` and the mutation answers once the event that
// ends the action is in the call's log (or with `outcomeError` when none came in time). No subscription, no
// matching of operationContext by hand. Without `outcome` in the selection, nothing is awaited.
import { AddParticipantAndWaitDocument, type AddParticipantAndWaitMutation } from '@switchboard/client';
import { type ExecutionResult, print } from 'graphql';

export async function dialAndWait(graphqlUrl: string, callConnectionId: string, phoneNumber: string) {
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: print(AddParticipantAndWaitDocument),
      variables: {
        input: { callConnectionId, participant: { phoneNumber }, sourceCallerIdNumber: '+18005550100' },
        timeoutSeconds: 60,
      },
    }),
  });
  const { data, errors } = (await response.json()) as ExecutionResult<AddParticipantAndWaitMutation>;
  if (!data) throw new Error(errors?.[0]?.message);
  const result = data.addParticipant;
  if (result.__typename !== 'AddParticipantPayload') return `not dialled: ${result.code} ${result.message}`;
  const { outcome, outcomeError } = result;
  // The invitation was sent either way; outcomeError says why there is no outcome (e.g. OUTCOME_TIMEOUT).
  if (!outcome) return `no answer yet: ${outcomeError?.code}`;
  if (outcome.__typename === 'AddParticipantSucceeded') return 'answered';
  return `failed: ${outcome.resultInformation?.code}`; // AddParticipantFailed: 486 busy, 603 declined, …
}
