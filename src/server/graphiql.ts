/** GraphiQL's default document: the core flow, one named operation per step, run top to bottom. */
export const GRAPHIQL_DEFAULT_QUERY = `# Switchboard: a GraphQL gateway over Azure Communication Services Rooms and Call Automation.
#
# The core flow, one operation per step (pick it in the ▶ menu; paste ids into the Variables pane):
#   1. CreateRoom        a room whose call may dial phone numbers (pstnDialOutEnabled), with one
#                        presenter on its roster (against real ACS: a user id from the Identity service)
#   2. ConnectRoomCall   join the room's call                         → callConnectionId
#   3. CallEvents        (optional, in a second tab) watch every callback event live
#   4. DialPhone         dial a phone number into the call (caller id: a number of your ACS resource)
#   5. SendDtmf          send tones to the phone participant
#   6. RemovePhone       take the phone participant out of the call
#   7. HangUp            end the call for everyone
# Calls beyond the room:
#   CallAPhone           ring a phone from the resource               → callConnectionId
#   IncomingCalls        (in a second tab) calls ringing the resource; ring one with the emulator's
#                        POST /emulator/incoming-calls {"from":"+14255550123","to":"+18005550100"}
#   AnswerCall           answer one by its incomingCallContext (once: the other desks see it taken)
# Mutations return a union: the payload, or InputError / AcsError with code and message.

mutation CreateRoom {
  createRoom(input: {
    pstnDialOutEnabled: true
    participants: [{ communicationUserId: "8:acs:00000000-0000-4000-8000-000000000001_00000001-0000-0000-0000-000000000001", role: PRESENTER }]
  }) {
    ... on CreateRoomPayload { room { id validFrom validUntil pstnDialOutEnabled } }
    ... on Error { code message }
  }
}

mutation ConnectRoomCall($roomId: ID!) {
  connectRoomCall(input: { roomId: $roomId }) {
    ... on ConnectRoomCallPayload { call { callConnectionId state } operationContext }
    ... on Error { code message }
  }
}

subscription CallEvents($callConnectionId: ID!) {
  callEvents(callConnectionId: $callConnectionId) {
    __typename type cursor time operationContext
    resultInformation { code subCode message }
    ... on ParticipantsUpdated { participants { identifier { rawId } isMuted isOnHold } }
  }
}

mutation DialPhone($callConnectionId: ID!) {
  addParticipant(input: {
    callConnectionId: $callConnectionId
    participant: { phoneNumber: "+14255550123" }
    sourceCallerIdNumber: "+18005550100"
  }) {
    ... on AddParticipantPayload { invitationId operationContext }
    ... on InputError { field message }
    ... on AcsError { code status acsCode message }
  }
}

mutation SendDtmf($callConnectionId: ID!) {
  sendDtmfTones(input: {
    callConnectionId: $callConnectionId
    target: { phoneNumber: "+14255550123" }
    tones: [ONE, TWO, POUND]
  }) {
    ... on CallActionPayload { operationContext }
    ... on Error { code message }
  }
}

mutation RemovePhone($callConnectionId: ID!) {
  removeParticipant(input: { callConnectionId: $callConnectionId, participant: { phoneNumber: "+14255550123" } }) {
    ... on CallActionPayload { operationContext }
    ... on Error { code message }
  }
}

mutation CallAPhone {
  createCall(input: { targets: [{ phoneNumber: "+14255550123" }], sourceCallerIdNumber: "+18005550100" }) {
    ... on CreateCallPayload { call { callConnectionId state } operationContext }
    ... on Error { code message }
  }
}

subscription IncomingCalls {
  incomingCalls {
    __typename cursor incomingCallContext callerDisplayName expiresAt
    from { rawId }
    to { rawId }
    ... on IncomingCallAnswered { callConnectionId }
    ... on IncomingCallEnded { reason }
  }
}

mutation AnswerCall($incomingCallContext: String!) {
  answerCall(input: { incomingCallContext: $incomingCallContext }) {
    ... on AnswerCallPayload { call { callConnectionId state } }
    ... on Error { code message }
  }
}

mutation HangUp($callConnectionId: ID!) {
  hangUp(input: { callConnectionId: $callConnectionId, forEveryone: true }) {
    ... on HangUpPayload { callConnectionId }
    ... on Error { code message }
  }
}
`;
