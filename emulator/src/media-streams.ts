import WebSocket from 'ws';

/**
 * WebSockets the emulator opens to an app's transport URL, as ACS does for transcription and media streaming
 * (acs.md §5.1): the upgrade carries `Authorization: Bearer <JWT>` signed like callbacks. Messages sent before
 * the socket is open are queued; a socket that cannot open is reported to `onError` and dropped.
 */
export interface MediaStream {
  /** Sends one JSON message (queued until the socket is open). */
  send(message: unknown): void;
  /** Closes the socket once queued messages are sent. */
  close(): void;
}

export interface MediaStreams {
  open(transportUrl: string): MediaStream;
  /** Closes every socket at once (emulator stop). */
  closeAll(): void;
}

export function createMediaStreams(options: {
  mintToken(): string;
  onError(error: unknown): void;
}): MediaStreams {
  const sockets = new Set<WebSocket>();
  return {
    open(transportUrl) {
      const socket = new WebSocket(transportUrl, {
        headers: { authorization: `Bearer ${options.mintToken()}` },
        handshakeTimeout: 5_000,
      });
      sockets.add(socket);
      const queue: string[] = [];
      let closing = false;
      socket.on('open', () => {
        for (const text of queue.splice(0)) socket.send(text);
        if (closing) socket.close(1000);
      });
      socket.on('error', (error) =>
        options.onError(new Error(`media stream to ${transportUrl}: ${error.message}`)),
      );
      socket.on('close', () => sockets.delete(socket));
      return {
        send(message) {
          const text = JSON.stringify(message);
          if (socket.readyState === WebSocket.OPEN) socket.send(text);
          else if (socket.readyState === WebSocket.CONNECTING) queue.push(text);
        },
        close() {
          closing = true;
          if (socket.readyState === WebSocket.OPEN) socket.close(1000);
        },
      };
    },
    closeAll() {
      for (const socket of sockets) socket.terminate();
      sockets.clear();
    },
  };
}
