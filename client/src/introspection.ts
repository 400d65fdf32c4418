import type { IntrospectionQuery } from 'graphql';
export default {
  "__schema": {
    "queryType": {
      "name": "Query",
      "kind": "OBJECT"
    },
    "mutationType": {
      "name": "Mutation",
      "kind": "OBJECT"
    },
    "subscriptionType": {
      "name": "Subscription",
      "kind": "OBJECT"
    },
    "types": [
      {
        "kind": "OBJECT",
        "name": "AcsError",
        "fields": [
          {
            "name": "acsCode",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "code",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "message",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "retryAfterSeconds",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "status",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "Error"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "AddParticipantFailed",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "correlationId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "cursor",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "id",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "invitationId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "participant",
            "type": {
              "kind": "INTERFACE",
              "name": "CommunicationIdentifier",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "resultInformation",
            "type": {
              "kind": "OBJECT",
              "name": "ResultInformation",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "serverCallId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "time",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "type",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallEvent"
          }
        ]
      },
      {
        "kind": "UNION",
        "name": "AddParticipantOutcome",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AddParticipantFailed"
          },
          {
            "kind": "OBJECT",
            "name": "AddParticipantSucceeded"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "AddParticipantPayload",
        "fields": [
          {
            "name": "invitationId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "outcome",
            "type": {
              "kind": "UNION",
              "name": "AddParticipantOutcome",
              "ofType": null
            },
            "args": [
              {
                "name": "timeoutSeconds",
                "type": {
                  "kind": "SCALAR",
                  "name": "Any"
                }
              }
            ]
          },
          {
            "name": "outcomeError",
            "type": {
              "kind": "OBJECT",
              "name": "OutcomeError",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "participant",
            "type": {
              "kind": "OBJECT",
              "name": "CallParticipant",
              "ofType": null
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "UNION",
        "name": "AddParticipantResult",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AcsError"
          },
          {
            "kind": "OBJECT",
            "name": "AddParticipantPayload"
          },
          {
            "kind": "OBJECT",
            "name": "InputError"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "AddParticipantSucceeded",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "correlationId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "cursor",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "id",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "invitationId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "participant",
            "type": {
              "kind": "INTERFACE",
              "name": "CommunicationIdentifier",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "resultInformation",
            "type": {
              "kind": "OBJECT",
              "name": "ResultInformation",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "serverCallId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "time",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "type",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallEvent"
          }
        ]
      },
      {
        "kind": "UNION",
        "name": "AnswerCallOutcome",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AnswerFailed"
          },
          {
            "kind": "OBJECT",
            "name": "CallConnected"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "AnswerCallPayload",
        "fields": [
          {
            "name": "call",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "Call",
                "kind": "OBJECT",
                "ofType": null
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "outcome",
            "type": {
              "kind": "UNION",
              "name": "AnswerCallOutcome",
              "ofType": null
            },
            "args": [
              {
                "name": "timeoutSeconds",
                "type": {
                  "kind": "SCALAR",
                  "name": "Any"
                }
              }
            ]
          },
          {
            "name": "outcomeError",
            "type": {
              "kind": "OBJECT",
              "name": "OutcomeError",
              "ofType": null
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "UNION",
        "name": "AnswerCallResult",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AcsError"
          },
          {
            "kind": "OBJECT",
            "name": "AnswerCallPayload"
          },
          {
            "kind": "OBJECT",
            "name": "InputError"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "AnswerFailed",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "correlationId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "cursor",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "id",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "resultInformation",
            "type": {
              "kind": "OBJECT",
              "name": "ResultInformation",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "serverCallId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "time",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "type",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallEvent"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "Call",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "correlationId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "cursor",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "events",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "LIST",
                "ofType": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "name": "CallEvent",
                    "kind": "INTERFACE",
                    "ofType": null
                  }
                }
              }
            },
            "args": [
              {
                "name": "after",
                "type": {
                  "kind": "SCALAR",
                  "name": "Any"
                }
              },
              {
                "name": "first",
                "type": {
                  "kind": "SCALAR",
                  "name": "Any"
                }
              }
            ]
          },
          {
            "name": "id",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "mediaStreamingSubscription",
            "type": {
              "kind": "OBJECT",
              "name": "MediaStreamingSubscription",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "participants",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "LIST",
                "ofType": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "name": "CallParticipant",
                    "kind": "OBJECT",
                    "ofType": null
                  }
                }
              }
            },
            "args": []
          },
          {
            "name": "room",
            "type": {
              "kind": "OBJECT",
              "name": "Room",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "roomId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "serverCallId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "state",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "transcriptionSubscription",
            "type": {
              "kind": "OBJECT",
              "name": "TranscriptionSubscription",
              "ofType": null
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "INTERFACE",
        "name": "CallActionPayload",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": [],
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "CancelAllMediaOperationsPayload"
          },
          {
            "kind": "OBJECT",
            "name": "HoldParticipantPayload"
          },
          {
            "kind": "OBJECT",
            "name": "MuteParticipantPayload"
          },
          {
            "kind": "OBJECT",
            "name": "PlayMediaPayload"
          },
          {
            "kind": "OBJECT",
            "name": "RecognizeChoicePayload"
          },
          {
            "kind": "OBJECT",
            "name": "RecognizeDtmfPayload"
          },
          {
            "kind": "OBJECT",
            "name": "RecognizeSpeechPayload"
          },
          {
            "kind": "OBJECT",
            "name": "RemoveParticipantPayload"
          },
          {
            "kind": "OBJECT",
            "name": "SendDtmfTonesPayload"
          },
          {
            "kind": "OBJECT",
            "name": "StartContinuousDtmfRecognitionPayload"
          },
          {
            "kind": "OBJECT",
            "name": "StartMediaStreamingPayload"
          },
          {
            "kind": "OBJECT",
            "name": "StartTranscriptionPayload"
          },
          {
            "kind": "OBJECT",
            "name": "StopContinuousDtmfRecognitionPayload"
          },
          {
            "kind": "OBJECT",
            "name": "StopMediaStreamingPayload"
          },
          {
            "kind": "OBJECT",
            "name": "StopTranscriptionPayload"
          },
          {
            "kind": "OBJECT",
            "name": "UnholdParticipantPayload"
          },
          {
            "kind": "OBJECT",
            "name": "UpdateTranscriptionPayload"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "CallConnected",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "correlationId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "cursor",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "id",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "resultInformation",
            "type": {
              "kind": "OBJECT",
              "name": "ResultInformation",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "serverCallId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "time",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "type",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallEvent"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "CallDisconnected",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "correlationId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "cursor",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "id",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "resultInformation",
            "type": {
              "kind": "OBJECT",
              "name": "ResultInformation",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "serverCallId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "time",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "type",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallEvent"
          }
        ]
      },
      {
        "kind": "INTERFACE",
        "name": "CallEvent",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "correlationId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "cursor",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "id",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "resultInformation",
            "type": {
              "kind": "OBJECT",
              "name": "ResultInformation",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "serverCallId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "time",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "type",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": [],
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AddParticipantFailed"
          },
          {
            "kind": "OBJECT",
            "name": "AddParticipantSucceeded"
          },
          {
            "kind": "OBJECT",
            "name": "AnswerFailed"
          },
          {
            "kind": "OBJECT",
            "name": "CallConnected"
          },
          {
            "kind": "OBJECT",
            "name": "CallDisconnected"
          },
          {
            "kind": "OBJECT",
            "name": "CallTransferAccepted"
          },
          {
            "kind": "OBJECT",
            "name": "CallTransferFailed"
          },
          {
            "kind": "OBJECT",
            "name": "CancelAddParticipantFailed"
          },
          {
            "kind": "OBJECT",
            "name": "CancelAddParticipantSucceeded"
          },
          {
            "kind": "OBJECT",
            "name": "ConnectFailed"
          },
          {
            "kind": "OBJECT",
            "name": "ContinuousDtmfRecognitionStopped"
          },
          {
            "kind": "OBJECT",
            "name": "ContinuousDtmfRecognitionToneFailed"
          },
          {
            "kind": "OBJECT",
            "name": "ContinuousDtmfRecognitionToneReceived"
          },
          {
            "kind": "OBJECT",
            "name": "CreateCallFailed"
          },
          {
            "kind": "OBJECT",
            "name": "EventsLost"
          },
          {
            "kind": "OBJECT",
            "name": "HoldFailed"
          },
          {
            "kind": "OBJECT",
            "name": "MediaStreamingFailed"
          },
          {
            "kind": "OBJECT",
            "name": "MediaStreamingStarted"
          },
          {
            "kind": "OBJECT",
            "name": "MediaStreamingStopped"
          },
          {
            "kind": "OBJECT",
            "name": "MoveParticipantFailed"
          },
          {
            "kind": "OBJECT",
            "name": "MoveParticipantSucceeded"
          },
          {
            "kind": "OBJECT",
            "name": "ParticipantsUpdated"
          },
          {
            "kind": "OBJECT",
            "name": "PlayCanceled"
          },
          {
            "kind": "OBJECT",
            "name": "PlayCompleted"
          },
          {
            "kind": "OBJECT",
            "name": "PlayFailed"
          },
          {
            "kind": "OBJECT",
            "name": "PlayStarted"
          },
          {
            "kind": "OBJECT",
            "name": "RecognizeCanceled"
          },
          {
            "kind": "OBJECT",
            "name": "RecognizeCompleted"
          },
          {
            "kind": "OBJECT",
            "name": "RecognizeFailed"
          },
          {
            "kind": "OBJECT",
            "name": "RecordingFileReady"
          },
          {
            "kind": "OBJECT",
            "name": "RecordingStateChanged"
          },
          {
            "kind": "OBJECT",
            "name": "RemoveParticipantFailed"
          },
          {
            "kind": "OBJECT",
            "name": "RemoveParticipantSucceeded"
          },
          {
            "kind": "OBJECT",
            "name": "SendDtmfTonesCompleted"
          },
          {
            "kind": "OBJECT",
            "name": "SendDtmfTonesFailed"
          },
          {
            "kind": "OBJECT",
            "name": "StartRecordingFailed"
          },
          {
            "kind": "OBJECT",
            "name": "TranscriptionData"
          },
          {
            "kind": "OBJECT",
            "name": "TranscriptionFailed"
          },
          {
            "kind": "OBJECT",
            "name": "TranscriptionStarted"
          },
          {
            "kind": "OBJECT",
            "name": "TranscriptionStopped"
          },
          {
            "kind": "OBJECT",
            "name": "TranscriptionUpdated"
          },
          {
            "kind": "OBJECT",
            "name": "UnknownCallEvent"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "CallParticipant",
        "fields": [
          {
            "name": "identifier",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "CommunicationIdentifier",
                "kind": "INTERFACE",
                "ofType": null
              }
            },
            "args": []
          },
          {
            "name": "isMuted",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "isOnHold",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "CallTransferAccepted",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "correlationId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "cursor",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "id",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "resultInformation",
            "type": {
              "kind": "OBJECT",
              "name": "ResultInformation",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "serverCallId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "time",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "type",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallEvent"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "CallTransferFailed",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "correlationId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "cursor",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "id",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "resultInformation",
            "type": {
              "kind": "OBJECT",
              "name": "ResultInformation",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "serverCallId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "time",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "type",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallEvent"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "CancelAddParticipantFailed",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "correlationId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "cursor",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "id",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "invitationId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "resultInformation",
            "type": {
              "kind": "OBJECT",
              "name": "ResultInformation",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "serverCallId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "time",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "type",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallEvent"
          }
        ]
      },
      {
        "kind": "UNION",
        "name": "CancelAddParticipantOutcome",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "CancelAddParticipantFailed"
          },
          {
            "kind": "OBJECT",
            "name": "CancelAddParticipantSucceeded"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "CancelAddParticipantPayload",
        "fields": [
          {
            "name": "invitationId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "outcome",
            "type": {
              "kind": "UNION",
              "name": "CancelAddParticipantOutcome",
              "ofType": null
            },
            "args": [
              {
                "name": "timeoutSeconds",
                "type": {
                  "kind": "SCALAR",
                  "name": "Any"
                }
              }
            ]
          },
          {
            "name": "outcomeError",
            "type": {
              "kind": "OBJECT",
              "name": "OutcomeError",
              "ofType": null
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "UNION",
        "name": "CancelAddParticipantResult",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AcsError"
          },
          {
            "kind": "OBJECT",
            "name": "CancelAddParticipantPayload"
          },
          {
            "kind": "OBJECT",
            "name": "InputError"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "CancelAddParticipantSucceeded",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "correlationId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "cursor",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "id",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "invitationId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "resultInformation",
            "type": {
              "kind": "OBJECT",
              "name": "ResultInformation",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "serverCallId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "time",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "type",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallEvent"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "CancelAllMediaOperationsPayload",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallActionPayload"
          }
        ]
      },
      {
        "kind": "UNION",
        "name": "CancelAllMediaOperationsResult",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AcsError"
          },
          {
            "kind": "OBJECT",
            "name": "CancelAllMediaOperationsPayload"
          },
          {
            "kind": "OBJECT",
            "name": "InputError"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "ChoiceResult",
        "fields": [
          {
            "name": "confidence",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "label",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "recognizedPhrase",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "INTERFACE",
        "name": "CommunicationIdentifier",
        "fields": [
          {
            "name": "rawId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": [],
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "CommunicationUserIdentifier"
          },
          {
            "kind": "OBJECT",
            "name": "MicrosoftTeamsUserIdentifier"
          },
          {
            "kind": "OBJECT",
            "name": "PhoneNumberIdentifier"
          },
          {
            "kind": "OBJECT",
            "name": "UnknownIdentifier"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "CommunicationUserIdentifier",
        "fields": [
          {
            "name": "communicationUserId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "rawId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CommunicationIdentifier"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "ConnectCallPayload",
        "fields": [
          {
            "name": "call",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "Call",
                "kind": "OBJECT",
                "ofType": null
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "outcome",
            "type": {
              "kind": "UNION",
              "name": "ConnectOutcome",
              "ofType": null
            },
            "args": [
              {
                "name": "timeoutSeconds",
                "type": {
                  "kind": "SCALAR",
                  "name": "Any"
                }
              }
            ]
          },
          {
            "name": "outcomeError",
            "type": {
              "kind": "OBJECT",
              "name": "OutcomeError",
              "ofType": null
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "UNION",
        "name": "ConnectCallResult",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AcsError"
          },
          {
            "kind": "OBJECT",
            "name": "ConnectCallPayload"
          },
          {
            "kind": "OBJECT",
            "name": "InputError"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "ConnectFailed",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "correlationId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "cursor",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "id",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "resultInformation",
            "type": {
              "kind": "OBJECT",
              "name": "ResultInformation",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "serverCallId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "time",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "type",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallEvent"
          }
        ]
      },
      {
        "kind": "UNION",
        "name": "ConnectOutcome",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "CallConnected"
          },
          {
            "kind": "OBJECT",
            "name": "ConnectFailed"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "ConnectRoomCallPayload",
        "fields": [
          {
            "name": "call",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "Call",
                "kind": "OBJECT",
                "ofType": null
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "outcome",
            "type": {
              "kind": "UNION",
              "name": "ConnectOutcome",
              "ofType": null
            },
            "args": [
              {
                "name": "timeoutSeconds",
                "type": {
                  "kind": "SCALAR",
                  "name": "Any"
                }
              }
            ]
          },
          {
            "name": "outcomeError",
            "type": {
              "kind": "OBJECT",
              "name": "OutcomeError",
              "ofType": null
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "UNION",
        "name": "ConnectRoomCallResult",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AcsError"
          },
          {
            "kind": "OBJECT",
            "name": "ConnectRoomCallPayload"
          },
          {
            "kind": "OBJECT",
            "name": "InputError"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "ContinuousDtmfRecognitionStopped",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "correlationId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "cursor",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "id",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "resultInformation",
            "type": {
              "kind": "OBJECT",
              "name": "ResultInformation",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "serverCallId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "time",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "type",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallEvent"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "ContinuousDtmfRecognitionToneFailed",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "correlationId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "cursor",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "id",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "resultInformation",
            "type": {
              "kind": "OBJECT",
              "name": "ResultInformation",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "serverCallId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "time",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "type",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallEvent"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "ContinuousDtmfRecognitionToneReceived",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "correlationId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "cursor",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "id",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "resultInformation",
            "type": {
              "kind": "OBJECT",
              "name": "ResultInformation",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "sequenceId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "serverCallId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "time",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "tone",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "type",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallEvent"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "CreateCallFailed",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "correlationId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "cursor",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "id",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "resultInformation",
            "type": {
              "kind": "OBJECT",
              "name": "ResultInformation",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "serverCallId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "time",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "type",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallEvent"
          }
        ]
      },
      {
        "kind": "UNION",
        "name": "CreateCallOutcome",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "CallConnected"
          },
          {
            "kind": "OBJECT",
            "name": "CreateCallFailed"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "CreateCallPayload",
        "fields": [
          {
            "name": "call",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "Call",
                "kind": "OBJECT",
                "ofType": null
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "outcome",
            "type": {
              "kind": "UNION",
              "name": "CreateCallOutcome",
              "ofType": null
            },
            "args": [
              {
                "name": "timeoutSeconds",
                "type": {
                  "kind": "SCALAR",
                  "name": "Any"
                }
              }
            ]
          },
          {
            "name": "outcomeError",
            "type": {
              "kind": "OBJECT",
              "name": "OutcomeError",
              "ofType": null
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "UNION",
        "name": "CreateCallResult",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AcsError"
          },
          {
            "kind": "OBJECT",
            "name": "CreateCallPayload"
          },
          {
            "kind": "OBJECT",
            "name": "InputError"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "CreateRoomPayload",
        "fields": [
          {
            "name": "room",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "Room",
                "kind": "OBJECT",
                "ofType": null
              }
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "UNION",
        "name": "CreateRoomResult",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AcsError"
          },
          {
            "kind": "OBJECT",
            "name": "CreateRoomPayload"
          },
          {
            "kind": "OBJECT",
            "name": "InputError"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "DeleteRecordingPayload",
        "fields": [
          {
            "name": "deleteLocation",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "UNION",
        "name": "DeleteRecordingResult",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AcsError"
          },
          {
            "kind": "OBJECT",
            "name": "DeleteRecordingPayload"
          },
          {
            "kind": "OBJECT",
            "name": "InputError"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "DeleteRoomPayload",
        "fields": [
          {
            "name": "deletedRoomId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "UNION",
        "name": "DeleteRoomResult",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AcsError"
          },
          {
            "kind": "OBJECT",
            "name": "DeleteRoomPayload"
          },
          {
            "kind": "OBJECT",
            "name": "InputError"
          }
        ]
      },
      {
        "kind": "INTERFACE",
        "name": "Error",
        "fields": [
          {
            "name": "code",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "message",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": [],
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AcsError"
          },
          {
            "kind": "OBJECT",
            "name": "InputError"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "EventsLost",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "correlationId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "cursor",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "id",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "oldestRetainedCursor",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "requestedAfter",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "resultInformation",
            "type": {
              "kind": "OBJECT",
              "name": "ResultInformation",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "serverCallId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "time",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "type",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallEvent"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "HangUpPayload",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "UNION",
        "name": "HangUpResult",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AcsError"
          },
          {
            "kind": "OBJECT",
            "name": "HangUpPayload"
          },
          {
            "kind": "OBJECT",
            "name": "InputError"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "HoldFailed",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "correlationId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "cursor",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "id",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "resultInformation",
            "type": {
              "kind": "OBJECT",
              "name": "ResultInformation",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "serverCallId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "time",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "type",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallEvent"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "HoldParticipantPayload",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallActionPayload"
          }
        ]
      },
      {
        "kind": "UNION",
        "name": "HoldParticipantResult",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AcsError"
          },
          {
            "kind": "OBJECT",
            "name": "HoldParticipantPayload"
          },
          {
            "kind": "OBJECT",
            "name": "InputError"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "IncomingCall",
        "fields": [
          {
            "name": "callerDisplayName",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "correlationId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "cursor",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "expiresAt",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "from",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "CommunicationIdentifier",
                "kind": "INTERFACE",
                "ofType": null
              }
            },
            "args": []
          },
          {
            "name": "incomingCallContext",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "serverCallId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "time",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "to",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "CommunicationIdentifier",
                "kind": "INTERFACE",
                "ofType": null
              }
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "IncomingCallEvent"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "IncomingCallAnswered",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "callerDisplayName",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "correlationId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "cursor",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "expiresAt",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "from",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "CommunicationIdentifier",
                "kind": "INTERFACE",
                "ofType": null
              }
            },
            "args": []
          },
          {
            "name": "incomingCallContext",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "serverCallId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "time",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "to",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "CommunicationIdentifier",
                "kind": "INTERFACE",
                "ofType": null
              }
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "IncomingCallEvent"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "IncomingCallEnded",
        "fields": [
          {
            "name": "callerDisplayName",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "correlationId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "cursor",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "expiresAt",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "from",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "CommunicationIdentifier",
                "kind": "INTERFACE",
                "ofType": null
              }
            },
            "args": []
          },
          {
            "name": "incomingCallContext",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "reason",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "serverCallId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "time",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "to",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "CommunicationIdentifier",
                "kind": "INTERFACE",
                "ofType": null
              }
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "IncomingCallEvent"
          }
        ]
      },
      {
        "kind": "INTERFACE",
        "name": "IncomingCallEvent",
        "fields": [
          {
            "name": "callerDisplayName",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "correlationId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "cursor",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "expiresAt",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "from",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "CommunicationIdentifier",
                "kind": "INTERFACE",
                "ofType": null
              }
            },
            "args": []
          },
          {
            "name": "incomingCallContext",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "serverCallId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "time",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "to",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "CommunicationIdentifier",
                "kind": "INTERFACE",
                "ofType": null
              }
            },
            "args": []
          }
        ],
        "interfaces": [],
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "IncomingCall"
          },
          {
            "kind": "OBJECT",
            "name": "IncomingCallAnswered"
          },
          {
            "kind": "OBJECT",
            "name": "IncomingCallEnded"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "InputError",
        "fields": [
          {
            "name": "code",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "field",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "message",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "Error"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "MediaStreamingFailed",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "correlationId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "cursor",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "id",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "mediaStreamingUpdate",
            "type": {
              "kind": "OBJECT",
              "name": "MediaStreamingUpdate",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "resultInformation",
            "type": {
              "kind": "OBJECT",
              "name": "ResultInformation",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "serverCallId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "time",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "type",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallEvent"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "MediaStreamingStarted",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "correlationId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "cursor",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "id",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "mediaStreamingUpdate",
            "type": {
              "kind": "OBJECT",
              "name": "MediaStreamingUpdate",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "resultInformation",
            "type": {
              "kind": "OBJECT",
              "name": "ResultInformation",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "serverCallId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "time",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "type",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallEvent"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "MediaStreamingStopped",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "correlationId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "cursor",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "id",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "mediaStreamingUpdate",
            "type": {
              "kind": "OBJECT",
              "name": "MediaStreamingUpdate",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "resultInformation",
            "type": {
              "kind": "OBJECT",
              "name": "ResultInformation",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "serverCallId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "time",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "type",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallEvent"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "MediaStreamingSubscription",
        "fields": [
          {
            "name": "state",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "MediaStreamingUpdate",
        "fields": [
          {
            "name": "contentType",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "mediaStreamingStatus",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "mediaStreamingStatusDetails",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "MicrosoftTeamsUserIdentifier",
        "fields": [
          {
            "name": "rawId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "userId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CommunicationIdentifier"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "MoveParticipantFailed",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "correlationId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "cursor",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "fromCall",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "id",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "participant",
            "type": {
              "kind": "INTERFACE",
              "name": "CommunicationIdentifier",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "resultInformation",
            "type": {
              "kind": "OBJECT",
              "name": "ResultInformation",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "serverCallId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "time",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "type",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallEvent"
          }
        ]
      },
      {
        "kind": "UNION",
        "name": "MoveParticipantOutcome",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "MoveParticipantFailed"
          },
          {
            "kind": "OBJECT",
            "name": "MoveParticipantSucceeded"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "MoveParticipantSucceeded",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "correlationId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "cursor",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "fromCall",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "id",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "participant",
            "type": {
              "kind": "INTERFACE",
              "name": "CommunicationIdentifier",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "resultInformation",
            "type": {
              "kind": "OBJECT",
              "name": "ResultInformation",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "serverCallId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "time",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "type",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallEvent"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "MoveParticipantsPayload",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "fromCallConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "outcome",
            "type": {
              "kind": "UNION",
              "name": "MoveParticipantOutcome",
              "ofType": null
            },
            "args": [
              {
                "name": "timeoutSeconds",
                "type": {
                  "kind": "SCALAR",
                  "name": "Any"
                }
              }
            ]
          },
          {
            "name": "outcomeError",
            "type": {
              "kind": "OBJECT",
              "name": "OutcomeError",
              "ofType": null
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "UNION",
        "name": "MoveParticipantsResult",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AcsError"
          },
          {
            "kind": "OBJECT",
            "name": "InputError"
          },
          {
            "kind": "OBJECT",
            "name": "MoveParticipantsPayload"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "Mutation",
        "fields": [
          {
            "name": "addParticipant",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "AddParticipantResult",
                "kind": "UNION",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "input",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          },
          {
            "name": "answerCall",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "AnswerCallResult",
                "kind": "UNION",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "input",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          },
          {
            "name": "cancelAddParticipant",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "CancelAddParticipantResult",
                "kind": "UNION",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "input",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          },
          {
            "name": "cancelAllMediaOperations",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "CancelAllMediaOperationsResult",
                "kind": "UNION",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "input",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          },
          {
            "name": "connectCall",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "ConnectCallResult",
                "kind": "UNION",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "input",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          },
          {
            "name": "connectRoomCall",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "ConnectRoomCallResult",
                "kind": "UNION",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "input",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          },
          {
            "name": "createCall",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "CreateCallResult",
                "kind": "UNION",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "input",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          },
          {
            "name": "createRoom",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "CreateRoomResult",
                "kind": "UNION",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "input",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          },
          {
            "name": "deleteRecording",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "DeleteRecordingResult",
                "kind": "UNION",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "input",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          },
          {
            "name": "deleteRoom",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "DeleteRoomResult",
                "kind": "UNION",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "input",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          },
          {
            "name": "hangUp",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "HangUpResult",
                "kind": "UNION",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "input",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          },
          {
            "name": "holdParticipant",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "HoldParticipantResult",
                "kind": "UNION",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "input",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          },
          {
            "name": "moveParticipants",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "MoveParticipantsResult",
                "kind": "UNION",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "input",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          },
          {
            "name": "muteParticipant",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "MuteParticipantResult",
                "kind": "UNION",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "input",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          },
          {
            "name": "pauseRecording",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "PauseRecordingResult",
                "kind": "UNION",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "input",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          },
          {
            "name": "playMedia",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "PlayMediaResult",
                "kind": "UNION",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "input",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          },
          {
            "name": "recognizeChoice",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "RecognizeChoiceResult",
                "kind": "UNION",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "input",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          },
          {
            "name": "recognizeDtmf",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "RecognizeDtmfResult",
                "kind": "UNION",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "input",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          },
          {
            "name": "recognizeSpeech",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "RecognizeSpeechResult",
                "kind": "UNION",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "input",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          },
          {
            "name": "redirectCall",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "RedirectCallResult",
                "kind": "UNION",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "input",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          },
          {
            "name": "rejectCall",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "RejectCallResult",
                "kind": "UNION",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "input",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          },
          {
            "name": "removeParticipant",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "RemoveParticipantResult",
                "kind": "UNION",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "input",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          },
          {
            "name": "removeRoomParticipants",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "RemoveRoomParticipantsResult",
                "kind": "UNION",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "input",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          },
          {
            "name": "resumeRecording",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "ResumeRecordingResult",
                "kind": "UNION",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "input",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          },
          {
            "name": "sendDtmfTones",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "SendDtmfTonesResult",
                "kind": "UNION",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "input",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          },
          {
            "name": "startContinuousDtmfRecognition",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "StartContinuousDtmfRecognitionResult",
                "kind": "UNION",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "input",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          },
          {
            "name": "startMediaStreaming",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "StartMediaStreamingResult",
                "kind": "UNION",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "input",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          },
          {
            "name": "startRecording",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "StartRecordingResult",
                "kind": "UNION",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "input",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          },
          {
            "name": "startTranscription",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "StartTranscriptionResult",
                "kind": "UNION",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "input",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          },
          {
            "name": "stopContinuousDtmfRecognition",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "StopContinuousDtmfRecognitionResult",
                "kind": "UNION",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "input",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          },
          {
            "name": "stopMediaStreaming",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "StopMediaStreamingResult",
                "kind": "UNION",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "input",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          },
          {
            "name": "stopRecording",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "StopRecordingResult",
                "kind": "UNION",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "input",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          },
          {
            "name": "stopTranscription",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "StopTranscriptionResult",
                "kind": "UNION",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "input",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          },
          {
            "name": "transferCallToParticipant",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "TransferCallToParticipantResult",
                "kind": "UNION",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "input",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          },
          {
            "name": "unholdParticipant",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "UnholdParticipantResult",
                "kind": "UNION",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "input",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          },
          {
            "name": "updateRoom",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "UpdateRoomResult",
                "kind": "UNION",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "input",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          },
          {
            "name": "updateTranscription",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "UpdateTranscriptionResult",
                "kind": "UNION",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "input",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          },
          {
            "name": "upsertRoomParticipants",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "UpsertRoomParticipantsResult",
                "kind": "UNION",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "input",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "MuteParticipantPayload",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallActionPayload"
          }
        ]
      },
      {
        "kind": "UNION",
        "name": "MuteParticipantResult",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AcsError"
          },
          {
            "kind": "OBJECT",
            "name": "InputError"
          },
          {
            "kind": "OBJECT",
            "name": "MuteParticipantPayload"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "OutcomeError",
        "fields": [
          {
            "name": "code",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "message",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "timeoutSeconds",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "PageInfo",
        "fields": [
          {
            "name": "endCursor",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "hasNextPage",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "ParticipantsUpdated",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "correlationId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "cursor",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "id",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "participants",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "LIST",
                "ofType": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "name": "CallParticipant",
                    "kind": "OBJECT",
                    "ofType": null
                  }
                }
              }
            },
            "args": []
          },
          {
            "name": "resultInformation",
            "type": {
              "kind": "OBJECT",
              "name": "ResultInformation",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "sequenceNumber",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "serverCallId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "time",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "type",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallEvent"
          }
        ]
      },
      {
        "kind": "UNION",
        "name": "PauseRecordingResult",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AcsError"
          },
          {
            "kind": "OBJECT",
            "name": "InputError"
          },
          {
            "kind": "OBJECT",
            "name": "RecordingPayload"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "PhoneNumberIdentifier",
        "fields": [
          {
            "name": "isAnonymous",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "phoneNumber",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "rawId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CommunicationIdentifier"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "PlayCanceled",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "correlationId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "cursor",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "id",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "resultInformation",
            "type": {
              "kind": "OBJECT",
              "name": "ResultInformation",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "serverCallId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "time",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "type",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallEvent"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "PlayCompleted",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "correlationId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "cursor",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "id",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "resultInformation",
            "type": {
              "kind": "OBJECT",
              "name": "ResultInformation",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "serverCallId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "time",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "type",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallEvent"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "PlayFailed",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "correlationId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "cursor",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "failedPlaySourceIndex",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "id",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "resultInformation",
            "type": {
              "kind": "OBJECT",
              "name": "ResultInformation",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "serverCallId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "time",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "type",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallEvent"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "PlayMediaPayload",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "outcome",
            "type": {
              "kind": "UNION",
              "name": "PlayOutcome",
              "ofType": null
            },
            "args": [
              {
                "name": "timeoutSeconds",
                "type": {
                  "kind": "SCALAR",
                  "name": "Any"
                }
              }
            ]
          },
          {
            "name": "outcomeError",
            "type": {
              "kind": "OBJECT",
              "name": "OutcomeError",
              "ofType": null
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallActionPayload"
          }
        ]
      },
      {
        "kind": "UNION",
        "name": "PlayMediaResult",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AcsError"
          },
          {
            "kind": "OBJECT",
            "name": "InputError"
          },
          {
            "kind": "OBJECT",
            "name": "PlayMediaPayload"
          }
        ]
      },
      {
        "kind": "UNION",
        "name": "PlayOutcome",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "PlayCanceled"
          },
          {
            "kind": "OBJECT",
            "name": "PlayCompleted"
          },
          {
            "kind": "OBJECT",
            "name": "PlayFailed"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "PlayStarted",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "correlationId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "cursor",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "id",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "resultInformation",
            "type": {
              "kind": "OBJECT",
              "name": "ResultInformation",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "serverCallId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "time",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "type",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallEvent"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "Query",
        "fields": [
          {
            "name": "call",
            "type": {
              "kind": "OBJECT",
              "name": "Call",
              "ofType": null
            },
            "args": [
              {
                "name": "callConnectionId",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          },
          {
            "name": "recording",
            "type": {
              "kind": "OBJECT",
              "name": "Recording",
              "ofType": null
            },
            "args": [
              {
                "name": "recordingId",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          },
          {
            "name": "room",
            "type": {
              "kind": "OBJECT",
              "name": "Room",
              "ofType": null
            },
            "args": [
              {
                "name": "id",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              }
            ]
          },
          {
            "name": "rooms",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "RoomConnection",
                "kind": "OBJECT",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "after",
                "type": {
                  "kind": "SCALAR",
                  "name": "Any"
                }
              },
              {
                "name": "first",
                "type": {
                  "kind": "SCALAR",
                  "name": "Any"
                }
              }
            ]
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "RecognizeCanceled",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "correlationId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "cursor",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "id",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "resultInformation",
            "type": {
              "kind": "OBJECT",
              "name": "ResultInformation",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "serverCallId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "time",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "type",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallEvent"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "RecognizeChoicePayload",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "outcome",
            "type": {
              "kind": "UNION",
              "name": "RecognizeOutcome",
              "ofType": null
            },
            "args": [
              {
                "name": "timeoutSeconds",
                "type": {
                  "kind": "SCALAR",
                  "name": "Any"
                }
              }
            ]
          },
          {
            "name": "outcomeError",
            "type": {
              "kind": "OBJECT",
              "name": "OutcomeError",
              "ofType": null
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallActionPayload"
          }
        ]
      },
      {
        "kind": "UNION",
        "name": "RecognizeChoiceResult",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AcsError"
          },
          {
            "kind": "OBJECT",
            "name": "InputError"
          },
          {
            "kind": "OBJECT",
            "name": "RecognizeChoicePayload"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "RecognizeCompleted",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "choiceResult",
            "type": {
              "kind": "OBJECT",
              "name": "ChoiceResult",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "correlationId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "cursor",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "id",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "recognitionType",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "resultInformation",
            "type": {
              "kind": "OBJECT",
              "name": "ResultInformation",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "serverCallId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "speechResult",
            "type": {
              "kind": "OBJECT",
              "name": "SpeechResult",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "time",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "tones",
            "type": {
              "kind": "LIST",
              "ofType": {
                "kind": "NON_NULL",
                "ofType": {
                  "kind": "SCALAR",
                  "name": "Any"
                }
              }
            },
            "args": []
          },
          {
            "name": "type",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallEvent"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "RecognizeDtmfPayload",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "outcome",
            "type": {
              "kind": "UNION",
              "name": "RecognizeOutcome",
              "ofType": null
            },
            "args": [
              {
                "name": "timeoutSeconds",
                "type": {
                  "kind": "SCALAR",
                  "name": "Any"
                }
              }
            ]
          },
          {
            "name": "outcomeError",
            "type": {
              "kind": "OBJECT",
              "name": "OutcomeError",
              "ofType": null
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallActionPayload"
          }
        ]
      },
      {
        "kind": "UNION",
        "name": "RecognizeDtmfResult",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AcsError"
          },
          {
            "kind": "OBJECT",
            "name": "InputError"
          },
          {
            "kind": "OBJECT",
            "name": "RecognizeDtmfPayload"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "RecognizeFailed",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "correlationId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "cursor",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "failedPlaySourceIndex",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "id",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "resultInformation",
            "type": {
              "kind": "OBJECT",
              "name": "ResultInformation",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "serverCallId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "time",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "type",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallEvent"
          }
        ]
      },
      {
        "kind": "UNION",
        "name": "RecognizeOutcome",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "RecognizeCanceled"
          },
          {
            "kind": "OBJECT",
            "name": "RecognizeCompleted"
          },
          {
            "kind": "OBJECT",
            "name": "RecognizeFailed"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "RecognizeSpeechPayload",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "outcome",
            "type": {
              "kind": "UNION",
              "name": "RecognizeOutcome",
              "ofType": null
            },
            "args": [
              {
                "name": "timeoutSeconds",
                "type": {
                  "kind": "SCALAR",
                  "name": "Any"
                }
              }
            ]
          },
          {
            "name": "outcomeError",
            "type": {
              "kind": "OBJECT",
              "name": "OutcomeError",
              "ofType": null
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallActionPayload"
          }
        ]
      },
      {
        "kind": "UNION",
        "name": "RecognizeSpeechResult",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AcsError"
          },
          {
            "kind": "OBJECT",
            "name": "InputError"
          },
          {
            "kind": "OBJECT",
            "name": "RecognizeSpeechPayload"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "Recording",
        "fields": [
          {
            "name": "durationMs",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "files",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "LIST",
                "ofType": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "name": "RecordingChunk",
                    "kind": "OBJECT",
                    "ofType": null
                  }
                }
              }
            },
            "args": []
          },
          {
            "name": "id",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "recordingId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "state",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "RecordingChunk",
        "fields": [
          {
            "name": "contentLocation",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "deleteLocation",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "documentId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "endReason",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "index",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "metadataLocation",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "RecordingFileReady",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "chunks",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "LIST",
                "ofType": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "name": "RecordingChunk",
                    "kind": "OBJECT",
                    "ofType": null
                  }
                }
              }
            },
            "args": []
          },
          {
            "name": "correlationId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "cursor",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "id",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "recordingDurationMs",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "recordingStartTime",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "resultInformation",
            "type": {
              "kind": "OBJECT",
              "name": "ResultInformation",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "serverCallId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "sessionEndReason",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "time",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "type",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallEvent"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "RecordingPayload",
        "fields": [
          {
            "name": "recording",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "Recording",
                "kind": "OBJECT",
                "ofType": null
              }
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "RecordingStateChanged",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "correlationId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "cursor",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "id",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "recordingId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "recordingKind",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "resultInformation",
            "type": {
              "kind": "OBJECT",
              "name": "ResultInformation",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "serverCallId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "startDateTime",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "state",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "time",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "type",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallEvent"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "RedirectCallPayload",
        "fields": [
          {
            "name": "incomingCallContext",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "UNION",
        "name": "RedirectCallResult",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AcsError"
          },
          {
            "kind": "OBJECT",
            "name": "InputError"
          },
          {
            "kind": "OBJECT",
            "name": "RedirectCallPayload"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "RejectCallPayload",
        "fields": [
          {
            "name": "incomingCallContext",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "UNION",
        "name": "RejectCallResult",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AcsError"
          },
          {
            "kind": "OBJECT",
            "name": "InputError"
          },
          {
            "kind": "OBJECT",
            "name": "RejectCallPayload"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "RemoveParticipantFailed",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "correlationId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "cursor",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "id",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "participant",
            "type": {
              "kind": "INTERFACE",
              "name": "CommunicationIdentifier",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "resultInformation",
            "type": {
              "kind": "OBJECT",
              "name": "ResultInformation",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "serverCallId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "time",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "type",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallEvent"
          }
        ]
      },
      {
        "kind": "UNION",
        "name": "RemoveParticipantOutcome",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "RemoveParticipantFailed"
          },
          {
            "kind": "OBJECT",
            "name": "RemoveParticipantSucceeded"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "RemoveParticipantPayload",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "outcome",
            "type": {
              "kind": "UNION",
              "name": "RemoveParticipantOutcome",
              "ofType": null
            },
            "args": [
              {
                "name": "timeoutSeconds",
                "type": {
                  "kind": "SCALAR",
                  "name": "Any"
                }
              }
            ]
          },
          {
            "name": "outcomeError",
            "type": {
              "kind": "OBJECT",
              "name": "OutcomeError",
              "ofType": null
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallActionPayload"
          }
        ]
      },
      {
        "kind": "UNION",
        "name": "RemoveParticipantResult",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AcsError"
          },
          {
            "kind": "OBJECT",
            "name": "InputError"
          },
          {
            "kind": "OBJECT",
            "name": "RemoveParticipantPayload"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "RemoveParticipantSucceeded",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "correlationId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "cursor",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "id",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "participant",
            "type": {
              "kind": "INTERFACE",
              "name": "CommunicationIdentifier",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "resultInformation",
            "type": {
              "kind": "OBJECT",
              "name": "ResultInformation",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "serverCallId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "time",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "type",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallEvent"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "RemoveRoomParticipantsPayload",
        "fields": [
          {
            "name": "room",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "Room",
                "kind": "OBJECT",
                "ofType": null
              }
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "UNION",
        "name": "RemoveRoomParticipantsResult",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AcsError"
          },
          {
            "kind": "OBJECT",
            "name": "InputError"
          },
          {
            "kind": "OBJECT",
            "name": "RemoveRoomParticipantsPayload"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "ResultInformation",
        "fields": [
          {
            "name": "code",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "message",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "q850Details",
            "type": {
              "kind": "OBJECT",
              "name": "SipDiagnosticInfo",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "sipDetails",
            "type": {
              "kind": "OBJECT",
              "name": "SipDiagnosticInfo",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "subCode",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "UNION",
        "name": "ResumeRecordingResult",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AcsError"
          },
          {
            "kind": "OBJECT",
            "name": "InputError"
          },
          {
            "kind": "OBJECT",
            "name": "RecordingPayload"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "Room",
        "fields": [
          {
            "name": "createdAt",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "id",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "participants",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "RoomParticipantConnection",
                "kind": "OBJECT",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "after",
                "type": {
                  "kind": "SCALAR",
                  "name": "Any"
                }
              },
              {
                "name": "first",
                "type": {
                  "kind": "SCALAR",
                  "name": "Any"
                }
              }
            ]
          },
          {
            "name": "pstnDialOutEnabled",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "validFrom",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "validUntil",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "RoomConnection",
        "fields": [
          {
            "name": "edges",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "LIST",
                "ofType": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "name": "RoomEdge",
                    "kind": "OBJECT",
                    "ofType": null
                  }
                }
              }
            },
            "args": []
          },
          {
            "name": "pageInfo",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "PageInfo",
                "kind": "OBJECT",
                "ofType": null
              }
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "RoomEdge",
        "fields": [
          {
            "name": "cursor",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "node",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "Room",
                "kind": "OBJECT",
                "ofType": null
              }
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "RoomParticipant",
        "fields": [
          {
            "name": "communicationUserId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "rawId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "role",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "RoomParticipantConnection",
        "fields": [
          {
            "name": "edges",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "LIST",
                "ofType": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "name": "RoomParticipantEdge",
                    "kind": "OBJECT",
                    "ofType": null
                  }
                }
              }
            },
            "args": []
          },
          {
            "name": "pageInfo",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "PageInfo",
                "kind": "OBJECT",
                "ofType": null
              }
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "RoomParticipantEdge",
        "fields": [
          {
            "name": "cursor",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "node",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "RoomParticipant",
                "kind": "OBJECT",
                "ofType": null
              }
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "SendDtmfTonesCompleted",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "correlationId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "cursor",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "id",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "resultInformation",
            "type": {
              "kind": "OBJECT",
              "name": "ResultInformation",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "serverCallId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "time",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "type",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallEvent"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "SendDtmfTonesFailed",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "correlationId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "cursor",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "id",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "resultInformation",
            "type": {
              "kind": "OBJECT",
              "name": "ResultInformation",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "serverCallId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "time",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "type",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallEvent"
          }
        ]
      },
      {
        "kind": "UNION",
        "name": "SendDtmfTonesOutcome",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "SendDtmfTonesCompleted"
          },
          {
            "kind": "OBJECT",
            "name": "SendDtmfTonesFailed"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "SendDtmfTonesPayload",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "outcome",
            "type": {
              "kind": "UNION",
              "name": "SendDtmfTonesOutcome",
              "ofType": null
            },
            "args": [
              {
                "name": "timeoutSeconds",
                "type": {
                  "kind": "SCALAR",
                  "name": "Any"
                }
              }
            ]
          },
          {
            "name": "outcomeError",
            "type": {
              "kind": "OBJECT",
              "name": "OutcomeError",
              "ofType": null
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallActionPayload"
          }
        ]
      },
      {
        "kind": "UNION",
        "name": "SendDtmfTonesResult",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AcsError"
          },
          {
            "kind": "OBJECT",
            "name": "InputError"
          },
          {
            "kind": "OBJECT",
            "name": "SendDtmfTonesPayload"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "SipDiagnosticInfo",
        "fields": [
          {
            "name": "code",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "message",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "SpeechResult",
        "fields": [
          {
            "name": "confidence",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "speech",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "StartContinuousDtmfRecognitionPayload",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallActionPayload"
          }
        ]
      },
      {
        "kind": "UNION",
        "name": "StartContinuousDtmfRecognitionResult",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AcsError"
          },
          {
            "kind": "OBJECT",
            "name": "InputError"
          },
          {
            "kind": "OBJECT",
            "name": "StartContinuousDtmfRecognitionPayload"
          }
        ]
      },
      {
        "kind": "UNION",
        "name": "StartMediaStreamingOutcome",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "MediaStreamingFailed"
          },
          {
            "kind": "OBJECT",
            "name": "MediaStreamingStarted"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "StartMediaStreamingPayload",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "outcome",
            "type": {
              "kind": "UNION",
              "name": "StartMediaStreamingOutcome",
              "ofType": null
            },
            "args": [
              {
                "name": "timeoutSeconds",
                "type": {
                  "kind": "SCALAR",
                  "name": "Any"
                }
              }
            ]
          },
          {
            "name": "outcomeError",
            "type": {
              "kind": "OBJECT",
              "name": "OutcomeError",
              "ofType": null
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallActionPayload"
          }
        ]
      },
      {
        "kind": "UNION",
        "name": "StartMediaStreamingResult",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AcsError"
          },
          {
            "kind": "OBJECT",
            "name": "InputError"
          },
          {
            "kind": "OBJECT",
            "name": "StartMediaStreamingPayload"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "StartRecordingFailed",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "correlationId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "cursor",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "id",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "recordingId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "resultInformation",
            "type": {
              "kind": "OBJECT",
              "name": "ResultInformation",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "serverCallId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "time",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "type",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallEvent"
          }
        ]
      },
      {
        "kind": "UNION",
        "name": "StartRecordingOutcome",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "RecordingStateChanged"
          },
          {
            "kind": "OBJECT",
            "name": "StartRecordingFailed"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "StartRecordingPayload",
        "fields": [
          {
            "name": "outcome",
            "type": {
              "kind": "UNION",
              "name": "StartRecordingOutcome",
              "ofType": null
            },
            "args": [
              {
                "name": "timeoutSeconds",
                "type": {
                  "kind": "SCALAR",
                  "name": "Any"
                }
              }
            ]
          },
          {
            "name": "outcomeError",
            "type": {
              "kind": "OBJECT",
              "name": "OutcomeError",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "recording",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "Recording",
                "kind": "OBJECT",
                "ofType": null
              }
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "UNION",
        "name": "StartRecordingResult",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AcsError"
          },
          {
            "kind": "OBJECT",
            "name": "InputError"
          },
          {
            "kind": "OBJECT",
            "name": "StartRecordingPayload"
          }
        ]
      },
      {
        "kind": "UNION",
        "name": "StartTranscriptionOutcome",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "TranscriptionFailed"
          },
          {
            "kind": "OBJECT",
            "name": "TranscriptionStarted"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "StartTranscriptionPayload",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "outcome",
            "type": {
              "kind": "UNION",
              "name": "StartTranscriptionOutcome",
              "ofType": null
            },
            "args": [
              {
                "name": "timeoutSeconds",
                "type": {
                  "kind": "SCALAR",
                  "name": "Any"
                }
              }
            ]
          },
          {
            "name": "outcomeError",
            "type": {
              "kind": "OBJECT",
              "name": "OutcomeError",
              "ofType": null
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallActionPayload"
          }
        ]
      },
      {
        "kind": "UNION",
        "name": "StartTranscriptionResult",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AcsError"
          },
          {
            "kind": "OBJECT",
            "name": "InputError"
          },
          {
            "kind": "OBJECT",
            "name": "StartTranscriptionPayload"
          }
        ]
      },
      {
        "kind": "UNION",
        "name": "StopContinuousDtmfRecognitionOutcome",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "ContinuousDtmfRecognitionStopped"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "StopContinuousDtmfRecognitionPayload",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "outcome",
            "type": {
              "kind": "UNION",
              "name": "StopContinuousDtmfRecognitionOutcome",
              "ofType": null
            },
            "args": [
              {
                "name": "timeoutSeconds",
                "type": {
                  "kind": "SCALAR",
                  "name": "Any"
                }
              }
            ]
          },
          {
            "name": "outcomeError",
            "type": {
              "kind": "OBJECT",
              "name": "OutcomeError",
              "ofType": null
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallActionPayload"
          }
        ]
      },
      {
        "kind": "UNION",
        "name": "StopContinuousDtmfRecognitionResult",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AcsError"
          },
          {
            "kind": "OBJECT",
            "name": "InputError"
          },
          {
            "kind": "OBJECT",
            "name": "StopContinuousDtmfRecognitionPayload"
          }
        ]
      },
      {
        "kind": "UNION",
        "name": "StopMediaStreamingOutcome",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "MediaStreamingFailed"
          },
          {
            "kind": "OBJECT",
            "name": "MediaStreamingStopped"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "StopMediaStreamingPayload",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "outcome",
            "type": {
              "kind": "UNION",
              "name": "StopMediaStreamingOutcome",
              "ofType": null
            },
            "args": [
              {
                "name": "timeoutSeconds",
                "type": {
                  "kind": "SCALAR",
                  "name": "Any"
                }
              }
            ]
          },
          {
            "name": "outcomeError",
            "type": {
              "kind": "OBJECT",
              "name": "OutcomeError",
              "ofType": null
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallActionPayload"
          }
        ]
      },
      {
        "kind": "UNION",
        "name": "StopMediaStreamingResult",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AcsError"
          },
          {
            "kind": "OBJECT",
            "name": "InputError"
          },
          {
            "kind": "OBJECT",
            "name": "StopMediaStreamingPayload"
          }
        ]
      },
      {
        "kind": "UNION",
        "name": "StopRecordingResult",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AcsError"
          },
          {
            "kind": "OBJECT",
            "name": "InputError"
          },
          {
            "kind": "OBJECT",
            "name": "RecordingPayload"
          }
        ]
      },
      {
        "kind": "UNION",
        "name": "StopTranscriptionOutcome",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "TranscriptionFailed"
          },
          {
            "kind": "OBJECT",
            "name": "TranscriptionStopped"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "StopTranscriptionPayload",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "outcome",
            "type": {
              "kind": "UNION",
              "name": "StopTranscriptionOutcome",
              "ofType": null
            },
            "args": [
              {
                "name": "timeoutSeconds",
                "type": {
                  "kind": "SCALAR",
                  "name": "Any"
                }
              }
            ]
          },
          {
            "name": "outcomeError",
            "type": {
              "kind": "OBJECT",
              "name": "OutcomeError",
              "ofType": null
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallActionPayload"
          }
        ]
      },
      {
        "kind": "UNION",
        "name": "StopTranscriptionResult",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AcsError"
          },
          {
            "kind": "OBJECT",
            "name": "InputError"
          },
          {
            "kind": "OBJECT",
            "name": "StopTranscriptionPayload"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "Subscription",
        "fields": [
          {
            "name": "callEvents",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "CallEvent",
                "kind": "INTERFACE",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "after",
                "type": {
                  "kind": "SCALAR",
                  "name": "Any"
                }
              },
              {
                "name": "callConnectionId",
                "type": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "kind": "SCALAR",
                    "name": "Any"
                  }
                }
              },
              {
                "name": "types",
                "type": {
                  "kind": "LIST",
                  "ofType": {
                    "kind": "NON_NULL",
                    "ofType": {
                      "kind": "SCALAR",
                      "name": "Any"
                    }
                  }
                }
              }
            ]
          },
          {
            "name": "incomingCalls",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "IncomingCallEvent",
                "kind": "INTERFACE",
                "ofType": null
              }
            },
            "args": [
              {
                "name": "after",
                "type": {
                  "kind": "SCALAR",
                  "name": "Any"
                }
              },
              {
                "name": "to",
                "type": {
                  "kind": "SCALAR",
                  "name": "Any"
                }
              }
            ]
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "TranscriptionData",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "confidence",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "correlationId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "cursor",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "durationInTicks",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "format",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "id",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "locale",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "offsetInTicks",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "participant",
            "type": {
              "kind": "INTERFACE",
              "name": "CommunicationIdentifier",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "resultInformation",
            "type": {
              "kind": "OBJECT",
              "name": "ResultInformation",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "resultStatus",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "serverCallId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "text",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "time",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "type",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "words",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "LIST",
                "ofType": {
                  "kind": "NON_NULL",
                  "ofType": {
                    "name": "TranscriptionWord",
                    "kind": "OBJECT",
                    "ofType": null
                  }
                }
              }
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallEvent"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "TranscriptionFailed",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "correlationId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "cursor",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "id",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "resultInformation",
            "type": {
              "kind": "OBJECT",
              "name": "ResultInformation",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "serverCallId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "time",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "transcriptionUpdate",
            "type": {
              "kind": "OBJECT",
              "name": "TranscriptionUpdate",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "type",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallEvent"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "TranscriptionStarted",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "correlationId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "cursor",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "id",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "resultInformation",
            "type": {
              "kind": "OBJECT",
              "name": "ResultInformation",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "serverCallId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "time",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "transcriptionUpdate",
            "type": {
              "kind": "OBJECT",
              "name": "TranscriptionUpdate",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "type",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallEvent"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "TranscriptionStopped",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "correlationId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "cursor",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "id",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "resultInformation",
            "type": {
              "kind": "OBJECT",
              "name": "ResultInformation",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "serverCallId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "time",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "transcriptionUpdate",
            "type": {
              "kind": "OBJECT",
              "name": "TranscriptionUpdate",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "type",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallEvent"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "TranscriptionSubscription",
        "fields": [
          {
            "name": "locale",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "state",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "TranscriptionUpdate",
        "fields": [
          {
            "name": "transcriptionStatus",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "transcriptionStatusDetails",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "TranscriptionUpdated",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "correlationId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "cursor",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "id",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "resultInformation",
            "type": {
              "kind": "OBJECT",
              "name": "ResultInformation",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "serverCallId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "time",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "transcriptionUpdate",
            "type": {
              "kind": "OBJECT",
              "name": "TranscriptionUpdate",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "type",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallEvent"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "TranscriptionWord",
        "fields": [
          {
            "name": "durationInTicks",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "offsetInTicks",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "text",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "OBJECT",
        "name": "TransferCallToParticipantPayload",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "outcome",
            "type": {
              "kind": "UNION",
              "name": "TransferOutcome",
              "ofType": null
            },
            "args": [
              {
                "name": "timeoutSeconds",
                "type": {
                  "kind": "SCALAR",
                  "name": "Any"
                }
              }
            ]
          },
          {
            "name": "outcomeError",
            "type": {
              "kind": "OBJECT",
              "name": "OutcomeError",
              "ofType": null
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "UNION",
        "name": "TransferCallToParticipantResult",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AcsError"
          },
          {
            "kind": "OBJECT",
            "name": "InputError"
          },
          {
            "kind": "OBJECT",
            "name": "TransferCallToParticipantPayload"
          }
        ]
      },
      {
        "kind": "UNION",
        "name": "TransferOutcome",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "CallTransferAccepted"
          },
          {
            "kind": "OBJECT",
            "name": "CallTransferFailed"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "UnholdParticipantPayload",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallActionPayload"
          }
        ]
      },
      {
        "kind": "UNION",
        "name": "UnholdParticipantResult",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AcsError"
          },
          {
            "kind": "OBJECT",
            "name": "InputError"
          },
          {
            "kind": "OBJECT",
            "name": "UnholdParticipantPayload"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "UnknownCallEvent",
        "fields": [
          {
            "name": "acsType",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "correlationId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "cursor",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "data",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "id",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "resultInformation",
            "type": {
              "kind": "OBJECT",
              "name": "ResultInformation",
              "ofType": null
            },
            "args": []
          },
          {
            "name": "serverCallId",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "time",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "type",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallEvent"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "UnknownIdentifier",
        "fields": [
          {
            "name": "rawId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CommunicationIdentifier"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "UpdateRoomPayload",
        "fields": [
          {
            "name": "room",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "Room",
                "kind": "OBJECT",
                "ofType": null
              }
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "UNION",
        "name": "UpdateRoomResult",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AcsError"
          },
          {
            "kind": "OBJECT",
            "name": "InputError"
          },
          {
            "kind": "OBJECT",
            "name": "UpdateRoomPayload"
          }
        ]
      },
      {
        "kind": "UNION",
        "name": "UpdateTranscriptionOutcome",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "TranscriptionFailed"
          },
          {
            "kind": "OBJECT",
            "name": "TranscriptionUpdated"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "UpdateTranscriptionPayload",
        "fields": [
          {
            "name": "callConnectionId",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "kind": "SCALAR",
                "name": "Any"
              }
            },
            "args": []
          },
          {
            "name": "operationContext",
            "type": {
              "kind": "SCALAR",
              "name": "Any"
            },
            "args": []
          },
          {
            "name": "outcome",
            "type": {
              "kind": "UNION",
              "name": "UpdateTranscriptionOutcome",
              "ofType": null
            },
            "args": [
              {
                "name": "timeoutSeconds",
                "type": {
                  "kind": "SCALAR",
                  "name": "Any"
                }
              }
            ]
          },
          {
            "name": "outcomeError",
            "type": {
              "kind": "OBJECT",
              "name": "OutcomeError",
              "ofType": null
            },
            "args": []
          }
        ],
        "interfaces": [
          {
            "kind": "INTERFACE",
            "name": "CallActionPayload"
          }
        ]
      },
      {
        "kind": "UNION",
        "name": "UpdateTranscriptionResult",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AcsError"
          },
          {
            "kind": "OBJECT",
            "name": "InputError"
          },
          {
            "kind": "OBJECT",
            "name": "UpdateTranscriptionPayload"
          }
        ]
      },
      {
        "kind": "OBJECT",
        "name": "UpsertRoomParticipantsPayload",
        "fields": [
          {
            "name": "room",
            "type": {
              "kind": "NON_NULL",
              "ofType": {
                "name": "Room",
                "kind": "OBJECT",
                "ofType": null
              }
            },
            "args": []
          }
        ],
        "interfaces": []
      },
      {
        "kind": "UNION",
        "name": "UpsertRoomParticipantsResult",
        "possibleTypes": [
          {
            "kind": "OBJECT",
            "name": "AcsError"
          },
          {
            "kind": "OBJECT",
            "name": "InputError"
          },
          {
            "kind": "OBJECT",
            "name": "UpsertRoomParticipantsPayload"
          }
        ]
      },
      {
        "kind": "SCALAR",
        "name": "Any"
      }
    ],
    "directives": []
  }
} as unknown as IntrospectionQuery;