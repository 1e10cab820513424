/**
 * A call's result already turned into JSON on the service thread. The transports pass it on as
 * it is (HTTP writes it, IPC hands it to the window), so the thread that serves the window never
 * decodes and re-encodes a notebook-sized answer.
 */
export class Serialized {
  constructor(readonly json: string) {}
}
