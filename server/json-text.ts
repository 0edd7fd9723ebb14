// server/json-text.ts — an answer already serialized: a cached answer is stringified once, not on every request.
// Handlers may return it instead of a value; server/app.ts sends its text as is.

export class JsonText {
  readonly text: string;
  constructor(value: unknown) {
    this.text = JSON.stringify(value);
  }
}
