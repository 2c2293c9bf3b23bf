// The one piece of `process` worker code may use: the build replaces `process.env.NODE_ENV` with a
// constant (the server bundle has no `process` left in it). Anything else of Node's `process`
// (process.cwd(), process.env.OTHER, ...) does not exist in the Oxygen worker, so it is not declared here:
// using it in app/ or server.ts is a type error. Only tsconfig.app.json includes this file.
declare const process: {
  readonly env: {readonly NODE_ENV: 'development' | 'production' | 'test'};
};
