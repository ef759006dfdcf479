/** The `policylens` command run in this process, with its output collected (no stdin). */
export async function runCommand(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const { runCli } = await import('../../src/cli/run.js');
  const sink = () => {
    const chunks: string[] = [];
    return { write: (s: string) => (chunks.push(s), true), once: () => undefined, text: () => chunks.join('') };
  };
  const stdout = sink();
  const stderr = sink();
  const code = await runCli(argv, { stdout, stderr, stdin: () => { throw new Error('no stdin'); }, stdinIsTTY: true });
  return { code, out: stdout.text(), err: stderr.text() };
}
