// `import.meta.env` is replaced by Vite at build time and absent when sources run unbundled (tests).
interface ImportMetaEnv {
  readonly DEV: boolean;
}
interface ImportMeta {
  readonly env: ImportMetaEnv | undefined;
}
