
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "AddParticipantResult": [
      "AcsError",
      "AddParticipantPayload",
      "InputError"
    ],
    "AnswerCallResult": [
      "AcsError",
      "AnswerCallPayload",
      "InputError"
    ],
    "CallEvent": [
      "AddParticipantFailed",
      "AddParticipantSucceeded",
      "AnswerFailed",
      "CallConnected",
      "CallDisconnected",
      "CallTransferAccepted",
      "CallTransferFailed",
      "CancelAddParticipantFailed",
      "CancelAddParticipantSucceeded",
      "ConnectFailed",
      "ContinuousDtmfRecognitionStopped",
      "ContinuousDtmfRecognitionToneFailed",
      "ContinuousDtmfRecognitionToneReceived",
      "CreateCallFailed",
      "EventsLost",
      "HoldFailed",
      "MediaStreamingFailed",
      "MediaStreamingStarted",
      "MediaStreamingStopped",
      "MoveParticipantFailed",
      "MoveParticipantSucceeded",
      "ParticipantsUpdated",
      "PlayCanceled",
      "PlayCompleted",
      "PlayFailed",
      "PlayStarted",
      "RecognizeCanceled",
      "RecognizeCompleted",
      "RecognizeFailed",
      "RecordingFileReady",
      "RecordingStateChanged",
      "RemoveParticipantFailed",
      "RemoveParticipantSucceeded",
      "SendDtmfTonesCompleted",
      "SendDtmfTonesFailed",
      "StartRecordingFailed",
      "TranscriptionData",
      "TranscriptionFailed",
      "TranscriptionStarted",
      "TranscriptionStopped",
      "TranscriptionUpdated",
      "UnknownCallEvent"
    ],
    "CancelAddParticipantResult": [
      "AcsError",
      "CancelAddParticipantPayload",
      "InputError"
    ],
    "CancelAllMediaOperationsResult": [
      "AcsError",
      "CallActionPayload",
      "InputError"
    ],
    "CommunicationIdentifier": [
      "CommunicationUserIdentifier",
      "MicrosoftTeamsUserIdentifier",
      "PhoneNumberIdentifier",
      "UnknownIdentifier"
    ],
    "ConnectCallResult": [
      "AcsError",
      "ConnectCallPayload",
      "InputError"
    ],
    "ConnectRoomCallResult": [
      "AcsError",
      "ConnectRoomCallPayload",
      "InputError"
    ],
    "CreateCallResult": [
      "AcsError",
      "CreateCallPayload",
      "InputError"
    ],
    "CreateRoomResult": [
      "AcsError",
      "CreateRoomPayload",
      "InputError"
    ],
    "DeleteRecordingResult": [
      "AcsError",
      "DeleteRecordingPayload",
      "InputError"
    ],
    "DeleteRoomResult": [
      "AcsError",
      "DeleteRoomPayload",
      "InputError"
    ],
    "Error": [
      "AcsError",
      "InputError"
    ],
    "HangUpResult": [
      "AcsError",
      "HangUpPayload",
      "InputError"
    ],
    "HoldParticipantResult": [
      "AcsError",
      "CallActionPayload",
      "InputError"
    ],
    "IncomingCallEvent": [
      "IncomingCall",
      "IncomingCallAnswered",
      "IncomingCallEnded"
    ],
    "MoveParticipantsResult": [
      "AcsError",
      "InputError",
      "MoveParticipantsPayload"
    ],
    "MuteParticipantResult": [
      "AcsError",
      "CallActionPayload",
      "InputError"
    ],
    "PauseRecordingResult": [
      "AcsError",
      "InputError",
      "RecordingPayload"
    ],
    "PlayMediaResult": [
      "AcsError",
      "CallActionPayload",
      "InputError"
    ],
    "RecognizeChoiceResult": [
      "AcsError",
      "CallActionPayload",
      "InputError"
    ],
    "RecognizeDtmfResult": [
      "AcsError",
      "CallActionPayload",
      "InputError"
    ],
    "RecognizeSpeechResult": [
      "AcsError",
      "CallActionPayload",
      "InputError"
    ],
    "RedirectCallResult": [
      "AcsError",
      "InputError",
      "RedirectCallPayload"
    ],
    "RejectCallResult": [
      "AcsError",
      "InputError",
      "RejectCallPayload"
    ],
    "RemoveParticipantResult": [
      "AcsError",
      "CallActionPayload",
      "InputError"
    ],
    "RemoveRoomParticipantsResult": [
      "AcsError",
      "InputError",
      "RemoveRoomParticipantsPayload"
    ],
    "ResumeRecordingResult": [
      "AcsError",
      "InputError",
      "RecordingPayload"
    ],
    "SendDtmfTonesResult": [
      "AcsError",
      "CallActionPayload",
      "InputError"
    ],
    "StartContinuousDtmfRecognitionResult": [
      "AcsError",
      "CallActionPayload",
      "InputError"
    ],
    "StartMediaStreamingResult": [
      "AcsError",
      "CallActionPayload",
      "InputError"
    ],
    "StartRecordingResult": [
      "AcsError",
      "InputError",
      "RecordingPayload"
    ],
    "StartTranscriptionResult": [
      "AcsError",
      "CallActionPayload",
      "InputError"
    ],
    "StopContinuousDtmfRecognitionResult": [
      "AcsError",
      "CallActionPayload",
      "InputError"
    ],
    "StopMediaStreamingResult": [
      "AcsError",
      "CallActionPayload",
      "InputError"
    ],
    "StopRecordingResult": [
      "AcsError",
      "InputError",
      "RecordingPayload"
    ],
    "StopTranscriptionResult": [
      "AcsError",
      "CallActionPayload",
      "InputError"
    ],
    "TransferCallToParticipantResult": [
      "AcsError",
      "InputError",
      "TransferCallToParticipantPayload"
    ],
    "UnholdParticipantResult": [
      "AcsError",
      "CallActionPayload",
      "InputError"
    ],
    "UpdateRoomResult": [
      "AcsError",
      "InputError",
      "UpdateRoomPayload"
    ],
    "UpdateTranscriptionResult": [
      "AcsError",
      "CallActionPayload",
      "InputError"
    ],
    "UpsertRoomParticipantsResult": [
      "AcsError",
      "InputError",
      "UpsertRoomParticipantsPayload"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "AddParticipantResult": [
      "AcsError",
      "AddParticipantPayload",
      "InputError"
    ],
    "AnswerCallResult": [
      "AcsError",
      "AnswerCallPayload",
      "InputError"
    ],
    "CallEvent": [
      "AddParticipantFailed",
      "AddParticipantSucceeded",
      "AnswerFailed",
      "CallConnected",
      "CallDisconnected",
      "CallTransferAccepted",
      "CallTransferFailed",
      "CancelAddParticipantFailed",
      "CancelAddParticipantSucceeded",
      "ConnectFailed",
      "ContinuousDtmfRecognitionStopped",
      "ContinuousDtmfRecognitionToneFailed",
      "ContinuousDtmfRecognitionToneReceived",
      "CreateCallFailed",
      "EventsLost",
      "HoldFailed",
      "MediaStreamingFailed",
      "MediaStreamingStarted",
      "MediaStreamingStopped",
      "MoveParticipantFailed",
      "MoveParticipantSucceeded",
      "ParticipantsUpdated",
      "PlayCanceled",
      "PlayCompleted",
      "PlayFailed",
      "PlayStarted",
      "RecognizeCanceled",
      "RecognizeCompleted",
      "RecognizeFailed",
      "RecordingFileReady",
      "RecordingStateChanged",
      "RemoveParticipantFailed",
      "RemoveParticipantSucceeded",
      "SendDtmfTonesCompleted",
      "SendDtmfTonesFailed",
      "StartRecordingFailed",
      "TranscriptionData",
      "TranscriptionFailed",
      "TranscriptionStarted",
      "TranscriptionStopped",
      "TranscriptionUpdated",
      "UnknownCallEvent"
    ],
    "CancelAddParticipantResult": [
      "AcsError",
      "CancelAddParticipantPayload",
      "InputError"
    ],
    "CancelAllMediaOperationsResult": [
      "AcsError",
      "CallActionPayload",
      "InputError"
    ],
    "CommunicationIdentifier": [
      "CommunicationUserIdentifier",
      "MicrosoftTeamsUserIdentifier",
      "PhoneNumberIdentifier",
      "UnknownIdentifier"
    ],
    "ConnectCallResult": [
      "AcsError",
      "ConnectCallPayload",
      "InputError"
    ],
    "ConnectRoomCallResult": [
      "AcsError",
      "ConnectRoomCallPayload",
      "InputError"
    ],
    "CreateCallResult": [
      "AcsError",
      "CreateCallPayload",
      "InputError"
    ],
    "CreateRoomResult": [
      "AcsError",
      "CreateRoomPayload",
      "InputError"
    ],
    "DeleteRecordingResult": [
      "AcsError",
      "DeleteRecordingPayload",
      "InputError"
    ],
    "DeleteRoomResult": [
      "AcsError",
      "DeleteRoomPayload",
      "InputError"
    ],
    "Error": [
      "AcsError",
      "InputError"
    ],
    "HangUpResult": [
      "AcsError",
      "HangUpPayload",
      "InputError"
    ],
    "HoldParticipantResult": [
      "AcsError",
      "CallActionPayload",
      "InputError"
    ],
    "IncomingCallEvent": [
      "IncomingCall",
      "IncomingCallAnswered",
      "IncomingCallEnded"
    ],
    "MoveParticipantsResult": [
      "AcsError",
      "InputError",
      "MoveParticipantsPayload"
    ],
    "MuteParticipantResult": [
      "AcsError",
      "CallActionPayload",
      "InputError"
    ],
    "PauseRecordingResult": [
      "AcsError",
      "InputError",
      "RecordingPayload"
    ],
    "PlayMediaResult": [
      "AcsError",
      "CallActionPayload",
      "InputError"
    ],
    "RecognizeChoiceResult": [
      "AcsError",
      "CallActionPayload",
      "InputError"
    ],
    "RecognizeDtmfResult": [
      "AcsError",
      "CallActionPayload",
      "InputError"
    ],
    "RecognizeSpeechResult": [
      "AcsError",
      "CallActionPayload",
      "InputError"
    ],
    "RedirectCallResult": [
      "AcsError",
      "InputError",
      "RedirectCallPayload"
    ],
    "RejectCallResult": [
      "AcsError",
      "InputError",
      "RejectCallPayload"
    ],
    "RemoveParticipantResult": [
      "AcsError",
      "CallActionPayload",
      "InputError"
    ],
    "RemoveRoomParticipantsResult": [
      "AcsError",
      "InputError",
      "RemoveRoomParticipantsPayload"
    ],
    "ResumeRecordingResult": [
      "AcsError",
      "InputError",
      "RecordingPayload"
    ],
    "SendDtmfTonesResult": [
      "AcsError",
      "CallActionPayload",
      "InputError"
    ],
    "StartContinuousDtmfRecognitionResult": [
      "AcsError",
      "CallActionPayload",
      "InputError"
    ],
    "StartMediaStreamingResult": [
      "AcsError",
      "CallActionPayload",
      "InputError"
    ],
    "StartRecordingResult": [
      "AcsError",
      "InputError",
      "RecordingPayload"
    ],
    "StartTranscriptionResult": [
      "AcsError",
      "CallActionPayload",
      "InputError"
    ],
    "StopContinuousDtmfRecognitionResult": [
      "AcsError",
      "CallActionPayload",
      "InputError"
    ],
    "StopMediaStreamingResult": [
      "AcsError",
      "CallActionPayload",
      "InputError"
    ],
    "StopRecordingResult": [
      "AcsError",
      "InputError",
      "RecordingPayload"
    ],
    "StopTranscriptionResult": [
      "AcsError",
      "CallActionPayload",
      "InputError"
    ],
    "TransferCallToParticipantResult": [
      "AcsError",
      "InputError",
      "TransferCallToParticipantPayload"
    ],
    "UnholdParticipantResult": [
      "AcsError",
      "CallActionPayload",
      "InputError"
    ],
    "UpdateRoomResult": [
      "AcsError",
      "InputError",
      "UpdateRoomPayload"
    ],
    "UpdateTranscriptionResult": [
      "AcsError",
      "CallActionPayload",
      "InputError"
    ],
    "UpsertRoomParticipantsResult": [
      "AcsError",
      "InputError",
      "UpsertRoomParticipantsPayload"
    ]
  }
};
      export default result;
    