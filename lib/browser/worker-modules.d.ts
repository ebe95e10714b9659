// Vite bundles `?worker` imports as a separate worker script (the extension's own file, no eval).
declare module '*?worker' {
  const WorkerConstructor: new () => Worker;
  export default WorkerConstructor;
}
