// The module build.ts provides at bundle time: the project's policy files.
declare module "studio:policies" {
  const policies: readonly { path: string; text: string; title: string; namespace: string }[];
  export default policies;
}
