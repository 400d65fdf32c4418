
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "AddParticipantOutcome": [
      "AddParticipantFailed",
      "AddParticipantSucceeded"
    ],
    "AddParticipantResult": [
      "AcsError",
      "AddParticipantPayload",
      "InputError"
    ],
    "AnswerCallOutcome": [
      "AnswerFailed",
      "CallConnected"
    ],
    "AnswerCallResult": [
      "AcsError",
      "AnswerCallPayload",
      "InputError"
    ],
    "CallActionPayload": [
      "CancelAllMediaOperationsPayload",
      "HoldParticipantPayload",
      "MuteParticipantPayload",
      "PlayMediaPayload",
      "RecognizeChoicePayload",
      "RecognizeDtmfPayload",
      "RecognizeSpeechPayload",
      "RemoveParticipantPayload",
      "SendDtmfTonesPayload",
      "StartContinuousDtmfRecognitionPayload",
      "StartMediaStreamingPayload",
      "StartTranscriptionPayload",
      "StopContinuousDtmfRecognitionPayload",
      "StopMediaStreamingPayload",
      "StopTranscriptionPayload",
      "UnholdParticipantPayload",
      "UpdateTranscriptionPayload"
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
    "CancelAddParticipantOutcome": [
      "CancelAddParticipantFailed",
      "CancelAddParticipantSucceeded"
    ],
    "CancelAddParticipantResult": [
      "AcsError",
      "CancelAddParticipantPayload",
      "InputError"
    ],
    "CancelAllMediaOperationsResult": [
      "AcsError",
      "CancelAllMediaOperationsPayload",
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
    "ConnectOutcome": [
      "CallConnected",
      "ConnectFailed"
    ],
    "ConnectRoomCallResult": [
      "AcsError",
      "ConnectRoomCallPayload",
      "InputError"
    ],
    "CreateCallOutcome": [
      "CallConnected",
      "CreateCallFailed"
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
      "HoldParticipantPayload",
      "InputError"
    ],
    "IncomingCallEvent": [
      "IncomingCall",
      "IncomingCallAnswered",
      "IncomingCallEnded"
    ],
    "MoveParticipantOutcome": [
      "MoveParticipantFailed",
      "MoveParticipantSucceeded"
    ],
    "MoveParticipantsResult": [
      "AcsError",
      "InputError",
      "MoveParticipantsPayload"
    ],
    "MuteParticipantResult": [
      "AcsError",
      "InputError",
      "MuteParticipantPayload"
    ],
    "PauseRecordingResult": [
      "AcsError",
      "InputError",
      "RecordingPayload"
    ],
    "PlayMediaResult": [
      "AcsError",
      "InputError",
      "PlayMediaPayload"
    ],
    "PlayOutcome": [
      "PlayCanceled",
      "PlayCompleted",
      "PlayFailed"
    ],
    "RecognizeChoiceResult": [
      "AcsError",
      "InputError",
      "RecognizeChoicePayload"
    ],
    "RecognizeDtmfResult": [
      "AcsError",
      "InputError",
      "RecognizeDtmfPayload"
    ],
    "RecognizeOutcome": [
      "RecognizeCanceled",
      "RecognizeCompleted",
      "RecognizeFailed"
    ],
    "RecognizeSpeechResult": [
      "AcsError",
      "InputError",
      "RecognizeSpeechPayload"
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
    "RemoveParticipantOutcome": [
      "RemoveParticipantFailed",
      "RemoveParticipantSucceeded"
    ],
    "RemoveParticipantResult": [
      "AcsError",
      "InputError",
      "RemoveParticipantPayload"
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
    "SendDtmfTonesOutcome": [
      "SendDtmfTonesCompleted",
      "SendDtmfTonesFailed"
    ],
    "SendDtmfTonesResult": [
      "AcsError",
      "InputError",
      "SendDtmfTonesPayload"
    ],
    "StartContinuousDtmfRecognitionResult": [
      "AcsError",
      "InputError",
      "StartContinuousDtmfRecognitionPayload"
    ],
    "StartMediaStreamingOutcome": [
      "MediaStreamingFailed",
      "MediaStreamingStarted"
    ],
    "StartMediaStreamingResult": [
      "AcsError",
      "InputError",
      "StartMediaStreamingPayload"
    ],
    "StartRecordingOutcome": [
      "RecordingStateChanged",
      "StartRecordingFailed"
    ],
    "StartRecordingResult": [
      "AcsError",
      "InputError",
      "StartRecordingPayload"
    ],
    "StartTranscriptionOutcome": [
      "TranscriptionFailed",
      "TranscriptionStarted"
    ],
    "StartTranscriptionResult": [
      "AcsError",
      "InputError",
      "StartTranscriptionPayload"
    ],
    "StopContinuousDtmfRecognitionOutcome": [
      "ContinuousDtmfRecognitionStopped"
    ],
    "StopContinuousDtmfRecognitionResult": [
      "AcsError",
      "InputError",
      "StopContinuousDtmfRecognitionPayload"
    ],
    "StopMediaStreamingOutcome": [
      "MediaStreamingFailed",
      "MediaStreamingStopped"
    ],
    "StopMediaStreamingResult": [
      "AcsError",
      "InputError",
      "StopMediaStreamingPayload"
    ],
    "StopRecordingResult": [
      "AcsError",
      "InputError",
      "RecordingPayload"
    ],
    "StopTranscriptionOutcome": [
      "TranscriptionFailed",
      "TranscriptionStopped"
    ],
    "StopTranscriptionResult": [
      "AcsError",
      "InputError",
      "StopTranscriptionPayload"
    ],
    "TransferCallToParticipantResult": [
      "AcsError",
      "InputError",
      "TransferCallToParticipantPayload"
    ],
    "TransferOutcome": [
      "CallTransferAccepted",
      "CallTransferFailed"
    ],
    "UnholdParticipantResult": [
      "AcsError",
      "InputError",
      "UnholdParticipantPayload"
    ],
    "UpdateRoomResult": [
      "AcsError",
      "InputError",
      "UpdateRoomPayload"
    ],
    "UpdateTranscriptionOutcome": [
      "TranscriptionFailed",
      "TranscriptionUpdated"
    ],
    "UpdateTranscriptionResult": [
      "AcsError",
      "InputError",
      "UpdateTranscriptionPayload"
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
    "AddParticipantOutcome": [
      "AddParticipantFailed",
      "AddParticipantSucceeded"
    ],
    "AddParticipantResult": [
      "AcsError",
      "AddParticipantPayload",
      "InputError"
    ],
    "AnswerCallOutcome": [
      "AnswerFailed",
      "CallConnected"
    ],
    "AnswerCallResult": [
      "AcsError",
      "AnswerCallPayload",
      "InputError"
    ],
    "CallActionPayload": [
      "CancelAllMediaOperationsPayload",
      "HoldParticipantPayload",
      "MuteParticipantPayload",
      "PlayMediaPayload",
      "RecognizeChoicePayload",
      "RecognizeDtmfPayload",
      "RecognizeSpeechPayload",
      "RemoveParticipantPayload",
      "SendDtmfTonesPayload",
      "StartContinuousDtmfRecognitionPayload",
      "StartMediaStreamingPayload",
      "StartTranscriptionPayload",
      "StopContinuousDtmfRecognitionPayload",
      "StopMediaStreamingPayload",
      "StopTranscriptionPayload",
      "UnholdParticipantPayload",
      "UpdateTranscriptionPayload"
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
    "CancelAddParticipantOutcome": [
      "CancelAddParticipantFailed",
      "CancelAddParticipantSucceeded"
    ],
    "CancelAddParticipantResult": [
      "AcsError",
      "CancelAddParticipantPayload",
      "InputError"
    ],
    "CancelAllMediaOperationsResult": [
      "AcsError",
      "CancelAllMediaOperationsPayload",
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
    "ConnectOutcome": [
      "CallConnected",
      "ConnectFailed"
    ],
    "ConnectRoomCallResult": [
      "AcsError",
      "ConnectRoomCallPayload",
      "InputError"
    ],
    "CreateCallOutcome": [
      "CallConnected",
      "CreateCallFailed"
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
      "HoldParticipantPayload",
      "InputError"
    ],
    "IncomingCallEvent": [
      "IncomingCall",
      "IncomingCallAnswered",
      "IncomingCallEnded"
    ],
    "MoveParticipantOutcome": [
      "MoveParticipantFailed",
      "MoveParticipantSucceeded"
    ],
    "MoveParticipantsResult": [
      "AcsError",
      "InputError",
      "MoveParticipantsPayload"
    ],
    "MuteParticipantResult": [
      "AcsError",
      "InputError",
      "MuteParticipantPayload"
    ],
    "PauseRecordingResult": [
      "AcsError",
      "InputError",
      "RecordingPayload"
    ],
    "PlayMediaResult": [
      "AcsError",
      "InputError",
      "PlayMediaPayload"
    ],
    "PlayOutcome": [
      "PlayCanceled",
      "PlayCompleted",
      "PlayFailed"
    ],
    "RecognizeChoiceResult": [
      "AcsError",
      "InputError",
      "RecognizeChoicePayload"
    ],
    "RecognizeDtmfResult": [
      "AcsError",
      "InputError",
      "RecognizeDtmfPayload"
    ],
    "RecognizeOutcome": [
      "RecognizeCanceled",
      "RecognizeCompleted",
      "RecognizeFailed"
    ],
    "RecognizeSpeechResult": [
      "AcsError",
      "InputError",
      "RecognizeSpeechPayload"
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
    "RemoveParticipantOutcome": [
      "RemoveParticipantFailed",
      "RemoveParticipantSucceeded"
    ],
    "RemoveParticipantResult": [
      "AcsError",
      "InputError",
      "RemoveParticipantPayload"
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
    "SendDtmfTonesOutcome": [
      "SendDtmfTonesCompleted",
      "SendDtmfTonesFailed"
    ],
    "SendDtmfTonesResult": [
      "AcsError",
      "InputError",
      "SendDtmfTonesPayload"
    ],
    "StartContinuousDtmfRecognitionResult": [
      "AcsError",
      "InputError",
      "StartContinuousDtmfRecognitionPayload"
    ],
    "StartMediaStreamingOutcome": [
      "MediaStreamingFailed",
      "MediaStreamingStarted"
    ],
    "StartMediaStreamingResult": [
      "AcsError",
      "InputError",
      "StartMediaStreamingPayload"
    ],
    "StartRecordingOutcome": [
      "RecordingStateChanged",
      "StartRecordingFailed"
    ],
    "StartRecordingResult": [
      "AcsError",
      "InputError",
      "StartRecordingPayload"
    ],
    "StartTranscriptionOutcome": [
      "TranscriptionFailed",
      "TranscriptionStarted"
    ],
    "StartTranscriptionResult": [
      "AcsError",
      "InputError",
      "StartTranscriptionPayload"
    ],
    "StopContinuousDtmfRecognitionOutcome": [
      "ContinuousDtmfRecognitionStopped"
    ],
    "StopContinuousDtmfRecognitionResult": [
      "AcsError",
      "InputError",
      "StopContinuousDtmfRecognitionPayload"
    ],
    "StopMediaStreamingOutcome": [
      "MediaStreamingFailed",
      "MediaStreamingStopped"
    ],
    "StopMediaStreamingResult": [
      "AcsError",
      "InputError",
      "StopMediaStreamingPayload"
    ],
    "StopRecordingResult": [
      "AcsError",
      "InputError",
      "RecordingPayload"
    ],
    "StopTranscriptionOutcome": [
      "TranscriptionFailed",
      "TranscriptionStopped"
    ],
    "StopTranscriptionResult": [
      "AcsError",
      "InputError",
      "StopTranscriptionPayload"
    ],
    "TransferCallToParticipantResult": [
      "AcsError",
      "InputError",
      "TransferCallToParticipantPayload"
    ],
    "TransferOutcome": [
      "CallTransferAccepted",
      "CallTransferFailed"
    ],
    "UnholdParticipantResult": [
      "AcsError",
      "InputError",
      "UnholdParticipantPayload"
    ],
    "UpdateRoomResult": [
      "AcsError",
      "InputError",
      "UpdateRoomPayload"
    ],
    "UpdateTranscriptionOutcome": [
      "TranscriptionFailed",
      "TranscriptionUpdated"
    ],
    "UpdateTranscriptionResult": [
      "AcsError",
      "InputError",
      "UpdateTranscriptionPayload"
    ],
    "UpsertRoomParticipantsResult": [
      "AcsError",
      "InputError",
      "UpsertRoomParticipantsPayload"
    ]
  }
};
      export default result;
    